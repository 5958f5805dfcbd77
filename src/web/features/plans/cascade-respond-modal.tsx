import { Alert, Button, Group, Modal, Radio, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import type { Cascade } from '../../../contracts/plans';
import { tableDate } from '../../../core/dates/vn-dates';
import { plansVi } from '../../i18n/plans.vi';
import { vi } from '../../i18n/vi';
import { ErrorAlert, FormErrorAlert } from '../../ui/error-alert';
import { LoadingBlock } from '../../ui/loading-block';
import { documentListQuery } from '../documents/documents.queries';
import { kindName } from '../documents/draft-form-state';
import { useRespondToCascade } from './plans.queries';

const t = plansVi.cascade;
/** The API's largest page; a unit rarely has more issued documents than this to choose from. */
const LIMIT = 200;

interface Props {
  cascadeId: number;
  row: Cascade['units'][number];
  onClose: () => void;
  onRecorded: (unitName: string) => void;
}

/** Picks one of the unit's issued documents and records it as the unit's answer to a "report" cascade. */
export function CascadeRespondModal({ cascadeId, row, onClose, onRecorded }: Props) {
  const documents = useQuery(
    documentListQuery({ unit: row.unitCode, status: 'issued', limit: LIMIT, offset: 0 }),
  );
  const respond = useRespondToCascade(cascadeId);
  const [picked, setPicked] = useState<string | null>(null);
  const [pickError, setPickError] = useState<string | undefined>();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!picked) {
      setPickError(t.recordPick);
      return;
    }
    setPickError(undefined);
    respond.mutate(
      { unit: row.unitCode, documentId: Number(picked) },
      { onSuccess: () => onRecorded(row.unitName) },
    );
  };

  const items = documents.data?.items ?? [];
  return (
    <Modal opened onClose={onClose} title={t.recordTitle(row.unitName)} centered size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Text size="sm">{t.recordIntro}</Text>
          {documents.isPending && <LoadingBlock />}
          <ErrorAlert error={documents.error} />
          {documents.data && items.length === 0 && (
            <Alert color="yellow" variant="light">
              {t.recordNone}
            </Alert>
          )}
          {items.length > 0 && (
            <Radio.Group
              value={picked}
              onChange={(value) => {
                setPicked(value);
                setPickError(undefined);
              }}
              label={t.recordList}
              error={pickError}
            >
              <Stack gap="xs" mt="xs" mah={360} style={{ overflowY: 'auto' }}>
                {items.map((doc) => (
                  <Radio
                    key={doc.id}
                    value={String(doc.id)}
                    label={`${kindName(doc.kind)}: ${doc.title}`}
                    description={t.documentLine(
                      doc.number,
                      doc.issuedDate ? tableDate(doc.issuedDate) : vi.common.none,
                    )}
                    styles={{ label: { overflowWrap: 'anywhere' } }}
                  />
                ))}
              </Stack>
            </Radio.Group>
          )}
          {documents.data && documents.data.total > items.length && (
            <Text size="xs" c="dimmed">
              {vi.common.showing(items.length, documents.data.total)}
            </Text>
          )}
          <FormErrorAlert error={respond.error} />
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={onClose}>
              {vi.common.cancel}
            </Button>
            <Button type="submit" loading={respond.isPending} disabled={items.length === 0}>
              {t.recordConfirm}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
