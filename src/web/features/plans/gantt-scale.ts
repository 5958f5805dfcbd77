import type { Task, TaskStatus } from '../../../contracts/plans';

const DAY_MS = 86_400_000;
const pad = (n: number) => String(n).padStart(2, '0');

const epochDay = (iso: string): number =>
  Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / DAY_MS;

const isoOf = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** One task's bar: from its start (or the plan's date) to its deadline. */
export interface GanttBar {
  taskId: number;
  label: string;
  from: string;
  to: string;
  status: TaskStatus;
  overdue: boolean;
  progress: number;
}

export interface MonthTick {
  /** The first day of the month, or the scale's start for a month cut off on the left. */
  iso: string;
  month: number;
  year: number;
  x: number;
}

export interface GanttScale {
  start: string;
  end: string;
  pxPerDay: number;
  width: number;
  /** The left edge of a day. */
  x: (iso: string) => number;
  /** A bar's width: whole days, both ends included. */
  span: (from: string, to: string) => number;
  ticks: MonthTick[];
}

/**
 * A horizontal time scale over whole months, from the month of the earliest date to the month of the latest, about
 * `targetWidth` pixels wide (between 1.5 and 12 px a day). Null without dates.
 */
export function ganttScale(dates: string[], targetWidth = 720): GanttScale | null {
  if (dates.length === 0) return null;
  const sorted = [...dates].sort();
  const first = sorted[0]!;
  const last = sorted[sorted.length - 1]!;
  const start = `${first.slice(0, 7)}-01`;
  const lastYear = Number(last.slice(0, 4));
  const lastMonth = Number(last.slice(5, 7));
  const end = isoOf(Date.UTC(lastYear, lastMonth, 1) / DAY_MS - 1);
  const days = epochDay(end) - epochDay(start) + 1;
  const pxPerDay = Math.min(12, Math.max(1.5, targetWidth / days));
  const x = (iso: string) => (epochDay(iso) - epochDay(start)) * pxPerDay;
  const ticks: MonthTick[] = [];
  for (let y = Number(start.slice(0, 4)), m = Number(start.slice(5, 7)); `${y}-${pad(m)}-01` <= end;) {
    const iso = `${y}-${pad(m)}-01`;
    ticks.push({ iso, month: m, year: y, x: x(iso) });
    m = m === 12 ? 1 : m + 1;
    if (m === 1) y++;
  }
  return {
    start,
    end,
    pxPerDay,
    width: days * pxPerDay,
    x,
    span: (from, to) => (epochDay(to) - epochDay(from) + 1) * pxPerDay,
    ticks,
  };
}

/** The bars of a plan's own tasks (not the occurrences of recurring ones) and how many tasks have no dates. */
export function ganttBars(tasks: Task[], planDate: string | null): { bars: GanttBar[]; undated: number } {
  const bars: GanttBar[] = [];
  let undated = 0;
  // Numbered as the plan prints them (positions may have gaps after a deletion).
  const own = tasks.filter((task) => task.parentTaskId === null);
  for (const [index, task] of own.entries()) {
    const to = task.deadline?.to ?? null;
    if (!to) {
      undated++;
      continue;
    }
    let from = task.deadline?.from ?? planDate ?? to;
    if (from > to) from = to;
    bars.push({
      taskId: task.id,
      label: `${index + 1}. ${task.text}`,
      from,
      to,
      status: task.status,
      overdue: task.overdue,
      progress: task.progress,
    });
  }
  return { bars, undated };
}
