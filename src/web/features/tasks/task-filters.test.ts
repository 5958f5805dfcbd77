import { describe, expect, it } from 'vitest';
import { dueRange, hasFilters, parseTasksSearch, taskListParams, unitParam } from './task-filters';

// 15/07/2025 is a Tuesday.
const TODAY = '2025-07-15';

describe('parseTasksSearch', () => {
  it('keeps valid filters', () => {
    expect(
      parseTasksSearch({
        q: 'văn hóa',
        status: 'in_progress',
        overdue: true,
        due: 'before',
        date: '2025-08-31',
        plan: 12,
        role: 'lead',
        page: 3,
      }),
    ).toEqual({
      q: 'văn hóa',
      status: 'in_progress',
      overdue: true,
      due: 'before',
      date: '2025-08-31',
      plan: 12,
      role: 'lead',
      page: 3,
    });
  });

  it('drops what a hand-edited address gets wrong', () => {
    expect(
      parseTasksSearch({
        q: '  ',
        status: 'finished',
        overdue: 'yes',
        due: 'year',
        date: '2025-02-30',
        plan: -1,
        role: 'any',
        page: 1,
      }),
    ).toEqual({});
  });

  it('reads text values as the address bar gives them', () => {
    expect(parseTasksSearch({ overdue: 'true', plan: '7', page: '2' })).toMatchObject({
      overdue: true,
      plan: 7,
      page: 2,
    });
  });
});

describe('unitParam', () => {
  it.each([
    ['the account unit is left to the server (it adds the organization)', 'HT.CX', 'HT.CX', undefined],
    ['another working unit is named', 'HT', 'HT.CX', 'HT'],
    ['no working unit is left to the server', null, 'HT.CX', undefined],
    ['an account without a unit names the working unit', 'HT', null, 'HT'],
  ])('%s', (_name, working, account, expected) => {
    expect(unitParam(working, account)).toBe(expected);
  });
});

describe('dueRange', () => {
  it.each([
    [
      'this week runs Monday to Sunday',
      'week',
      undefined,
      { due_after: '2025-07-14', due_before: '2025-07-20' },
    ],
    [
      'this month is the calendar month',
      'month',
      undefined,
      { due_after: '2025-07-01', due_before: '2025-07-31' },
    ],
    ['before a date', 'before', '2025-09-30', { due_before: '2025-09-30' }],
    ['after a date', 'after', '2025-09-01', { due_after: '2025-09-01' }],
    ['before without a date is no filter', 'before', undefined, {}],
    ['no due filter', undefined, '2025-09-01', {}],
  ] as const)('%s', (_name, due, date, expected) => {
    expect(dueRange(due, date, TODAY)).toEqual(expected);
  });
});

describe('taskListParams', () => {
  const scope = { workingUnit: 'HT.CX', accountUnit: 'HT.CX' };

  it('asks for every role and nothing else without filters', () => {
    expect(taskListParams({}, scope, TODAY)).toEqual({ role: 'any' });
  });

  it('maps every filter to its query field', () => {
    expect(
      taskListParams(
        {
          q: ' gia đình ',
          status: 'not_started',
          overdue: true,
          due: 'week',
          plan: 4,
          role: 'support',
          page: 2,
        },
        { workingUnit: 'HT', accountUnit: 'HT.CX' },
        TODAY,
      ),
    ).toEqual({
      unit: 'HT',
      role: 'support',
      status: 'not_started',
      overdue: 'true',
      due_after: '2025-07-14',
      due_before: '2025-07-20',
      plan: 4,
      q: 'gia đình',
    });
  });

  it('leaves paging to the list', () => {
    expect(taskListParams({ page: 5 }, scope, TODAY)).not.toHaveProperty('offset');
  });
});

describe('hasFilters', () => {
  it('ignores the page number', () => {
    expect(hasFilters({ page: 2 })).toBe(false);
    expect(hasFilters({ overdue: true })).toBe(true);
  });
});
