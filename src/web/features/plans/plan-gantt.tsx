import { Box, Group, Stack, Text, Tooltip } from '@mantine/core';
import { webToday } from '../../ui/clock';
import { useMediaQuery } from '@mantine/hooks';
import type { PlanDetail } from '../../../contracts/plans';
import { tableDate } from '../../../core/dates/vn-dates';
import { plansVi } from '../../i18n/plans.vi';
import { ganttBars, ganttScale } from './gantt-scale';
import { TASK_STATUS_COLOR } from './status-badges';

const t = plansVi.gantt;
const HEADER = 28;
const ROW = 34;
const BAR = 20;

const rangeText = (from: string, to: string) => plansVi.deadline.range(tableDate(from), tableDate(to));

/** Tiến độ: one bar per task from its start (or the plan's date) to its deadline, coloured by status; red when overdue. */
export function PlanGantt({ plan }: { plan: PlanDetail }) {
  const isPhone = useMediaQuery('(max-width: 48em)');
  const planDate = plan.document.issuedDate ?? plan.document.createdAt.slice(0, 10);
  const { bars, undated } = ganttBars(plan.tasks, planDate);
  const today = webToday();
  // While a plan is being carried out, the timeline reaches today so late bars show against it.
  const isFollowed = plan.status === 'issued' || plan.status === 'in_progress';
  const scale = ganttScale(
    [...bars.flatMap((b) => [b.from, b.to]), ...(isFollowed && bars.length > 0 ? [today] : [])],
    isPhone ? 480 : 760,
  );
  if (!scale)
    return (
      <Text c="dimmed">
        {t.noDates}
        {undated > 0 && ` ${t.undated(undated)}`}
      </Text>
    );
  const labelWidth = isPhone ? 120 : 240;
  const height = HEADER + bars.length * ROW;
  const showToday = today >= scale.start && today <= scale.end;
  const statusColor = (status: keyof typeof TASK_STATUS_COLOR, overdue: boolean) =>
    `var(--mantine-color-${overdue ? 'red' : TASK_STATUS_COLOR[status]}-6)`;

  return (
    <Stack gap="xs">
      <Group gap="md" wrap="wrap">
        {Object.entries(plansVi.taskStatusLabel).map(([status, label]) => (
          <Group key={status} gap={4} wrap="nowrap">
            <Box
              w={12}
              h={12}
              style={{
                borderRadius: 2,
                background: statusColor(status as keyof typeof TASK_STATUS_COLOR, false),
              }}
            />
            <Text size="xs">{label}</Text>
          </Group>
        ))}
        <Group gap={4} wrap="nowrap">
          <Box w={12} h={12} style={{ borderRadius: 2, background: statusColor('not_started', true) }} />
          <Text size="xs">{plansVi.overdueBadge}</Text>
        </Group>
      </Group>
      {isPhone && (
        <Text size="xs" c="dimmed">
          {t.scrollHint}
        </Text>
      )}
      <Box
        style={{ overflowX: 'auto', border: '1px solid var(--mantine-color-gray-3)', borderRadius: 4 }}
        role="figure"
        aria-label={t.title}
      >
        <Box style={{ display: 'flex', width: labelWidth + scale.width + 16 }}>
          <Box
            w={labelWidth}
            style={{
              position: 'sticky',
              left: 0,
              zIndex: 2,
              background: 'var(--mantine-color-body)',
              borderRight: '1px solid var(--mantine-color-gray-3)',
              flex: 'none',
            }}
          >
            <Box h={HEADER} />
            {bars.map((bar) => (
              <Text
                key={bar.taskId}
                size="xs"
                h={ROW}
                px={6}
                lh={`${ROW}px`}
                truncate="end"
                title={bar.label}
                c={bar.overdue ? 'red.8' : undefined}
              >
                {bar.label}
              </Text>
            ))}
          </Box>
          <Box style={{ position: 'relative', width: scale.width + 16, height, flex: 'none' }}>
            {scale.ticks.map((tick) => (
              <Box key={tick.iso} style={{ position: 'absolute', left: tick.x, top: 0, bottom: 0 }}>
                <Box
                  style={{
                    position: 'absolute',
                    top: HEADER,
                    bottom: 0,
                    borderLeft: '1px solid var(--mantine-color-gray-3)',
                  }}
                />
                <Text
                  size="xs"
                  c="dimmed"
                  style={{ position: 'absolute', top: 6, left: 3, whiteSpace: 'nowrap' }}
                >
                  {scale.pxPerDay * 30 >= 64 || tick.month % 3 === 1 ? t.month(tick.month, tick.year) : ''}
                </Text>
              </Box>
            ))}
            {showToday && (
              <Box
                style={{
                  position: 'absolute',
                  left: scale.x(today),
                  top: HEADER - 4,
                  bottom: 0,
                  borderLeft: '2px solid var(--mantine-color-red-7)',
                  zIndex: 1,
                }}
                aria-label={t.today}
              >
                <Text
                  size="10px"
                  c="red.7"
                  fw={700}
                  style={{ position: 'absolute', top: -14, left: 2, whiteSpace: 'nowrap' }}
                >
                  {t.today}
                </Text>
              </Box>
            )}
            {bars.map((bar, i) => {
              const label = t.bar(
                bar.label,
                plansVi.taskStatusLabel[bar.status],
                rangeText(bar.from, bar.to),
              );
              const color = statusColor(bar.status, bar.overdue);
              return (
                <Tooltip
                  key={bar.taskId}
                  label={label}
                  multiline
                  maw={320}
                  withinPortal
                  events={{ hover: true, focus: true, touch: true }}
                >
                  <Box
                    tabIndex={0}
                    aria-label={label}
                    style={{
                      position: 'absolute',
                      left: scale.x(bar.from),
                      top: HEADER + i * ROW + (ROW - BAR) / 2,
                      width: Math.max(4, scale.span(bar.from, bar.to)),
                      height: BAR,
                      borderRadius: 4,
                      border: `1px solid ${color}`,
                      background: `color-mix(in srgb, ${color} 25%, white)`,
                      overflow: 'hidden',
                    }}
                  >
                    <Box style={{ width: `${bar.progress}%`, height: '100%', background: color }} />
                  </Box>
                </Tooltip>
              );
            })}
          </Box>
        </Box>
      </Box>
      {undated > 0 && (
        <Text size="sm" c="dimmed">
          {t.undated(undated)}
        </Text>
      )}
    </Stack>
  );
}
