/** Minutes since midnight of "HH:MM"; null when it is not a clock time. */
export function clockMinutes(clock: string | null | undefined): number | null {
  const m = /^([01]?\d|2[0-3]):([0-5]\d)$/.exec(clock?.trim() ?? '');
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}

/** "HH:MM" of minutes since midnight (wrapping past midnight). @example clockOf(455) === "07:35" */
export function clockOf(minutes: number): string {
  const m = ((minutes % 1440) + 1440) % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/**
 * The clock times of programme items run back to back from the session's start. An item without minutes has a start
 * but no end, and every item after it has neither (nobody knows when it ends).
 * @example programmeTimes("07:30", [5, 10]) → [{ startsAt: "07:30", endsAt: "07:35" }, { startsAt: "07:35", endsAt: "07:45" }]
 */
export function programmeTimes(
  start: string | null | undefined,
  minutes: (number | null | undefined)[],
): { startsAt: string | null; endsAt: string | null }[] {
  let at = clockMinutes(start);
  return minutes.map((length) => {
    if (at === null) return { startsAt: null, endsAt: null };
    const startsAt = clockOf(at);
    if (length === null || length === undefined) {
      at = null;
      return { startsAt, endsAt: null };
    }
    at += length;
    return { startsAt, endsAt: clockOf(at) };
  });
}

/** "07h30" as a programme prints times. */
export const printedClock = (clock: string) => clock.replace(':', 'h');
