import type { z } from 'zod';
import type {
  ConferenceSession,
  ItemKind,
  ProgrammeBody,
  ProgrammeItem,
} from '../../../contracts/conferences';
import { DEFAULT_MINUTES } from '../../../core/conferences/kinds';
import { clockMinutes, programmeTimes } from '../../../core/conferences/programme-times';
import { conferencesVi } from '../../i18n/conferences.vi';
import { blankToNull } from '../../ui/form-values';
import { newKey } from './conference-form-state';

/** One programme item as the tab edits it; `presenterUnitId` is kept as saved (the form names the presenter). */
export interface ProgrammeRow {
  key: string;
  kind: ItemKind;
  title: string;
  presenter: string;
  presenterUnitId: number | null;
  minutes: number | '';
  performances: number | '';
  presentationId: number | null;
  note: string;
}

export const itemsToRows = (items: ProgrammeItem[]): ProgrammeRow[] =>
  [...items]
    .sort((a, b) => a.position - b.position)
    .map((item) => ({
      key: newKey(),
      kind: item.kind,
      title: item.title,
      presenter: item.presenter ?? '',
      presenterUnitId: item.presenterUnitId,
      minutes: item.minutes ?? '',
      performances: item.performances ?? '',
      presentationId: item.presentationId,
      note: item.note ?? '',
    }));

/** A new item of a kind, titled and timed as such an item usually is. */
export const emptyRow = (kind: ItemKind = 'other'): ProgrammeRow => ({
  key: newKey(),
  kind,
  title: kind === 'other' ? '' : conferencesVi.programme.kindLabel[kind],
  presenter: '',
  presenterUnitId: null,
  minutes: DEFAULT_MINUTES[kind],
  performances: '',
  presentationId: null,
  note: '',
});

/** The rows with the one at `index` moved by `delta` places (unchanged at either end). */
export function moveRow<Row>(rows: Row[], index: number, delta: -1 | 1): Row[] {
  const target = index + delta;
  if (index < 0 || index >= rows.length || target < 0 || target >= rows.length) return rows;
  const next = [...rows];
  [next[index], next[target]] = [next[target]!, next[index]!];
  return next;
}

/** The session the times run from: the first one with a clock time. */
export function firstSession(sessions: ConferenceSession[]): ConferenceSession | null {
  return sessions.find((s) => clockMinutes(s.start) !== null) ?? null;
}

/** Clock times shown live beside each row, by the server's rule (core programmeTimes). */
export function rowTimes(rows: ProgrammeRow[], sessions: ConferenceSession[]) {
  return programmeTimes(
    firstSession(sessions)?.start ?? null,
    rows.map((row) => (row.minutes === '' ? null : row.minutes)),
  );
}

export const totalMinutes = (rows: ProgrammeRow[]): number =>
  rows.reduce((sum, row) => sum + (row.minutes === '' ? 0 : row.minutes), 0);

export function rowsToBody(rows: ProgrammeRow[]): z.input<typeof ProgrammeBody> {
  return {
    items: rows.map((row) => ({
      kind: row.kind,
      title: row.title.trim(),
      presenter: blankToNull(row.presenter),
      presenterUnit: row.presenterUnitId,
      minutes: row.minutes === '' ? null : row.minutes,
      performances: row.kind === 'van_nghe' && row.performances !== '' ? row.performances : null,
      presentationId: row.kind === 'tham_luan' ? row.presentationId : null,
      note: blankToNull(row.note),
    })),
  };
}

/** Row index → message, for the items without a title. */
export function programmeErrors(rows: ProgrammeRow[]): Record<number, string> {
  const errors: Record<number, string> = {};
  rows.forEach((row, i) => {
    if (row.title.trim() === '') errors[i] = conferencesVi.programme.missingTitle;
  });
  return errors;
}
