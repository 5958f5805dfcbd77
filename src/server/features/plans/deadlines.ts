import { parseTimePhrase, type TimePhrase } from '../../../core/dates/time-phrases';
import type { TaskDeadline } from '../../../contracts/plans';

export interface StoredDeadline {
  raw: string;
  kind: TimePhrase['kind'];
  from: string | null;
  to: string | null;
  recurrence: string | null;
  warning: string | null;
}

/**
 * A task's deadline as stored: the text is always kept; dates given by the caller win over the parse, which fills
 * what is missing and says when the text was not understood.
 */
export function storedDeadline(input: TaskDeadline | null | undefined, year: number): StoredDeadline | null {
  if (!input || (!input.raw && !input.from && !input.to)) return null;
  const parsed = parseTimePhrase(input.raw, { year });
  const from = input.from !== undefined ? input.from : parsed.from;
  const to = input.to !== undefined ? input.to : parsed.to;
  const given = input.from != null || input.to != null;
  return {
    raw: input.raw,
    kind: given && parsed.kind === 'unknown' ? (from && to && from !== to ? 'range' : 'date') : parsed.kind,
    from: from ?? null,
    to: to ?? null,
    recurrence: parsed.recurrence,
    warning: given ? null : parsed.warning,
  };
}
