import { Alert, Button, FileButton, Group, List, Stack, Text } from '@mantine/core';
import { useRef, useState } from 'react';
import type { DelegateImportResult } from '../../../contracts/conferences';
import { conferencesVi } from '../../i18n/conferences.vi';
import { ErrorAlert } from '../../ui/error-alert';
import { rowMessage } from './conference-text';
import { conferenceApi, useConferenceMutation } from './conferences.queries';
import { download } from '../../api/client';
import { DownloadButton } from './download-button';

const t = conferencesVi.delegates;
const MAX_BYTES = 5 * 1024 * 1024;
const ACCEPT = '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const SHOWN = 50;

/** What an import did: rows imported, rows refused ("Dòng 7: thiếu họ và tên"), rows merged as duplicates. */
export function ImportResultAlert({ result }: { result: DelegateImportResult }) {
  return (
    <Alert
      color={result.errors.length > 0 ? 'orange' : 'green'}
      variant="light"
      role="status"
      title={t.imported(result.imported)}
    >
      <Stack gap={4}>
        {result.errors.length > 0 && (
          <>
            <Text size="sm" fw={600}>
              {t.importErrors(result.errors.length)}
            </Text>
            <List size="sm" spacing={0}>
              {result.errors.slice(0, SHOWN).map((e) => (
                <List.Item key={`e${e.row}-${e.message}`}>{rowMessage(e.row, e.message)}</List.Item>
              ))}
            </List>
          </>
        )}
        {result.duplicates.length > 0 && (
          <>
            <Text size="sm" fw={600}>
              {t.importDuplicates(result.duplicates.length)}
            </Text>
            <List size="sm" spacing={0}>
              {result.duplicates.slice(0, SHOWN).map((d) => (
                <List.Item key={`d${d.row}`}>
                  {rowMessage(d.row, d.reason.includes(d.name) ? d.reason : `${d.name} – ${d.reason}`)}
                </List.Item>
              ))}
            </List>
          </>
        )}
      </Stack>
    </Alert>
  );
}

/** The Excel tools: download the template, import a filled one (5 MB at most), download the seating list. */
export function DelegateImport({ conferenceId, canEdit }: { conferenceId: number; canEdit: boolean }) {
  const [result, setResult] = useState<DelegateImportResult | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [downloadError, setDownloadError] = useState<unknown>(null);
  const resetPicker = useRef<() => void>(null);
  const upload = useConferenceMutation((file: File) => conferenceApi.importDelegates(conferenceId, file), {
    onSuccess: setResult,
  });
  const send = (file: File | null) => {
    resetPicker.current?.();
    if (!file) return;
    setResult(null);
    upload.reset();
    if (file.size > MAX_BYTES) return setRefusal(t.importTooLarge);
    setRefusal(null);
    upload.mutate(file);
  };
  return (
    <Stack gap="xs">
      <Group gap="xs">
        {canEdit && (
          <>
            <DownloadButton
              file={() =>
                download('get', '/api/conferences/{id}/delegates/template.xlsx', {
                  params: { path: { id: conferenceId } },
                  fallbackName: 'mau-danh-sach-dai-bieu.xlsx',
                })
              }
              label={t.template}
              onError={setDownloadError}
            />
            <FileButton onChange={send} accept={ACCEPT} resetRef={resetPicker}>
              {(props) => (
                <Button {...props} loading={upload.isPending}>
                  {t.import}
                </Button>
              )}
            </FileButton>
          </>
        )}
        <DownloadButton
          file={() =>
            download('get', '/api/conferences/{id}/seating.xlsx', {
              params: { path: { id: conferenceId } },
              fallbackName: 'danh-sach-cho-ngoi.xlsx',
            })
          }
          label={t.seating}
          onError={setDownloadError}
        />
      </Group>
      {refusal && (
        <Alert color="red" variant="light" role="alert">
          {refusal}
        </Alert>
      )}
      <ErrorAlert error={upload.error ?? downloadError} />
      {result && <ImportResultAlert result={result} />}
    </Stack>
  );
}
