/** Helpers for Vietnamese date display; input is an ISO date "YYYY-MM-DD". */

function parts(iso: string): [number, number, number] {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) throw new RangeError(`Not an ISO date: ${iso}`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

/**
 * The formal date of NĐ 30/2020 (Phụ lục I): days under 10 and months 1 and 2 take a leading zero.
 * @example formalDate("2020-01-05") === "ngày 05 tháng 01 năm 2020"; formalDate("2019-06-29") === "ngày 29 tháng 6 năm 2019"
 */
export function formalDate(iso: string): string {
  const [y, m, d] = parts(iso);
  const day = String(d).padStart(2, '0');
  const month = m <= 2 ? String(m).padStart(2, '0') : String(m);
  return `ngày ${day} tháng ${month} năm ${y}`;
}

/** A table date, dd/mm/yyyy. @example tableDate("2025-07-01") === "01/07/2025" */
export function tableDate(iso: string): string {
  const [y, m, d] = parts(iso);
  return `${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}/${y}`;
}

/** Today's date as ISO text in Vietnam's time zone (UTC+7, no daylight saving). */
export function todayInVietnam(now: Date): string {
  return new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}

/** The ISO date one day before the given one. @example dayBefore("2025-07-01") === "2025-06-30" */
export function dayBefore(iso: string): string {
  const [y, m, d] = parts(iso);
  return new Date(Date.UTC(y, m - 1, d - 1)).toISOString().slice(0, 10);
}

/** The ISO date a number of days after (or, when negative, before) the given one. @example addDays("2022-01-20", -5) === "2022-01-15" */
export function addDays(iso: string, days: number): string {
  const [y, m, d] = parts(iso);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/**
 * A plan's year: its date's, else the latest "năm 2023" its title names (1945–2100); null when neither says.
 * @example planYearOf(null, "Tổng kết năm 2023, triển khai nhiệm vụ năm 2024") === 2024
 */
export function planYearOf(date: string | null, title: string): number | null {
  if (date) return Number(date.slice(0, 4));
  const years = [...title.normalize('NFC').matchAll(/n[aă]m\s+(\d{4})(?!\d)/gi)]
    .map((m) => Number(m[1]))
    .filter((y) => y >= 1945 && y <= 2100);
  return years.length > 0 ? Math.max(...years) : null;
}
