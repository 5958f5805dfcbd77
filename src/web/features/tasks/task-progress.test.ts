import { describe, expect, it } from 'vitest';
import { previewProgress, progressChange, progressFromStatus } from './task-progress';

const task = { status: 'in_progress' as const, progress: 50, progressMode: 'status' as const };

describe('progressFromStatus', () => {
  it.each([
    ['not_started', 0],
    ['in_progress', 50],
    ['done', 100],
    ['done_late', 100],
    ['paused', 30],
  ] as const)('%s gives %i%% (from 30%%)', (status, expected) => {
    expect(progressFromStatus(status, 30)).toBe(expected);
  });
});

describe('progressChange', () => {
  it('is null when nothing changed', () => {
    expect(progressChange(task, { status: 'in_progress', mode: 'status', value: 80 })).toBeNull();
  });

  it('sends the status alone when progress follows it', () => {
    expect(progressChange(task, { status: 'done', mode: 'status', value: 50 })).toEqual({ status: 'done' });
  });

  it('sends a number when progress is set by hand', () => {
    expect(progressChange(task, { status: 'in_progress', mode: 'manual', value: 50 })).toEqual({
      progress: 50,
    });
  });

  it('sends null to return from by hand to by status', () => {
    expect(
      progressChange(
        { ...task, progressMode: 'manual', progress: 70 },
        { status: 'in_progress', mode: 'status', value: 70 },
      ),
    ).toEqual({ progress: null });
  });

  it('sends a changed hand value', () => {
    expect(
      progressChange(
        { ...task, progressMode: 'manual', progress: 70 },
        { status: 'in_progress', mode: 'manual', value: 80 },
      ),
    ).toEqual({ progress: 80 });
  });
});

describe('previewProgress', () => {
  it('follows the chosen status, or the slider by hand', () => {
    expect(previewProgress(task, { status: 'done', mode: 'status', value: 10 })).toBe(100);
    expect(previewProgress(task, { status: 'done', mode: 'manual', value: 10 })).toBe(10);
  });
});
