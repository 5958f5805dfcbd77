import { describe, expect, it } from 'vitest';
import type { PlanStatus, TaskStatus } from '../../contracts/plans';
import { daysBetween, deadlineState, isDueSoon, isOverdue, type TaskClockFacts } from './deadline';
import { finishingStatus, progressFromStatus } from './progress';

const TODAY = '2026-03-10';
const task = (over: Partial<TaskClockFacts> = {}): TaskClockFacts => ({
  status: 'in_progress',
  deadlineTo: '2026-03-05',
  recurrence: null,
  planStatus: 'issued',
  ...over,
});

describe('deadlineState: a task against its due day', () => {
  it.each<[string, Partial<TaskClockFacts>, ReturnType<typeof deadlineState>]>([
    ['open, five days past', {}, { kind: 'overdue', days: 5 }],
    ['not started, past', { status: 'not_started' }, { kind: 'overdue', days: 5 }],
    ['due today', { deadlineTo: TODAY }, { kind: 'today' }],
    ['due in three days', { deadlineTo: '2026-03-13' }, { kind: 'left', days: 3 }],
    ['done', { status: 'done' }, { kind: 'finished' }],
    ['done late', { status: 'done_late' }, { kind: 'finished' }],
    ['paused waits', { status: 'paused' }, { kind: 'paused' }],
    ['no due day', { deadlineTo: null }, { kind: 'none' }],
    ['a recurring series is counted by its occurrences', { recurrence: 'FREQ=MONTHLY' }, { kind: 'none' }],
    ['a draft plan binds nobody', { planStatus: 'draft' }, { kind: 'none' }],
    ['nor one waiting for approval', { planStatus: 'submitted' }, { kind: 'none' }],
    ['nor an approved one not yet issued', { planStatus: 'approved' }, { kind: 'none' }],
    ['a closed plan is history', { planStatus: 'closed' }, { kind: 'none' }],
    ['a plan being carried out counts', { planStatus: 'in_progress' }, { kind: 'overdue', days: 5 }],
  ])('%s', (_name, over, expected) => {
    expect(deadlineState(task(over), TODAY)).toEqual(expected);
  });

  it('counts whole days across months and years', () => {
    expect(daysBetween('2025-12-30', '2026-01-02')).toBe(3);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
  });

  it('overdue and due soon follow the state', () => {
    const statuses: TaskStatus[] = ['not_started', 'in_progress', 'done', 'done_late', 'paused'];
    const plans: PlanStatus[] = ['draft', 'submitted', 'approved', 'issued', 'in_progress', 'closed'];
    for (const status of statuses)
      for (const planStatus of plans) {
        const open =
          (status === 'not_started' || status === 'in_progress') &&
          ['issued', 'in_progress'].includes(planStatus);
        expect(isOverdue(task({ status, planStatus }), TODAY)).toBe(open);
        expect(isDueSoon(task({ status, planStatus, deadlineTo: '2026-03-13' }), TODAY)).toBe(open);
        expect(isDueSoon(task({ status, planStatus, deadlineTo: '2026-03-14' }), TODAY)).toBe(false);
        expect(isDueSoon(task({ status, planStatus }), TODAY)).toBe(false);
      }
  });
});

describe('progress from status', () => {
  it.each<[TaskStatus, number, number]>([
    ['not_started', 40, 0],
    ['in_progress', 10, 50],
    ['done', 30, 100],
    ['done_late', 30, 100],
    ['paused', 30, 30],
  ])('%s from %i is %i', (status, current, expected) => {
    expect(progressFromStatus(status, current)).toBe(expected);
  });

  it('a task finished after its due day is done late; on or before the day, done', () => {
    expect(finishingStatus('done', '2026-03-09', TODAY)).toBe('done_late');
    expect(finishingStatus('done', TODAY, TODAY)).toBe('done');
    expect(finishingStatus('done', null, TODAY)).toBe('done');
    expect(finishingStatus('in_progress', '2026-03-09', TODAY)).toBe('in_progress');
  });
});
