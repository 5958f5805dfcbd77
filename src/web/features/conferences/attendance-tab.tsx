import { Button, Group, Paper, Progress, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ConferenceDetail } from '../../../contracts/conferences';
import { checkinVi } from '../../i18n/checkin.vi';
import { ErrorAlert } from '../../ui/error-alert';
import { LoadingBlock } from '../../ui/loading-block';
import { ButtonLink } from '../../ui/router-links';
import { useAttendance } from './checkin-queries';
import { clockVn } from './checkin-result-card';
import { download as downloadFile } from '../../api/client';
import { useDownload } from './conferences.queries';

const t = checkinVi.attendance;

interface Count {
  expected: number;
  present: number;
  absent: number;
}

const percent = (count: Count) =>
  count.expected > 0 ? Math.min(100, Math.round((count.present / count.expected) * 100)) : 0;

/** Tab "Điểm danh": the live attendance (every 5 s) in total, per bridge point and per delegate group. */
export function AttendanceTab({ conference }: { conference: ConferenceDetail }) {
  const attendance = useAttendance(conference.id);
  const download = useDownload();
  return (
    <Stack gap="md">
      <Group gap="xs">
        {conference.permissions.canCheckIn && (
          <ButtonLink to="/diem-danh/$id" params={{ id: String(conference.id) }}>
            {t.open}
          </ButtonLink>
        )}
        <Button
          variant="default"
          loading={download.isPending}
          onClick={() =>
            download.mutate(() =>
              downloadFile('get', '/api/conferences/{id}/attendance.xlsx', {
                params: { path: { id: conference.id } },
                fallbackName: 'attendance.xlsx',
              }),
            )
          }
        >
          {t.export}
        </Button>
      </Group>
      <ErrorAlert error={download.error} />
      {attendance.isPending ? (
        <LoadingBlock />
      ) : attendance.error ? (
        <ErrorAlert error={attendance.error} />
      ) : (
        <>
          <Totals count={attendance.data.total} />
          <Text size="xs" c="dimmed">
            {t.updated(clockVn(attendance.data.updatedAt))}
          </Text>
          {attendance.data.total.expected === 0 && <Text c="dimmed">{t.none}</Text>}
          <Breakdown
            title={t.byPoint}
            titleId="attendance-points"
            rows={attendance.data.byPoint.map((row) => ({
              key: `p${row.pointId ?? 0}`,
              label: row.pointId === null ? t.noPoint : row.name,
              count: row,
            }))}
          />
          <Breakdown
            title={t.byGroup}
            titleId="attendance-groups"
            rows={attendance.data.byGroup.map((row) => ({
              key: `g${row.groupId ?? 0}`,
              label: row.groupId === null ? t.noGroup : row.title,
              count: row,
            }))}
          />
        </>
      )}
    </Stack>
  );
}

function Totals({ count }: { count: Count }) {
  const waiting = Math.max(0, count.expected - count.present - count.absent);
  const figures: [string, number, string][] = [
    [t.present, count.present, 'green.8'],
    [t.expected, count.expected, 'dark'],
    [t.absent, count.absent, 'orange.8'],
    [t.waiting, waiting, 'gray.7'],
  ];
  return (
    <Paper withBorder p="md" radius="md" aria-label={t.title}>
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
        {figures.map(([label, value, color]) => (
          <div key={label}>
            <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
              {label}
            </Text>
            <Text fz={28} fw={800} c={color} data-figure={label}>
              {value}
            </Text>
          </div>
        ))}
      </SimpleGrid>
      <Progress value={percent(count)} color="green" size="lg" mt="sm" aria-label={t.present} />
    </Paper>
  );
}

function Breakdown({
  title,
  titleId,
  rows,
}: {
  title: string;
  titleId: string;
  rows: { key: string; label: string; count: Count }[];
}) {
  if (rows.length === 0) return null;
  return (
    <Stack gap="xs" component="section" aria-labelledby={titleId}>
      <Title order={3} size="h5" id={titleId}>
        {title}
      </Title>
      {rows.map((row) => (
        <div key={row.key}>
          <Group justify="space-between" wrap="nowrap" gap="xs">
            <Text size="sm" style={{ overflowWrap: 'anywhere', minWidth: 0 }}>
              {row.label}
            </Text>
            <Text size="sm" fw={700} style={{ whiteSpace: 'nowrap' }}>
              {t.ratio(row.count.present, row.count.expected)}
              {row.count.absent > 0 && (
                <Text span c="orange.8" size="sm">
                  {' '}
                  · {t.absent.toLowerCase()} {row.count.absent}
                </Text>
              )}
            </Text>
          </Group>
          <Progress value={percent(row.count)} color="green" size="sm" aria-label={row.label} />
        </div>
      ))}
    </Stack>
  );
}
