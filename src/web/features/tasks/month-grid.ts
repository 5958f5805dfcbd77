/** Months as "YYYY-MM" and the weeks a month calendar shows, Monday first (the Vietnamese week). */

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

const iso = (date: Date): string => date.toISOString().slice(0, 10);

function split(month: string): [number, number] {
  const match = MONTH.exec(month);
  if (!match) throw new RangeError(`Not a month: ${month}`);
  return [Number(match[1]), Number(match[2])];
}

export function isMonth(text: unknown): text is string {
  return typeof text === 'string' && MONTH.test(text);
}

/** The month of an ISO date. @example monthOf("2025-07-31") === "2025-07" */
export const monthOf = (date: string): string => date.slice(0, 7);

/** The first and last days of a month. @example monthRange("2024-02") → { first: "2024-02-01", last: "2024-02-29" } */
export function monthRange(month: string): { first: string; last: string } {
  const [y, m] = split(month);
  return { first: iso(new Date(Date.UTC(y, m - 1, 1))), last: iso(new Date(Date.UTC(y, m, 0))) };
}

/** The month a number of months away. @example shiftMonth("2025-01", -1) === "2024-12" */
export function shiftMonth(month: string, delta: number): string {
  const [y, m] = split(month);
  return iso(new Date(Date.UTC(y, m - 1 + delta, 1))).slice(0, 7);
}

/** 0 for Monday … 6 for Sunday. */
function weekdayIndex(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return (new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7;
}

function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return iso(new Date(Date.UTC(y, m - 1, d + days)));
}

/** Monday to Sunday of the week holding a date. @example weekRange("2025-07-06") → { first: "2025-06-30", last: "2025-07-06" } */
export function weekRange(date: string): { first: string; last: string } {
  const first = addDays(date, -weekdayIndex(date));
  return { first, last: addDays(first, 6) };
}

/**
 * The weeks of a month calendar: rows of seven ISO dates from the Monday on or before the 1st to the Sunday on or
 * after the last day, so days of the neighbouring months fill the first and last rows.
 */
export function monthGrid(month: string): string[][] {
  const { first, last } = monthRange(month);
  const start = weekRange(first).first;
  const end = weekRange(last).last;
  const weeks: string[][] = [];
  for (let day = start; day <= end; day = addDays(day, 7)) {
    weeks.push(Array.from({ length: 7 }, (_, i) => addDays(day, i)));
  }
  return weeks;
}

/** Items by their due day, in the order given; items without one are left out. */
export function groupByDay<T>(items: readonly T[], dayOf: (item: T) => string | null): Map<string, T[]> {
  const days = new Map<string, T[]>();
  for (const item of items) {
    const day = dayOf(item);
    if (!day) continue;
    const list = days.get(day);
    if (list) list.push(item);
    else days.set(day, [item]);
  }
  return days;
}
