import type { z } from 'zod';
import {
  ConferenceInput,
  type ConferenceBudget,
  type ConferenceDetail,
  type ConferenceFormat,
  type ConferenceKind,
} from '../../../contracts/conferences';
import { conferencesVi } from '../../i18n/conferences.vi';
import { blankToNull } from '../../ui/form-values';

const t = conferencesVi;

let nextKey = 0;
export const newKey = (): string => `c-row-${++nextKey}`;

export interface SessionRow {
  key: string;
  label: string;
  start: string;
  end: string;
}

/** The facts of a conference as the form edits them: numbers may be blank (''), texts are never null. */
export interface ConferenceForm {
  title: string;
  kind: ConferenceKind;
  format: ConferenceFormat;
  /** ISO yyyy-mm-dd, or '' when no single day is known yet. */
  date: string;
  dateRaw: string;
  sessions: SessionRow[];
  venue: string;
  capacity: number | '';
  chair: string;
  expectedAttendees: number | '';
}

export interface BudgetRow {
  key: string;
  text: string;
  amount: number | '';
  source: string;
}

/** Field → message; sessions are keyed `sessions.<index>.<field>`, budget rows `lines.<index>.<field>`. */
export type FormErrors = Partial<Record<string, string>>;

export const emptySession = (label: string = t.form.defaultSession, start = '07:30'): SessionRow => ({
  key: newKey(),
  label,
  start,
  end: '',
});

export function emptyConferenceForm(): ConferenceForm {
  return {
    title: '',
    kind: 'tong_ket',
    format: 'in_person',
    date: '',
    dateRaw: '',
    sessions: [emptySession()],
    venue: '',
    capacity: '',
    chair: '',
    expectedAttendees: '',
  };
}

export function detailToForm(detail: ConferenceDetail): ConferenceForm {
  return {
    title: detail.title,
    kind: detail.kind,
    format: detail.format,
    date: detail.date ?? '',
    dateRaw: detail.dateRaw ?? '',
    sessions: detail.sessions.map((s) => ({
      key: newKey(),
      label: s.label,
      start: s.start,
      end: s.end ?? '',
    })),
    venue: detail.venue ?? '',
    capacity: detail.capacity ?? '',
    chair: detail.chair ?? '',
    expectedAttendees: detail.expectedAttendees ?? '',
  };
}

const numberOrNull = (value: number | ''): number | null => (value === '' ? null : value);

/** The body the API takes: blanks become null, sessions without any text are left out. */
export function formToInput(form: ConferenceForm): z.input<typeof ConferenceInput> {
  return {
    title: form.title.trim(),
    kind: form.kind,
    format: form.format,
    date: form.date === '' ? null : form.date,
    dateRaw: blankToNull(form.dateRaw),
    sessions: form.sessions
      .filter((s) => s.label.trim() !== '' || s.start.trim() !== '' || s.end.trim() !== '')
      .map((s) => ({ label: s.label.trim(), start: s.start.trim(), end: blankToNull(s.end) })),
    venue: blankToNull(form.venue),
    capacity: numberOrNull(form.capacity),
    chair: blankToNull(form.chair),
    expectedAttendees: numberOrNull(form.expectedAttendees),
  };
}

/** Messages by field for what the contract refuses, plus a session that ends before it starts. */
export function validateConferenceForm(form: ConferenceForm): FormErrors {
  const errors: FormErrors = {};
  const input = formToInput(form);
  const parsed = ConferenceInput.safeParse(input);
  if (!parsed.success)
    for (const issue of parsed.error.issues) {
      const key = issue.path.join('.');
      errors[key] ??= issue.message;
    }
  input.sessions?.forEach((session, i) => {
    const key = `sessions.${i}.end`;
    if (session.end && session.end <= session.start && !errors[key]) errors[key] = t.form.endBeforeStart;
  });
  return errors;
}

// ---- budget (dự toán) ----

export function budgetToRows(budget: ConferenceDetail['budget']): BudgetRow[] {
  return (budget?.lines ?? []).map((line) => ({
    key: newKey(),
    text: line.text,
    amount: line.amount ?? '',
    source: line.source ?? '',
  }));
}

/** The budget as the API takes it; rows left entirely blank are dropped. */
export function rowsToBudget(rows: BudgetRow[]): ConferenceBudget {
  return {
    lines: rows
      .filter((r) => r.text.trim() !== '' || r.amount !== '' || r.source.trim() !== '')
      .map((r) => ({ text: r.text.trim(), amount: numberOrNull(r.amount), source: blankToNull(r.source) })),
  };
}

/** A row with an amount or a source but no text is refused (its index is the row's, blanks included). */
export function validateBudget(rows: BudgetRow[]): FormErrors {
  const errors: FormErrors = {};
  rows.forEach((row, i) => {
    const isBlank = row.text.trim() === '' && row.amount === '' && row.source.trim() === '';
    if (!isBlank && row.text.trim() === '') errors[`lines.${i}.text`] = t.budget.missingText;
  });
  return errors;
}

/** The sum of the amounts written (a line without an amount counts 0). */
export const budgetTotal = (rows: BudgetRow[]): number =>
  rows.reduce((sum, row) => sum + (row.amount === '' ? 0 : row.amount), 0);
