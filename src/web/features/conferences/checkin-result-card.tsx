import { CloseButton, Group, Paper, Stack, Text } from '@mantine/core';
import { checkinVi } from '../../i18n/checkin.vi';
import type { StationResult } from './checkin-station';

const t = checkinVi.checkin.result;
const VIETNAM_OFFSET_MS = 7 * 3600_000;

/** HH:mm in Vietnam's time (UTC+7, no daylight saving). */
export function clockVn(iso: string): string {
  const time = new Date(iso).getTime();
  return Number.isNaN(time) ? iso : new Date(time + VIETNAM_OFFSET_MS).toISOString().slice(11, 16);
}

const COLORS = { checked_in: 'green', already: 'yellow', refused: 'red', queued: 'blue' } as const;

/** The large answer under the camera: green present, amber already present, red refused, blue kept for later. */
export function CheckinResultCard({ result, onClose }: { result: StationResult; onClose: () => void }) {
  const color = COLORS[result.kind];
  let title: string;
  let lines: string[] = [];
  if (result.kind === 'checked_in' || result.kind === 'already') {
    const { delegate } = result.result;
    title =
      result.kind === 'checked_in'
        ? t.checkedIn
        : t.already(clockVn(result.result.at), result.result.pointName);
    lines = [
      delegate.name ?? t.unnamed,
      [delegate.position, delegate.unitName].filter(Boolean).join(', '),
      delegate.groupTitle ?? '',
    ].filter((line) => line !== '');
  } else if (result.kind === 'refused') {
    title = t.refused;
    lines = [result.message];
  } else {
    title = t.queued;
    lines = [t.queuedHint];
  }
  return (
    <Paper
      role="status"
      aria-live="assertive"
      p="md"
      radius="md"
      bg={`${color}.${result.kind === 'already' ? 2 : 1}`}
      style={{ borderLeft: `8px solid var(--mantine-color-${color}-7)` }}
      data-result={result.kind}
    >
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
        <Stack gap={4} style={{ minWidth: 0 }}>
          <Text fw={800} fz={22} c={`${color}.9`} lh={1.2}>
            {title}
          </Text>
          {lines.map((line, i) => (
            <Text
              key={i}
              fz={i === 0 && result.kind !== 'refused' && result.kind !== 'queued' ? 20 : 16}
              fw={i === 0 ? 700 : 400}
              style={{ overflowWrap: 'anywhere' }}
            >
              {line}
            </Text>
          ))}
        </Stack>
        <CloseButton onClick={onClose} aria-label={checkinVi.checkin.result.close} />
      </Group>
    </Paper>
  );
}
