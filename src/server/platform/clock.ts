import { todayInVietnam } from '../../core/dates/vn-dates';

/**
 * The one clock of the server. A request reads it once (`request.now`, `request.today`), a job once when it starts,
 * and both pass the instant or the date down to the services, so a test sets the date by giving the app or the job a
 * fixed clock. Nothing else reads the system time.
 */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock stopped at an instant, or at noon in Vietnam of an ISO date ("2026-03-01"). */
export function fixedClock(at: Date | string): Clock {
  const instant =
    typeof at === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(at)
      ? new Date(`${at}T12:00:00+07:00`)
      : new Date(at);
  return { now: () => new Date(instant) };
}

/** Today's date in Vietnam (ISO) by this clock. */
export function vietnamToday(clock: Clock): string {
  return todayInVietnam(clock.now());
}
