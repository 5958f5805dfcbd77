import type { TaskStatus } from '../../../contracts/plans';
import { tasksVi } from '../../i18n/tasks.vi';

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

const FINISHED: readonly TaskStatus[] = ['done', 'done_late'];

/**
 * A finished task has no days left, nor a paused one (the server does not count it overdue); an open one counts to
 * `deadline.to`, its due day.
 */
export function deadlineState(
  task: { status: TaskStatus; deadline: { to: string | null } | null },
  today: string,
): DeadlineState {
  if (FINISHED.includes(task.status)) return { kind: 'finished' };
  if (task.status === 'paused') return { kind: 'paused' };
  const due = task.deadline?.to;
  if (!due) return { kind: 'none' };
  const days = daysBetween(today, due);
  if (days > 0) return { kind: 'left', days };
  if (days === 0) return { kind: 'today' };
  return { kind: 'overdue', days: -days };
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

/** Red for overdue, orange for the last three days, grey otherwise. */
export function deadlineColor(state: DeadlineState): 'red' | 'orange' | 'dimmed' {
  if (state.kind === 'overdue') return 'red';
  if (state.kind === 'today' || (state.kind === 'left' && state.days <= 3)) return 'orange';
  return 'dimmed';
}
