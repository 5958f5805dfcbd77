import { Alert, Button, Group, Modal, Radio, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useForm } from '@mantine/form';
import { CascadeRespondBody, type Cascade } from '../../../contracts/plans';
import { tableDate } from '../../../core/dates/vn-dates';
import { plansVi } from '../../i18n/plans.vi';
import { vi } from '../../i18n/vi';
import { ErrorAlert, FormErrorAlert } from '../../ui/error-alert';
import { bodyValidate, errorText } from '../../ui/form';
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

interface RespondValues {
  /** The picked document's id, as the radio group holds it. */
  documentId: string | null;
}

/** Picks one of the unit's issued documents and records it as the unit's answer to a "report" cascade. */
export function CascadeRespondModal({ cascadeId, row, onClose, onRecorded }: Props) {
  const documents = useQuery(
    documentListQuery({ unit: row.unitCode, status: 'issued', limit: LIMIT, offset: 0 }),
  );
  const respond = useRespondToCascade(cascadeId);
  /** The answer as POST /api/cascades/:id/respond takes it: the unit's row and the document picked. */
  const toBody = ({ documentId }: RespondValues) => ({
    unit: row.unitCode,
    documentId: documentId === null ? undefined : Number(documentId),
  });
  // The contract's CascadeRespondBody, with the form's own words for a document not picked.
  const form = useForm<RespondValues>({
    mode: 'controlled',
    initialValues: { documentId: null },
    validate: (values) => ({
      ...bodyValidate(CascadeRespondBody, toBody)(values),
      ...(values.documentId ? {} : { documentId: t.recordPick }),
    }),
    clearInputErrorOnChange: false,
  });

  const submit = (values: RespondValues) =>
    respond.mutate(CascadeRespondBody.parse(toBody(values)), { onSuccess: () => onRecorded(row.unitName) });

  const items = documents.data?.items ?? [];
  return (
    <Modal opened onClose={onClose} title={t.recordTitle(row.unitName)} centered size="lg">
      <form onSubmit={form.onSubmit(submit)} noValidate>
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
              value={form.values.documentId}
              onChange={(value) => {
                form.setFieldValue('documentId', value);
                form.clearFieldError('documentId');
              }}
              label={t.recordList}
              error={errorText(form.errors.documentId)}
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
