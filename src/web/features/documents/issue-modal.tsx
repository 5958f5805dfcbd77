import { Button, Group, Modal, NumberInput, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { UseMutationResult } from '@tanstack/react-query';
import { IssueDocumentBody } from '../../../contracts/documents';
import { vi } from '../../i18n/vi';
import { webToday } from '../../ui/clock';
import { FormErrorAlert } from '../../ui/error-alert';
import { bodyValidate } from '../../ui/form';
import { useIssueDocument } from './documents.queries';
import type { DocumentSummary } from '../../../contracts/documents';

interface IssueModalProps<T> {
  /** The issue call: a document's or a plan's (both take the signing date and the number of copies). */
  issue: UseMutationResult<T, Error, IssueDocumentBody>;
  opened: boolean;
  onClose: () => void;
  onIssued: (issued: T) => void;
  title?: string;
  intro?: string;
  confirm?: string;
}

const t = vi.documents;

interface IssueValues {
  date: string;
  copies: number | string;
}

/** The issue call's body: the date as typed, copies only when a number was given. */
const toBody = ({ date, copies }: IssueValues) => ({
  date,
  copies: typeof copies === 'number' && copies > 0 ? copies : undefined,
});

/** Asks the signing date (today by default) and the number of copies, then issues: the number comes back. */
export function IssueModal<T>({
  issue,
  opened,
  onClose,
  onIssued,
  title = t.issueTitle,
  intro = t.issueIntro,
  confirm = t.issueConfirm,
}: IssueModalProps<T>) {
  // The contract's IssueDocumentBody (DocumentDate for the signing date).
  const form = useForm<IssueValues>({
    mode: 'controlled',
    initialValues: { date: webToday(), copies: 1 },
    validate: bodyValidate(IssueDocumentBody, toBody),
    clearInputErrorOnChange: false,
  });
  const submit = (values: IssueValues) =>
    issue.mutate(IssueDocumentBody.parse(toBody(values)), { onSuccess: onIssued });

  return (
    <Modal opened={opened} onClose={onClose} title={title} centered>
      <form onSubmit={form.onSubmit(submit)} noValidate>
        <Stack gap="sm">
          <Text size="sm">{intro}</Text>
          <TextInput type="date" label={t.issueDate} {...form.getInputProps('date')} required />
          <NumberInput
            label={t.copies}
            {...form.getInputProps('copies')}
            min={1}
            max={10_000}
            allowDecimal={false}
          />
          <FormErrorAlert error={issue.error} />
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={onClose}>
              {vi.common.cancel}
            </Button>
            <Button type="submit" color="red" loading={issue.isPending}>
              {confirm}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** The issue dialog of a stored document. */
export function DocumentIssueModal({
  documentId,
  ...props
}: { documentId: number } & Omit<IssueModalProps<DocumentSummary>, 'issue'>) {
  return <IssueModal issue={useIssueDocument(documentId)} {...props} />;
}
