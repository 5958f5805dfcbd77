import { Button, Group, Modal, NumberInput, Stack, Text, TextInput } from '@mantine/core';
import { webToday } from '../../ui/clock';
import type { UseMutationResult } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { DocumentDate, type IssueDocumentBody } from '../../../contracts/documents';

import { vi } from '../../i18n/vi';
import { FormErrorAlert } from '../../ui/error-alert';
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
  const [date, setDate] = useState(webToday());
  const [copies, setCopies] = useState<number | string>(1);
  const [dateError, setDateError] = useState<string | undefined>();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = DocumentDate.safeParse(date);
    if (!parsed.success) {
      setDateError(parsed.error.issues[0]?.message);
      return;
    }
    setDateError(undefined);
    issue.mutate(
      { date: parsed.data, copies: typeof copies === 'number' && copies > 0 ? copies : undefined },
      { onSuccess: onIssued },
    );
  };

  return (
    <Modal opened={opened} onClose={onClose} title={title} centered>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Text size="sm">{intro}</Text>
          <TextInput
            type="date"
            label={t.issueDate}
            value={date}
            onChange={(e) => setDate(e.currentTarget.value)}
            error={dateError}
            required
          />
          <NumberInput
            label={t.copies}
            value={copies}
            onChange={setCopies}
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
