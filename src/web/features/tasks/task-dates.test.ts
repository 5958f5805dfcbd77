import { describe, expect, it } from 'vitest';
import type { PlanStatus, TaskStatus } from '../../../contracts/plans';
import * as core from '../../../core/tasks/deadline';
import { daysBetween, daysLeftText, deadlineColor, deadlineState } from './task-dates';

const task = (status: TaskStatus, to: string | null, planStatus: PlanStatus = 'in_progress') => ({
  status,
  deadline: to === null ? null : { to, recurrence: null },
  planStatus,
});

describe('daysBetween', () => {
  it.each([
    ['2025-07-30', '2025-08-02', 3],
    ['2025-08-02', '2025-07-30', -3],
    ['2024-02-28', '2024-03-01', 2],
    ['2025-03-29', '2025-03-31', 2],
    ['2024-12-31', '2025-01-01', 1],
  ])('from %s to %s is %i days', (from, to, days) => {
    expect(daysBetween(from, to)).toBe(days);
  });
});

describe('days-left wording', () => {
  it.each<[string, ReturnType<typeof task>, string | null]>([
    ['counts the days to the due day', task('in_progress', '2025-07-20'), 'Còn 5 ngày'],
    ['says one day on the eve', task('not_started', '2025-07-16'), 'Còn 1 ngày'],
    ['says today on the due day', task('in_progress', '2025-07-15'), 'Đến hạn hôm nay'],
    ['counts the days past the due day', task('in_progress', '2025-07-03'), 'Quá hạn 12 ngày'],
    ['says nothing for a paused task, which is not counted overdue', task('paused', '2025-07-14'), null],
    ['says nothing for a finished task', task('done', '2025-07-03'), null],
    ['says nothing for a task finished late', task('done_late', '2025-07-03'), null],
    ['says nothing without a due day', task('in_progress', null), null],
  ])('%s', (_name, input, expected) => {
    expect(daysLeftText(deadlineState(input, '2025-07-15'))).toBe(expected);
  });

  it('accepts a timestamp as today', () => {
    expect(deadlineState(task('in_progress', '2025-07-16'), '2025-07-15T23:59:00')).toEqual({
      kind: 'left',
      days: 1,
    });
  });
});

describe('deadlineColor', () => {
  it.each([
    ['2025-07-14', 'red'],
    ['2025-07-15', 'orange'],
    ['2025-07-18', 'orange'],
    ['2025-07-19', 'dimmed'],
  ])('an open task due %s is shown %s', (to, color) => {
    expect(deadlineColor(deadlineState(task('in_progress', to), '2025-07-15'))).toBe(color);
  });

  it('shows a finished task without warning colour', () => {
    expect(deadlineColor(deadlineState(task('done', '2025-07-01'), '2025-07-15'))).toBe('dimmed');
  });
});

describe('the web counts days by core/tasks/deadline', () => {
  const statuses: PlanStatus[] = ['draft', 'submitted', 'approved', 'issued', 'in_progress', 'closed'];

  it.each(statuses.filter((s) => s !== 'issued' && s !== 'in_progress'))(
    'a task of a %s plan, past its due day, is not shown overdue',
    (planStatus) => {
      const state = deadlineState(task('in_progress', '2025-07-03', planStatus), '2025-07-15');
      expect(state).toEqual({ kind: 'none' });
      expect(daysLeftText(state)).toBeNull();
      expect(deadlineColor(state)).toBe('dimmed');
    },
  );

  it('a recurring series is not counted, its occurrences are', () => {
    const series = {
      ...task('in_progress', '2025-07-03'),
      deadline: { to: '2025-07-03', recurrence: 'monthly' },
    };
    expect(deadlineState(series, '2025-07-15')).toEqual({ kind: 'none' });
    expect(deadlineState(task('in_progress', '2025-07-03'), '2025-07-15')).toEqual({
      kind: 'overdue',
      days: 12,
    });
  });

  it.each(statuses)('agrees with core for every task status in a %s plan', (planStatus) => {
    const taskStatuses: TaskStatus[] = ['not_started', 'in_progress', 'done', 'done_late', 'paused'];
    for (const status of taskStatuses)
      for (const to of ['2025-07-03', '2025-07-15', '2025-07-17', '2025-08-30', null]) {
        const facts = { status, deadlineTo: to, recurrence: null, planStatus };
        const state = deadlineState(task(status, to, planStatus), '2025-07-15');
        expect(state).toEqual(core.deadlineState(facts, '2025-07-15'));
        expect(state.kind === 'overdue').toBe(core.isOverdue(facts, '2025-07-15'));
        expect(deadlineColor(state) === 'orange').toBe(core.isDueSoon(facts, '2025-07-15'));
      }
  });
});
