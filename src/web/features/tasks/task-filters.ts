import { IsoDate } from '../../../contracts/common';
import { TaskStatus } from '../../../contracts/plans';
import { monthRange, monthOf, weekRange } from './month-grid';

export type DueFilter = 'week' | 'month' | 'before' | 'after';
export type RoleFilter = 'lead' | 'support';

/** The filters of /viec as kept in the address bar, so a filtered list can be bookmarked or sent on. */
export interface TasksSearch {
  q?: string;
  status?: TaskStatus;
  overdue?: boolean;
  due?: DueFilter;
  /** The day for `due=before` (up to and including it) and `due=after` (from it on). */
  date?: string;
  plan?: number;
  role?: RoleFilter;
  page?: number;
}

/** The query of GET /api/tasks and /api/tasks.xlsx, as strings the address of the request carries. */
export interface TaskListParams {
  unit?: string;
  role: 'any' | RoleFilter;
  status?: TaskStatus;
  overdue?: 'true';
  due_before?: string;
  due_after?: string;
  plan?: number;
  q?: string;
}

const DUE = new Set<string>(['week', 'month', 'before', 'after']);
const positiveInt = (value: unknown): number | undefined => {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : undefined;
};

/** Keeps what is valid of a hand-edited address and drops the rest. */
export function parseTasksSearch(raw: Record<string, unknown>): TasksSearch {
  const status = TaskStatus.safeParse(raw.status);
  const q = typeof raw.q === 'string' && raw.q.trim() !== '' ? raw.q : undefined;
  const page = positiveInt(raw.page);
  return {
    q,
    status: status.success ? status.data : undefined,
    overdue: raw.overdue === true || raw.overdue === 'true' ? true : undefined,
    due: typeof raw.due === 'string' && DUE.has(raw.due) ? (raw.due as DueFilter) : undefined,
    date: IsoDate.safeParse(raw.date).success ? (raw.date as string) : undefined,
    plan: positiveInt(raw.plan),
    role: raw.role === 'lead' || raw.role === 'support' ? raw.role : undefined,
    page: page && page > 1 ? page : undefined,
  };
}

/** The account's own unit (and organization) is what the server lists without `unit`; another working unit is named. */
export function unitParam(workingUnit: string | null, accountUnit: string | null): string | undefined {
  return workingUnit && workingUnit !== accountUnit ? workingUnit : undefined;
}

/** The due-day range a filter means on a given day; "this week" runs Monday to Sunday. */
export function dueRange(
  due: DueFilter | undefined,
  date: string | undefined,
  today: string,
): { due_after?: string; due_before?: string } {
  switch (due) {
    case 'week': {
      const { first, last } = weekRange(today);
      return { due_after: first, due_before: last };
    }
    case 'month': {
      const { first, last } = monthRange(monthOf(today));
      return { due_after: first, due_before: last };
    }
    case 'before':
      return date ? { due_before: date } : {};
    case 'after':
      return date ? { due_after: date } : {};
    default:
      return {};
  }
}

/** The list query for the filters on screen (paging is added by the list, not the export). */
export function taskListParams(
  search: TasksSearch,
  scope: { workingUnit: string | null; accountUnit: string | null },
  today: string,
): TaskListParams {
  return {
    unit: unitParam(scope.workingUnit, scope.accountUnit),
    role: search.role ?? 'any',
    status: search.status,
    overdue: search.overdue ? 'true' : undefined,
    ...dueRange(search.due, search.date, today),
    plan: search.plan,
    q: search.q?.trim() || undefined,
  };
}

/** True when any filter is set (the page then offers "Xóa lọc"). */
export function hasFilters(search: TasksSearch): boolean {
  return Boolean(search.q || search.status || search.overdue || search.due || search.plan || search.role);
}
