import { describe, expect, it } from 'vitest';
import { ProgrammeBody } from '../../../contracts/conferences';
import {
  emptyRow,
  firstSession,
  moveRow,
  programmeErrors,
  rowsToBody,
  rowTimes,
  totalMinutes,
} from './programme-state';

const rows = (...minutes: (number | '')[]) => minutes.map((m) => ({ ...emptyRow('bao_cao'), minutes: m }));
const sessions = (...starts: string[]) => starts.map((start, i) => ({ label: `Buổi ${i + 1}`, start }));

describe('rowTimes', () => {
  it.each([
    [
      'run back to back from the first session',
      sessions('07:30'),
      rows(5, 10),
      [
        ['07:30', '07:35'],
        ['07:35', '07:45'],
      ],
    ],
    [
      'an item without minutes ends the clock',
      sessions('08:00'),
      rows(15, '', 10),
      [
        ['08:00', '08:15'],
        ['08:15', null],
        [null, null],
      ],
    ],
    ['no session: no times', [], rows(5), [[null, null]]],
    [
      'a session with a bad clock is skipped',
      [{ label: 'Sáng', start: '7h' }, ...sessions('13:30')],
      rows(20),
      [['13:30', '13:50']],
    ],
  ])('%s', (_name, given, items, expected) => {
    expect(rowTimes(items, given).map((t) => [t.startsAt, t.endsAt])).toEqual(expected);
  });
});

describe('moveRow', () => {
  it.each([
    ['up', 1, -1, ['b', 'a', 'c']],
    ['down', 1, 1, ['a', 'c', 'b']],
    ['the first up: unchanged', 0, -1, ['a', 'b', 'c']],
    ['the last down: unchanged', 2, 1, ['a', 'b', 'c']],
  ] as const)('moves %s', (_name, index, delta, expected) => {
    expect(moveRow(['a', 'b', 'c'], index, delta)).toEqual(expected);
  });
});

describe('rowsToBody', () => {
  it('keeps performances only for văn nghệ and the tham luận only for a tham luận', () => {
    const body = rowsToBody([
      { ...emptyRow('van_nghe'), performances: 3, presentationId: 9 },
      { ...emptyRow('tham_luan'), title: 'Tham luận của xã Cẩm Bình', performances: 2, presentationId: 9 },
    ]);
    expect(body.items.map((i) => [i.kind, i.performances, i.presentationId])).toEqual([
      ['van_nghe', 3, null],
      ['tham_luan', null, 9],
    ]);
    expect(ProgrammeBody.safeParse(body).success).toBe(true);
  });

  it('names a new item by its kind and its usual minutes', () => {
    expect(emptyRow('chao_co')).toMatchObject({ title: 'Chào cờ', minutes: 5 });
    expect(emptyRow('other').title).toBe('');
  });
});

it('reports the rows without a title', () => {
  expect(programmeErrors([emptyRow('khai_mac'), emptyRow('other')])).toEqual({ 1: 'Nhập nội dung' });
});

it('totals the minutes and finds the first timed session', () => {
  expect(totalMinutes(rows(5, '', 20))).toBe(25);
  expect(firstSession(sessions('bad', '13:30'))?.start).toBe('13:30');
});
