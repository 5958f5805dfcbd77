import type { PlanStatus, TaskStatus } from '../../../contracts/plans';
import {
  deadlineState as coreDeadlineState,
  DUE_SOON_DAYS,
  type DeadlineState,
} from '../../../core/tasks/deadline';
import { tasksVi } from '../../i18n/tasks.vi';

export { daysBetween, type DeadlineState } from '../../../core/tasks/deadline';

/** What the page knows of a task (the API's `Task`): its status, due day and series rule, and its plan's status. */
export interface TaskDates {
  status: TaskStatus;
  deadline: { to: string | null; recurrence?: string | null } | null;
  planStatus: PlanStatus;
}

/**
 * Where a task stands against its due day, by the server's rule (core/tasks/deadline): a finished or paused task has
 * no days left; only an open task of a running plan, not a recurring series, counts to `deadline.to`.
 */
export function deadlineState(task: TaskDates, today: string): DeadlineState {
  return coreDeadlineState(
    {
      status: task.status,
      deadlineTo: task.deadline?.to ?? null,
      recurrence: task.deadline?.recurrence ?? null,
      planStatus: task.planStatus,
    },
    today,
  );
}

/** "Còn 3 ngày", "Đến hạn hôm nay", "Quá hạn 12 ngày"; null when there is nothing to count. */
export function daysLeftText(state: DeadlineState): string | null {
  switch (state.kind) {
    case 'left':
      return tasksVi.days.left(state.days);
    case 'today':
      return tasksVi.days.today;
    case 'overdue':
      return tasksVi.days.overdue(state.days);
    default:
      return null;
  }
}

/** Red for overdue, orange when due soon (core's `DUE_SOON_DAYS`), grey otherwise. */
export function deadlineColor(state: DeadlineState): 'red' | 'orange' | 'dimmed' {
  if (state.kind === 'overdue') return 'red';
  if (state.kind === 'today' || (state.kind === 'left' && state.days <= DUE_SOON_DAYS)) return 'orange';
  return 'dimmed';
}
