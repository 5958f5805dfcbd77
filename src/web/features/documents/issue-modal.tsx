import { Button, Group, Modal, NumberInput, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { DocumentDate, type DocumentSummary } from '../../../contracts/documents';
import { todayInVietnam } from '../../../core/dates/vn-dates';
import { vi } from '../../i18n/vi';
import { FormErrorAlert } from '../../ui/error-alert';
import { useIssueDocument } from './documents.queries';

interface IssueModalProps {
  documentId: number;
  opened: boolean;
  onClose: () => void;
  onIssued: (summary: DocumentSummary) => void;
}

const t = vi.documents;

/** Asks the signing date (today by default) and the number of copies, then issues: the number comes back. */
export function IssueModal({ documentId, opened, onClose, onIssued }: IssueModalProps) {
  const [date, setDate] = useState(todayInVietnam());
  const [copies, setCopies] = useState<number | string>(1);
  const [dateError, setDateError] = useState<string | undefined>();
  const issue = useIssueDocument(documentId);

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
    <Modal opened={opened} onClose={onClose} title={t.issueTitle} centered>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Text size="sm">{t.issueIntro}</Text>
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
              {t.issueConfirm}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
