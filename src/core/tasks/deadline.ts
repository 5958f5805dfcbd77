import type { PlanStatus, TaskStatus } from '../../contracts/plans';

/**
 * The one rule of a task's due day, read by the server (the `overdue` flag, list filters, dashboards, reminders, and
 * the SQL in the plans repo that must agree with it: a test holds the two together) and by the web (badges, the
 * calendar). A task is counted against its due day (`deadline.to`) only while it is open and its plan is running:
 * before issue nobody is bound by a plan, after closing it is history; a paused task waits; a recurring task is a
 * series whose occurrences are counted, not the series itself.
 */

/** The task states that still run; only these can be due or overdue. */
export const OPEN_TASK_STATUSES: readonly TaskStatus[] = ['not_started', 'in_progress'];
export const FINISHED_TASK_STATUSES: readonly TaskStatus[] = ['done', 'done_late'];
/** Plans whose tasks are being carried out. */
export const RUNNING_PLAN_STATUSES: readonly PlanStatus[] = ['issued', 'in_progress'];
/** "Due soon": the due day is today or within this many days (orange in lists, the "before" reminder). */
export const DUE_SOON_DAYS = 3;

export interface TaskClockFacts {
  status: TaskStatus;
  /** The due day (ISO), null when the task has none. */
  deadlineTo: string | null;
  /** A recurrence rule marks the series row; its occurrences carry none. */
  recurrence: string | null;
  planStatus: PlanStatus;
}

/** Where a task stands against its due day, seen on a given day. */
export type DeadlineState =
  | { kind: 'none' }
  | { kind: 'finished' }
  | { kind: 'paused' }
  | { kind: 'left'; days: number }
  | { kind: 'today' }
  | { kind: 'overdue'; days: number };

const dayNumber = (iso: string): number => {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / 86_400_000;
};

/** Whole days from one ISO date to another. @example daysBetween("2025-07-30", "2025-08-02") === 3 */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

export function deadlineState(task: TaskClockFacts, today: string): DeadlineState {
  if (FINISHED_TASK_STATUSES.includes(task.status)) return { kind: 'finished' };
  if (task.status === 'paused') return { kind: 'paused' };
  if (!task.deadlineTo || task.recurrence !== null || !RUNNING_PLAN_STATUSES.includes(task.planStatus))
    return { kind: 'none' };
  const days = daysBetween(today, task.deadlineTo);
  if (days > 0) return { kind: 'left', days };
  if (days === 0) return { kind: 'today' };
  return { kind: 'overdue', days: -days };
}

/** Open, in a running plan, and its due day has passed. */
export const isOverdue = (task: TaskClockFacts, today: string): boolean =>
  deadlineState(task, today).kind === 'overdue';

/** Open, in a running plan, and due today or within `DUE_SOON_DAYS`. */
export function isDueSoon(task: TaskClockFacts, today: string): boolean {
  const state = deadlineState(task, today);
  return state.kind === 'today' || (state.kind === 'left' && state.days <= DUE_SOON_DAYS);
}
