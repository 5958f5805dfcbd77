import { Badge, Button, Group, Modal, Paper, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState, type FormEvent } from 'react';
import { checkinVi } from '../../i18n/checkin.vi';
import { ErrorAlert, FormErrorAlert } from '../../ui/error-alert';
import { LoadingBlock } from '../../ui/loading-block';
import { useCheckinSearch, useRecordAbsence, type CheckinCandidate } from './checkin-queries';

const t = checkinVi.checkin.search;

interface CheckinSearchProps {
  conferenceId: number;
  point: number;
  onCheckIn: (delegateId: number) => Promise<void>;
}

/** Check-in by name, for a delegate without the giấy mời: search, then "Điểm danh" or "Ghi vắng" with a reason. */
export function CheckinSearch({ conferenceId, point, onCheckIn }: CheckinSearchProps) {
  const [q, setQ] = useState('');
  const [debounced] = useDebouncedValue(q, 300);
  const search = useCheckinSearch(conferenceId, debounced, point);
  const [absent, setAbsent] = useState<CheckinCandidate | null>(null);
  const [busy, setBusy] = useState<number | null>(null);

  return (
    <Stack gap="sm">
      <TextInput
        label={t.label}
        placeholder={t.placeholder}
        description={debounced.trim().length < 2 ? t.hint : undefined}
        value={q}
        onChange={(event) => setQ(event.currentTarget.value)}
        size="md"
        type="search"
        autoComplete="off"
      />
      {search.isFetching && !search.data && <LoadingBlock />}
      <ErrorAlert error={search.error} />
      {search.data && search.data.items.length === 0 && <Text c="dimmed">{t.none}</Text>}
      {search.data?.items.map((candidate) => (
        <Paper key={candidate.id} withBorder p="sm" radius="md">
          <Stack gap={6}>
            <div>
              <Text fw={700} style={{ overflowWrap: 'anywhere' }}>
                {candidate.name ?? checkinVi.checkin.result.unnamed}
              </Text>
              <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                {[candidate.position, candidate.unitName, candidate.groupTitle].filter(Boolean).join(' · ')}
              </Text>
            </div>
            {candidate.present ? (
              <Badge color="green" variant="light" size="lg" tt="none">
                {t.present}
              </Badge>
            ) : (
              <Group gap="xs" grow>
                <Button
                  size="md"
                  loading={busy === candidate.id}
                  onClick={() => {
                    setBusy(candidate.id);
                    void onCheckIn(candidate.id).finally(() => setBusy(null));
                  }}
                >
                  {t.checkIn}
                </Button>
                <Button size="md" variant="default" onClick={() => setAbsent(candidate)}>
                  {t.absent}
                </Button>
              </Group>
            )}
          </Stack>
        </Paper>
      ))}
      {absent && (
        <AbsenceModal conferenceId={conferenceId} candidate={absent} onClose={() => setAbsent(null)} />
      )}
    </Stack>
  );
}

function AbsenceModal({
  conferenceId,
  candidate,
  onClose,
}: {
  conferenceId: number;
  candidate: CheckinCandidate;
  onClose: () => void;
}) {
  const record = useRecordAbsence(conferenceId);
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | undefined>();
  const a = checkinVi.checkin.absence;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (reason.trim() === '') {
      setProblem(a.reasonRequired);
      return;
    }
    record.mutate({ delegateId: candidate.id, reason: reason.trim() }, { onSuccess: onClose });
  };

  return (
    <Modal opened onClose={onClose} title={a.title} centered>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Text fw={600}>{candidate.name ?? checkinVi.checkin.result.unnamed}</Text>
          <Textarea
            label={a.reason}
            placeholder={a.reasonPlaceholder}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            error={problem}
            withAsterisk
            autosize
            minRows={2}
            data-autofocus
          />
          <Button type="submit" loading={record.isPending}>
            {a.save}
          </Button>
          <FormErrorAlert error={record.error} />
        </Stack>
      </form>
    </Modal>
  );
}
