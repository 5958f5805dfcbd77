import { Badge, Group, Progress, Text } from '@mantine/core';
import type { Task, TaskStatus } from '../../../contracts/plans';
import { tableDate } from '../../../core/dates/vn-dates';
import { tasksVi } from '../../i18n/tasks.vi';
import { deadlineColor, deadlineState, daysLeftText } from './task-dates';

const STATUS_COLOR: Record<TaskStatus, string> = {
  not_started: 'gray',
  in_progress: 'blue',
  done: 'green',
  done_late: 'teal',
  paused: 'yellow',
};

export function TaskStatusBadge({ status }: { status: TaskStatus }) {
  return (
    <Badge color={STATUS_COLOR[status]} variant="light" tt="none">
      {tasksVi.status[status]}
    </Badge>
  );
}

/** A thin bar with its percentage beside it, readable without colour. */
export function TaskProgress({ value }: { value: number }) {
  return (
    <Group gap={6} wrap="nowrap">
      <Progress
        value={value}
        color={value >= 100 ? 'green' : 'blue'}
        size="md"
        style={{ flex: 1, minWidth: 60 }}
        aria-label={`${tasksVi.progress.value} ${value}%`}
      />
      <Text size="xs" c="dimmed" w={34} ta="right">
        {value}%
      </Text>
    </Group>
  );
}

/** The deadline as the plan writes it, the due day, and the days left ("Quá hạn 3 ngày" in red). */
export function TaskDeadline({
  task,
  today,
  compact = false,
}: {
  task: Pick<Task, 'deadline' | 'status' | 'planStatus'>;
  today: string;
  compact?: boolean;
}) {
  const state = deadlineState(task, today);
  const left = daysLeftText(state);
  const color = deadlineColor(state);
  const deadline = task.deadline;
  if (!deadline) return <Text size="sm">{tasksVi.days.noDate}</Text>;
  const showRaw = deadline.raw !== '' && deadline.raw !== (deadline.to ? tableDate(deadline.to) : '');
  return (
    <div style={{ minWidth: 0 }}>
      {showRaw && (
        <Text size="sm" lineClamp={compact ? 2 : undefined} style={{ overflowWrap: 'anywhere' }}>
          {deadline.raw}
        </Text>
      )}
      <Text size={showRaw ? 'xs' : 'sm'} c={showRaw ? 'dimmed' : undefined}>
        {deadline.to ? tableDate(deadline.to) : tasksVi.days.noDate}
      </Text>
      {left && (
        <Text
          size="sm"
          fw={state.kind === 'overdue' ? 700 : 500}
          c={color === 'dimmed' ? 'dimmed' : `${color}.8`}
        >
          {left}
        </Text>
      )}
    </div>
  );
}
