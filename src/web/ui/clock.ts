import { todayInVietnam } from '../../core/dates/vn-dates';

/**
 * The web app's one clock: the browser's time, read here only, so that a component test can set it
 * (`setWebClock`) and the pages agree on "today in Vietnam" whatever the phone's time zone.
 */
let read: () => Date = () => new Date();

export const webNow = (): Date => read();

/** Today's date in Vietnam (ISO) by the browser's clock. */
export const webToday = (): string => todayInVietnam(read());

/** This year in Vietnam. */
export const webYear = (): number => Number(webToday().slice(0, 4));

/** Tests: stop the clock at an instant (or give it back with null). */
export function setWebClock(at: Date | null): void {
  read = at === null ? () => new Date() : () => new Date(at);
}
