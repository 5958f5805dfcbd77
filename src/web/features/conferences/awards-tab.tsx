import { Badge, Button, FileInput, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { z } from 'zod';
import type { AwardBatch, ConferenceDetail } from '../../../contracts/conferences';
import { checkinVi } from '../../i18n/checkin.vi';
import { ErrorAlert, FormErrorAlert } from '../../ui/error-alert';
import { useSchemaForm } from '../../ui/form';
import { FormPanel } from '../../ui/form-panel';
import { LoadingBlock } from '../../ui/loading-block';
import { AwardsEditor } from './awards-editor';
import { awardsApi, useAwards } from './awards-queries';
import { download as downloadFile } from '../../api/client';
import { useDownload } from './conferences.queries';
import { isXlsx } from './presentations-files';
import { useCeremonyMutation } from './presentations-queries';

const t = checkinVi.awards;

/** The import's one field: an Excel .xlsx file (the server reads it by the template's columns). */
const AwardsImportForm = z.object({
  file: z.custom<File>((file) => file instanceof File && isXlsx(file.name), t.notXlsx),
});

/** Tab "Khen thưởng": the awardees in the order they are called, batch by batch; editing, Excel import, roll-call DOCX. */
export function AwardsTab({ conference }: { conference: ConferenceDetail }) {
  const awards = useAwards(conference.id);
  const download = useDownload();
  const [isEditing, setEditing] = useState(false);
  const [isImporting, setImporting] = useState(false);
  const canEdit = conference.permissions.canEdit;

  if (awards.isPending) return <LoadingBlock />;
  if (awards.error) return <ErrorAlert error={awards.error} />;
  if (isEditing)
    return (
      <AwardsEditor conferenceId={conference.id} batches={awards.data} onDone={() => setEditing(false)} />
    );

  return (
    <Stack gap="md">
      <Group gap="xs">
        {canEdit && (
          <Button variant="light" onClick={() => setEditing(true)}>
            {t.edit}
          </Button>
        )}
        {canEdit && (
          <Button variant="default" onClick={() => setImporting((open) => !open)}>
            {t.import}
          </Button>
        )}
        <Button
          variant="default"
          loading={download.isPending}
          onClick={() =>
            download.mutate(() =>
              downloadFile('get', '/api/conferences/{id}/roll-call.docx', {
                params: { path: { id: conference.id } },
                fallbackName: 'kich-ban-xuong-danh.docx',
              }),
            )
          }
        >
          {t.rollCall}
        </Button>
      </Group>
      <ErrorAlert error={download.error} />
      {isImporting && <AwardsImport conferenceId={conference.id} />}
      {awards.data.length === 0 && <Text c="dimmed">{t.none}</Text>}
      {[...awards.data]
        .sort((a, b) => a.position - b.position)
        .map((batch, index) => (
          <BatchView key={batch.id} batch={batch} index={index} />
        ))}
    </Stack>
  );
}

function BatchView({ batch, index }: { batch: AwardBatch; index: number }) {
  const titleId = `award-batch-${batch.id}`;
  return (
    <Paper withBorder p="sm" radius="md" component="section" aria-labelledby={titleId}>
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" gap="xs">
          <Title order={3} size="h5" id={titleId} style={{ overflowWrap: 'anywhere' }}>
            {t.batch(index + 1)}: {batch.title}
          </Title>
          <Badge variant="light" tt="none">
            {t.count(batch.awardees.length)}
          </Badge>
        </Group>
        {batch.presenter && (
          <Text size="sm" c="dimmed">
            {t.presenterShown(batch.presenter)}
          </Text>
        )}
        <List type="ordered" spacing={4} size="sm">
          {[...batch.awardees]
            .sort((a, b) => a.position - b.position)
            .map((a) => (
              <List.Item key={a.id}>
                <Text span fw={600}>
                  {a.name}
                </Text>
                {a.detail && `, ${a.detail}`}
                <Text span c="dimmed" size="sm" display="block">
                  {[t.kind[a.kind], a.awardForm, a.decisionNumber ? t.decisionShown(a.decisionNumber) : null]
                    .filter(Boolean)
                    .join(' · ')}
                </Text>
              </List.Item>
            ))}
        </List>
      </Stack>
    </Paper>
  );
}

function AwardsImport({ conferenceId }: { conferenceId: number }) {
  const upload = useCeremonyMutation((file: File) => awardsApi.import(conferenceId, file));
  const download = useDownload();
  const form = useSchemaForm<{ file: File | null }>({ file: null }, AwardsImportForm);
  const submit = (values: { file: File | null }) => {
    if (values.file) upload.mutate(values.file);
  };

  return (
    <FormPanel title={t.import} titleId="awards-import" onSubmit={form.onSubmit(submit)}>
      <Stack gap="sm">
        <FileInput label={t.importFile} accept=".xlsx" {...form.getInputProps('file')} clearable />
        <Group gap="xs">
          <Button type="submit" loading={upload.isPending}>
            {t.importSend}
          </Button>
          <Button
            variant="subtle"
            loading={download.isPending}
            onClick={() =>
              download.mutate(() =>
                downloadFile('get', '/api/conferences/{id}/awards/template.xlsx', {
                  params: { path: { id: conferenceId } },
                  fallbackName: 'mau-khen-thuong.xlsx',
                }),
              )
            }
          >
            {t.template}
          </Button>
        </Group>
        {upload.data && (
          <Text size="sm" c="green.8" role="status">
            {t.imported(upload.data.imported)}
          </Text>
        )}
        {upload.data && upload.data.errors.length > 0 && (
          <div>
            <Text size="sm" fw={600} c="red.8">
              {t.importErrors}
            </Text>
            <List size="sm" spacing={2}>
              {upload.data.errors.map((error) => (
                <List.Item key={`${error.row}-${error.message}`}>{t.row(error.row, error.message)}</List.Item>
              ))}
            </List>
          </div>
        )}
        <FormErrorAlert error={upload.error ?? download.error} />
      </Stack>
    </FormPanel>
  );
}
