import { describe, expect, it } from 'vitest';
import { clockMinutes, clockOf, printedClock, programmeTimes } from './programme-times';

describe('programme times', () => {
  it.each([
    ['07:30', 450],
    ['7:05', 425],
    ['23:59', 1439],
    ['24:00', null],
    ['7h30', null],
    [null, null],
  ])('reads %s as %s minutes', (clock, minutes) => {
    expect(clockMinutes(clock)).toBe(minutes);
  });

  it.each([
    [455, '07:35'],
    [0, '00:00'],
    [1445, '00:05'],
  ])('prints %s minutes as %s', (minutes, clock) => {
    expect(clockOf(minutes)).toBe(clock);
  });

  it.each([
    ['07:30', [5, 10, 20], ['07:30-07:35', '07:35-07:45', '07:45-08:05']],
    ['13:30', [15, null, 5], ['13:30-13:45', '13:45-', '-']],
    [null, [5, 10], ['-', '-']],
    ['08:00', [0, 7], ['08:00-08:00', '08:00-08:07']],
    ['08:00', [], []],
  ])('runs items back to back from %s', (start, minutes, expected) => {
    const times = programmeTimes(start, minutes).map((t) => `${t.startsAt ?? ''}-${t.endsAt ?? ''}`);
    expect(times).toEqual(expected);
  });

  it('prints a clock time the way a programme does', () => {
    expect(printedClock('07:30')).toBe('07h30');
  });
});
