import { describe, expect, it } from 'vitest';
import { dayBefore, formalDate, planYearOf, tableDate, todayInVietnam } from './vn-dates';

describe('formalDate (NĐ 30/2020)', () => {
  it.each([
    ['2020-01-05', 'ngày 05 tháng 01 năm 2020'],
    ['2019-06-29', 'ngày 29 tháng 6 năm 2019'],
    ['2023-02-28', 'ngày 28 tháng 02 năm 2023'],
    ['2024-12-10', 'ngày 10 tháng 12 năm 2024'],
    ['2025-03-09', 'ngày 09 tháng 3 năm 2025'],
  ])('writes %s as %j', (iso, expected) => {
    expect(formalDate(iso)).toBe(expected);
  });
});

describe('tableDate', () => {
  it.each([
    ['2025-07-01', '01/07/2025'],
    ['2020-12-31', '31/12/2020'],
  ])('writes %s as %s', (iso, expected) => {
    expect(tableDate(iso)).toBe(expected);
  });
});

describe('day arithmetic', () => {
  it('gives the day before across a month and a year', () => {
    expect(dayBefore('2025-07-01')).toBe('2025-06-30');
    expect(dayBefore('2025-01-01')).toBe('2024-12-31');
    expect(dayBefore('2024-03-01')).toBe('2024-02-29');
  });
  it('reads today in Vietnam time, which is ahead of UTC', () => {
    expect(todayInVietnam(new Date('2025-06-30T18:30:00Z'))).toBe('2025-07-01');
    expect(todayInVietnam(new Date('2025-06-30T16:30:00Z'))).toBe('2025-06-30');
  });
});

describe('planYearOf', () => {
  it.each([
    ['2023-02-28', 'Kế hoạch năm 2024', 2023],
    [null, 'Tổng kết năm 2023, triển khai nhiệm vụ năm 2024', 2024],
    [null, 'Ke hoach nam 2022', 2022],
    [null, 'Kế hoạch tổ chức Ngày hội', null],
    [null, 'Kế hoạch năm 20245', null],
  ])('(%j, %j) is %j', (date, title, year) => expect(planYearOf(date, title)).toBe(year));
});
