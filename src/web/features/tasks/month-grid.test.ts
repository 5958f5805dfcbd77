import { describe, expect, it } from 'vitest';
import { groupByDay, isMonth, monthGrid, monthRange, shiftMonth, weekRange } from './month-grid';

describe('monthGrid', () => {
  it('starts on the Monday before the 1st and ends on the Sunday after the last day', () => {
    // 01/07/2025 is a Tuesday, 31/07/2025 a Thursday.
    const weeks = monthGrid('2025-07');
    expect(weeks).toHaveLength(5);
    expect(weeks[0]).toEqual([
      '2025-06-30',
      '2025-07-01',
      '2025-07-02',
      '2025-07-03',
      '2025-07-04',
      '2025-07-05',
      '2025-07-06',
    ]);
    expect(weeks[4]![6]).toBe('2025-08-03');
  });

  it('has no leading days when the 1st is a Monday', () => {
    expect(monthGrid('2025-09')[0]![0]).toBe('2025-09-01');
  });

  it('puts a Sunday 1st at the end of the first row', () => {
    // 01/06/2025 is a Sunday: the month spans six rows.
    const weeks = monthGrid('2025-06');
    expect(weeks[0]![6]).toBe('2025-06-01');
    expect(weeks).toHaveLength(6);
  });

  it('fits a February of exactly four weeks in four rows', () => {
    const weeks = monthGrid('2021-02');
    expect(weeks).toHaveLength(4);
    expect(weeks[3]![6]).toBe('2021-02-28');
  });

  it('gives every row seven consecutive days', () => {
    for (const week of monthGrid('2024-02')) expect(new Set(week).size).toBe(7);
    expect(monthGrid('2024-02').flat()).toContain('2024-02-29');
  });
});

describe('month helpers', () => {
  it.each([
    ['2024-02', { first: '2024-02-01', last: '2024-02-29' }],
    ['2025-02', { first: '2025-02-01', last: '2025-02-28' }],
    ['2025-12', { first: '2025-12-01', last: '2025-12-31' }],
  ])('the range of %s', (month, range) => {
    expect(monthRange(month)).toEqual(range);
  });

  it.each([
    ['2025-01', -1, '2024-12'],
    ['2025-12', 1, '2026-01'],
    ['2025-07', 0, '2025-07'],
    ['2025-03', 13, '2026-04'],
  ])('%s shifted by %i is %s', (month, delta, expected) => {
    expect(shiftMonth(month, delta)).toBe(expected);
  });

  it.each([
    ['2025-07-06', '2025-06-30', '2025-07-06'],
    ['2025-06-30', '2025-06-30', '2025-07-06'],
    ['2025-01-01', '2024-12-30', '2025-01-05'],
  ])('the week of %s runs from %s to %s', (date, first, last) => {
    expect(weekRange(date)).toEqual({ first, last });
  });

  it.each([
    ['2025-07', true],
    ['2025-13', false],
    ['2025-7', false],
    [202507, false],
  ])('isMonth(%s) is %s', (text, expected) => {
    expect(isMonth(text)).toBe(expected);
  });
});

describe('groupByDay', () => {
  it('groups by due day in the given order and leaves out items without one', () => {
    const items = [
      { id: 1, to: '2025-07-15' },
      { id: 2, to: null },
      { id: 3, to: '2025-07-01' },
      { id: 4, to: '2025-07-15' },
    ];
    const days = groupByDay(items, (item) => item.to);
    expect([...days.keys()]).toEqual(['2025-07-15', '2025-07-01']);
    expect(days.get('2025-07-15')?.map((item) => item.id)).toEqual([1, 4]);
  });
});
