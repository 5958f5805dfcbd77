import type { TaskDeadline } from '../../../contracts/plans';
import { parseTimePhrase, type TimePhrase } from '../../../core/dates/time-phrases';
import { tableDate } from '../../../core/dates/vn-dates';
import { plansVi } from '../../i18n/plans.vi';
import { planYearOf } from '../../../core/dates/vn-dates';

const t = plansVi.deadline;

/** What a deadline field shows under the text: the dates it means, and a warning when it was not fully understood. */
export interface DeadlineReading {
  phrase: TimePhrase;
  /** "Từ 01/01/2025 đến 31/03/2025"; null when the text names no date. */
  summary: string | null;
  /** Orange: the parser's own warning, or ours when it named no date at all. */
  warning: string | null;
}

/** Reads a deadline as typed, against the plan's year for phrases that leave it out ("Quý I"). */
export function readDeadline(raw: string, year: number): DeadlineReading {
  const phrase = parseTimePhrase(raw, { year });
  const parts: string[] = [];
  if (phrase.from && phrase.to) parts.push(t.range(tableDate(phrase.from), tableDate(phrase.to)));
  else if (phrase.to) parts.push(t.until(tableDate(phrase.to)));
  else if (phrase.from) parts.push(t.from(tableDate(phrase.from)));
  if (phrase.recurrence) parts.push(t.recurrence(t.recurrences[phrase.recurrence] ?? phrase.recurrence));
  let warning = phrase.warning;
  if (!warning && phrase.kind === 'unknown') warning = t.notUnderstood;
  if (!warning && phrase.kind !== 'none' && phrase.kind !== 'relative' && parts.length === 0)
    warning = t.noDates;
  return { phrase, summary: parts.length > 0 ? parts.join('; ') : null, warning };
}

/** The deadline as the API takes it: the text as typed, with the dates when we understood them (else the server tries). */
export function deadlineInput(raw: string, year: number): TaskDeadline | null {
  const text = raw.trim();
  if (text === '') return null;
  const { from, to } = parseTimePhrase(text, { year });
  return from || to ? { raw: text, from, to } : { raw: text };
}

/** The year a plan is about: "… năm 2025" in its title, else the given year (today's). */
export function planYear(title: string, fallback: number): number {
  return planYearOf(null, title) ?? fallback;
}
