import { describe, expect, it } from 'vitest';
import { taskTotalText } from './task-total';

describe('taskTotalText', () => {
  it.each([
    [0, false, 'Tổng số: 0'],
    [50, false, 'Tổng số: 50'],
    [1234, false, 'Tổng số: 1.234'],
    [10_000, false, 'Tổng số: 10.000'],
    [10_000, true, 'Tổng số: hơn 10.000'],
  ])('words %i tasks (capped: %s) as "%s"', (total, isCapped, expected) => {
    expect(taskTotalText(total, isCapped)).toBe(expected);
  });
});
