import { Badge } from '@mantine/core';
import type { PlanStatus, TaskStatus } from '../../../contracts/plans';
import { plansVi } from '../../i18n/plans.vi';

export const PLAN_STATUS_COLOR: Record<PlanStatus, string> = {
  draft: 'gray',
  submitted: 'yellow',
  approved: 'cyan',
  issued: 'blue',
  in_progress: 'indigo',
  closed: 'green',
};

export const TASK_STATUS_COLOR: Record<TaskStatus, string> = {
  not_started: 'gray',
  in_progress: 'blue',
  done: 'green',
  done_late: 'teal',
  paused: 'yellow',
};

export function PlanStatusBadge({ status }: { status: PlanStatus }) {
  return (
    <Badge color={PLAN_STATUS_COLOR[status]} variant="light" tt="none">
      {plansVi.statusLabel[status]}
    </Badge>
  );
}

export function OverdueBadge() {
  return (
    <Badge color="red" variant="filled" tt="none">
      {plansVi.overdueBadge}
    </Badge>
  );
}

/** A task's status, and "Quá hạn" in red beside it when its deadline has passed undone. */
export function TaskStatusBadge({ status, overdue = false }: { status: TaskStatus; overdue?: boolean }) {
  return (
    <>
      <Badge color={TASK_STATUS_COLOR[status]} variant="light" tt="none">
        {plansVi.taskStatusLabel[status]}
      </Badge>
      {overdue && (
        <>
          {' '}
          <OverdueBadge />
        </>
      )}
    </>
  );
}
