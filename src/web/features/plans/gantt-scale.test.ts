import { describe, expect, it } from 'vitest';
import type { Task } from '../../../contracts/plans';
import { ganttBars, ganttScale } from './gantt-scale';

const task = (over: Partial<Task>): Task => ({
  id: 1,
  planId: 1,
  planTitle: 'KH',
  planNumber: null,
  planStatus: 'in_progress',
  position: 1,
  text: 'Việc',
  lead: [],
  support: [],
  deadline: null,
  status: 'not_started',
  progress: 0,
  progressMode: 'status',
  overdue: false,
  parentTaskId: null,
  warning: null,
  updatedAt: '2025-01-01T00:00:00Z',
  ...over,
});
const deadline = (from: string | null, to: string | null) => ({
  raw: 'x',
  from,
  to,
  kind: 'range',
  recurrence: null,
});

describe('ganttScale', () => {
  it('is null without dates', () => {
    expect(ganttScale([])).toBeNull();
  });

  it('spans whole months from the earliest to the latest date, with one tick per month', () => {
    const scale = ganttScale(['2025-03-31', '2025-01-15'], 900)!;
    expect(scale.start).toBe('2025-01-01');
    expect(scale.end).toBe('2025-03-31');
    expect(scale.pxPerDay).toBe(10);
    expect(scale.width).toBe(900);
    expect(scale.ticks.map((t) => [t.month, t.x])).toEqual([
      [1, 0],
      [2, 310],
      [3, 590],
    ]);
    expect(scale.x('2025-01-15')).toBe(140);
    expect(scale.span('2025-01-01', '2025-01-31')).toBe(310);
  });

  it('crosses a year end and keeps at least 1.5 px a day on long plans', () => {
    const scale = ganttScale(['2024-11-20', '2027-02-01'], 720)!;
    expect(scale.ticks[0]).toMatchObject({ month: 11, year: 2024 });
    expect(scale.ticks[2]).toMatchObject({ month: 1, year: 2025, iso: '2025-01-01' });
    expect(scale.ticks.at(-1)).toMatchObject({ month: 2, year: 2027 });
    expect(scale.pxPerDay).toBe(1.5);
  });
});

describe('ganttBars', () => {
  it('starts a bar at the plan date when the deadline has no start, and counts tasks without dates', () => {
    const { bars, undated } = ganttBars(
      [
        task({ id: 1, deadline: deadline(null, '2025-04-24') }),
        task({ id: 2, deadline: deadline('2025-01-01', '2025-03-31'), status: 'done', progress: 100 }),
        task({ id: 3, deadline: null }),
        task({ id: 4, deadline: deadline('2025-02-01', '2025-02-28'), parentTaskId: 2 }),
      ],
      '2025-02-10',
    );
    expect(bars.map((b) => [b.taskId, b.from, b.to])).toEqual([
      [1, '2025-02-10', '2025-04-24'],
      [2, '2025-01-01', '2025-03-31'],
    ]);
    expect(undated).toBe(1);
  });

  it('never draws a bar backwards when the plan date is after the deadline', () => {
    const { bars } = ganttBars([task({ deadline: deadline(null, '2025-01-05') })], '2025-03-01');
    expect(bars[0]).toMatchObject({ from: '2025-01-05', to: '2025-01-05' });
  });
});
