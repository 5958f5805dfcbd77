/** Deadline phrases of government plans ("trước ngày 25/4/2020", "Quý I năm 2023") read as date ranges. */
import { addDays, dayBefore } from './vn-dates';
import {
  MAX_OCCURRENCES,
  iso,
  lastDay,
  isYear,
  readIso,
  yearBounds,
  num,
  months,
  SEP,
  PERIOD,
  parsePeriod,
  type Span,
  type Period,
  type Groups,
} from './time-periods';

/** How often a recurring task comes back ("hằng tháng" → 'monthly'). */
export type Recurrence = 'daily' | 'weekly' | 'monthly' | 'quarterly' | 'yearly';

/** A deadline phrase read from a plan; the raw text is always kept beside the dates. */
export interface TimePhrase {
  raw: string; // the input, trimmed, NFC-normalised, whitespace collapsed
  kind: 'date' | 'range' | 'recurring' | 'relative' | 'none' | 'unknown';
  from: string | null; // 'YYYY-MM-DD'
  to: string | null; // 'YYYY-MM-DD' — the deadline
  recurrence: Recurrence | null;
  relative: { event: 'conference' | 'event'; days: number; direction: 'before' | 'after' } | null;
  warning: string | null; // Vietnamese; set when kind is 'unknown' or when a year had to be assumed
}

// ---------------------------------------------------------------- phrases

const quoted = (raw: string): string => `"${raw.length > 80 ? `${raw.slice(0, 79)}…` : raw}"`;
const warnUnknown = (raw: string): string =>
  `Không hiểu mốc thời gian ${quoted(raw)}; giữ nguyên văn bản gốc.`;
const warnNoYear = (raw: string): string =>
  `Mốc thời gian ${quoted(raw)} không ghi năm; giữ nguyên văn bản gốc.`;
const warnAssumed = (raw: string, y: number): string =>
  `Mốc thời gian ${quoted(raw)} không ghi năm; tạm lấy năm ${y}.`;
const warnInvalid = (raw: string): string =>
  `Mốc thời gian ${quoted(raw)} có ngày tháng không hợp lệ; giữ nguyên văn bản gốc.`;
const warnReversed = (raw: string): string =>
  `Mốc thời gian ${quoted(raw)} có ngày bắt đầu sau ngày kết thúc; giữ nguyên văn bản gốc.`;

function make(raw: string, fields: Partial<Omit<TimePhrase, 'raw'>>): TimePhrase {
  return {
    raw,
    kind: 'unknown',
    from: null,
    to: null,
    recurrence: null,
    relative: null,
    warning: null,
    ...fields,
  };
}

const unknown = (raw: string, warning = warnUnknown(raw)): TimePhrase => make(raw, { warning });

/** "chậm nhất", "hạn chót", "đến" close at the period's end; "trước" closes the day before it starts. */
function prefixRole(prefix: string | undefined): 'plain' | 'deadline' | 'before' {
  if (prefix === undefined || /^(?:trong|vao)/.test(prefix)) return 'plain';
  return /truoc$/.test(prefix) ? 'before' : 'deadline';
}

function buildSingle(g: Groups, raw: string, contextYear: number | null): TimePhrase {
  const period = parsePeriod(g.p);
  if (!period) return unknown(raw);
  const year = period.year ?? contextYear;
  if (year === null) return unknown(raw, warnNoYear(raw));
  const warning = period.year === null ? warnAssumed(raw, year) : null;
  const span = period.span(year);
  if (!span) return unknown(raw, warnInvalid(raw));
  const role = prefixRole(g.pre);
  if (role === 'before') return make(raw, { kind: 'date', to: dayBefore(span.from), warning });
  if (role === 'deadline' || period.shape === 'deadline')
    return make(raw, { kind: 'date', to: span.to, warning });
  return make(raw, { kind: period.shape === 'day' ? 'date' : 'range', ...span, warning });
}

/** "từ 01/3 đến 15/3/2021": a year written on one end is carried to the other. */
function buildRange(start: Period | null, end: Period | null, raw: string, contextYear: number | null) {
  if (!start || !end) return unknown(raw);
  const written = end.year ?? start.year;
  const year = written ?? contextYear;
  if (year === null) return unknown(raw, warnNoYear(raw));
  let from = start.span(start.year ?? year);
  let to = end.span(end.year ?? year);
  if (from && to && from.from > to.to) {
    // "từ 01/12 đến 15/01/2022" crosses a new year.
    if (start.year === null) from = start.span(year - 1);
    else if (end.year === null) to = end.span(year + 1);
  }
  if (!from || !to) return unknown(raw, warnInvalid(raw));
  if (from.from > to.to) return unknown(raw, warnReversed(raw));
  const warning = written === null ? warnAssumed(raw, year) : null;
  return make(raw, { kind: 'range', from: from.from, to: to.to, warning });
}

function buildRelative(g: Groups, raw: string): TimePhrase {
  const days = Number(g.days);
  if (!(days >= 1)) return unknown(raw);
  const event = g.event?.startsWith('hoi nghi') ? 'conference' : 'event';
  const direction = g.dir === 'sau' ? 'after' : 'before';
  return make(raw, { kind: 'relative', relative: { event, days, direction } });
}

const RECURRENCES: Partial<Record<string, Recurrence>> = {
  ngay: 'daily',
  tuan: 'weekly',
  thang: 'monthly',
  quy: 'quarterly',
  nam: 'yearly',
};

const PREFIX = String.raw`cham\s+nhat(?:\s+(?:la|vao|trong|den|truoc))?|han\s+chot(?:\s+(?:la|vao))?|thoi\s+han|han|(?:hoan\s+thanh\s+)?truoc|den(?:\s+het)?|khong\s+qua|trong(?:\s+suot)?|vao(?:\s+khoang)?`;
const EVENT = String.raw`(?<event>hoi\s+nghi|dai\s+hoi|su\s+kien|buoi\s+le)`;
const HOLDING = String.raw`(?:(?:ngay|khi)\s+)?(?:(?:to\s+chuc|dien\s+ra|khai\s+mac)\s+)?`;
const TO = String.raw`\s*(?:den|toi|-|–|—)\s*(?:het\s+)?`;

/**
 * "Kế hoạch số 03/KH-UBND " just before a "ngày ...": the text ends with a number and symbol (digits, "/", a letter
 * somewhere after), then perhaps a comma and spaces. The last token is found once and searched once: the pattern
 * /\d+\/[a-z0-9&./-]*[a-z][a-z0-9&./-]*,?\s*$/ it replaces tried its two overlapping runs again from every digit
 * (cubic; bounded only because findTimePhrase hands over the 60 characters before the date).
 */
function endsWithDocumentNumber(before: string): boolean {
  const token = /(?<![a-z0-9&./-])[a-z0-9&./-]*(?=,?\s*$)/.exec(before)?.[0] ?? '';
  const slash = token.search(/\d\//);
  return slash >= 0 && /[a-z]/.test(token.slice(slash + 2));
}

interface Rule {
  source: string;
  /** Whether findTimePhrase looks for it inside sentences ("theo quy định" is not a deadline there). */
  inSentences: boolean;
  build: (g: Groups, raw: string, contextYear: number | null) => TimePhrase;
  /** Inside a sentence: whether this match is a deadline, given the text just before it. */
  accept?: (g: Groups, before: string) => boolean;
}

const RULES: Rule[] = [
  {
    source: String.raw`theo\s+(?:dung\s+)?(?:quy\s+dinh|ke\s+hoach|yeu\s+cau|chi\s+dao|huong\s+dan|tien\s+do)`,
    inSentences: false,
    build: (_g, raw) => make(raw, { kind: 'none' }),
  },
  {
    source: String.raw`(?:thuc\s+hien\s+)?thuong\s+xuyen(?:\s*,?\s*lien\s+tuc)?`,
    inSentences: false,
    build: (_g, raw, y) => make(raw, y === null ? { kind: 'none' } : { kind: 'range', ...yearBounds(y) }),
  },
  {
    source: String.raw`(?:dinh\s+ky\s+)?(?:hang|moi)\s+(?<unit>ngay|tuan|thang|quy|nam)`,
    inSentences: true,
    build: (g, raw, y) =>
      make(raw, {
        kind: 'recurring',
        recurrence: RECURRENCES[g.unit ?? ''],
        ...(y === null ? {} : yearBounds(y)),
      }),
  },
  {
    source: String.raw`(?<dir>truoc|sau)\s+${HOLDING}${EVENT}\s+(?<days>\d{1,3})\s+ngay`,
    inSentences: true,
    build: buildRelative,
  },
  {
    source: String.raw`(?<dir>truoc|sau)\s+(?<days>\d{1,3})\s+ngay\s+${HOLDING}${EVENT}`,
    inSentences: true,
    build: buildRelative,
  },
  {
    source: String.raw`(?:it\s+nhat\s+)?(?<days>\d{1,3})\s+ngay\s+(?<dir>truoc|sau)\s+${HOLDING}${EVENT}`,
    inSentences: true,
    build: buildRelative,
  },
  {
    // "tháng 3 - 4/2021", "tháng 3 đến tháng 4 năm 2021"
    source: String.raw`(?:(?<from>tu)\s+)?thang\s+(?<m1>\d{1,2})${TO}(?:thang\s+)?(?<m2>\d{1,2})(?:${SEP}(?<y1>\d{4})|\s*,?\s+nam\s+(?<y2>\d{4}))?(?!\d)`,
    inSentences: true,
    build: (g, raw, y) => {
      const year = num(g.y1 ?? g.y2);
      return buildRange(
        months(Number(g.m1), Number(g.m1), null),
        months(Number(g.m2), Number(g.m2), year),
        raw,
        y,
      );
    },
  },
  {
    source: String.raw`(?:(?<from>tu)\s+)?(?<a>${PERIOD})${TO}(?<b>${PERIOD})`,
    inSentences: true,
    build: (g, raw, y) => buildRange(parsePeriod(g.a), parsePeriod(g.b), raw, y),
    accept: (g) => g.from !== undefined || !/^\d/.test(g.a ?? ''),
  },
  {
    source: String.raw`(?:(?<pre>${PREFIX})\s+)?(?<p>${PERIOD})`,
    inSentences: true,
    build: buildSingle,
    accept: (g, before) => {
      const p = g.p ?? '';
      if (g.pre !== undefined) return true;
      if (/^\d{1,2}\s*[/.-]/.test(p)) return false; // a bare 25/4 inside a sentence is too often something else
      if (/^(?:ca\s+|dau\s+|cuoi\s+)?nam/.test(p) && !/\d{4}/.test(p)) return false;
      if (/^nam/.test(p)) return false; // "phong trào năm 2023" names the campaign, it is not a deadline
      return !(p.startsWith('ngay') && endsWithDocumentNumber(before)); // "Kế hoạch số 03/KH-UBND ngày 05/01/2021"
    },
  },
];

// Words before the phrase itself ("Thời gian thực hiện: ..."), each read one way only: the separator was \s*:?\s*
// (a space could go to either \s*) and "thoi gian thuc hien" was also "thoi gian" + "thuc hien", so a line of
// them failed in 2^n ways ("thực hiện " 25 times froze the process). "thoi gian" followed by "thuc hien", "hoan
// thanh" or "to chuc" is still read, as two of these words; the separator is the same text as before.
const FILLER = String.raw`(?:(?:du\s+kien|thoi\s+gian|thuc\s+hien|hoan\s+thanh|to\s+chuc)(?:\s*:\s*|\s+)?)*`;
const COMPILED = RULES.map((rule) => ({
  ...rule,
  whole: new RegExp(`^${FILLER}(?:${rule.source})[\\s.;,:]*$`),
  inside: new RegExp(`(?<![a-z0-9])(?:${rule.source})(?![a-z0-9])`, 'g'),
}));

// ---------------------------------------------------------------- text

const normalise = (text: unknown): string =>
  typeof text === 'string' ? text.normalize('NFC').replace(/\s+/g, ' ').trim() : '';

// foldVietnamese (vn-text/fold.ts) drops the "/" of 25/4/2020 and merges spaces; this fold keeps one
// character per character so that a match in the folded text is the same slice of the raw text.
function fold(text: string): string {
  let out = '';
  for (const unit of text.split('')) {
    const base = unit === 'đ' || unit === 'Đ' ? 'd' : (unit.normalize('NFD')[0] ?? unit).toLowerCase();
    out += base.length === 1 ? base : unit;
  }
  return out;
}

function contextYear(context: { year?: number } | undefined): number | null {
  const year = context?.year;
  return typeof year === 'number' && isYear(year) ? year : null;
}

// ---------------------------------------------------------------- API

/** Reads a deadline phrase; never throws. @example parseTimePhrase("trước ngày 25/4/2020").to === "2020-04-24" */
export function parseTimePhrase(raw: string, context?: { year?: number }): TimePhrase {
  const text = normalise(raw);
  if (text === '') return make(text, { kind: 'none' });
  const folded = fold(text);
  for (const rule of COMPILED) {
    const match = rule.whole.exec(folded);
    if (match) return rule.build(match.groups ?? {}, text, contextYear(context));
  }
  return unknown(text);
}

/** Finds the first deadline phrase inside a longer sentence, e.g. "... gửi về Sở trước ngày 18/8/2020." → parse of "trước ngày 18/8/2020"; null when none. The returned raw is the matched phrase only. */
export function findTimePhrase(text: string, context?: { year?: number }): TimePhrase | null {
  const normal = normalise(text);
  const folded = fold(normal);
  let best: { index: number; length: number; rule: Rule; groups: Groups } | null = null;
  for (const rule of COMPILED) {
    if (!rule.inSentences) continue;
    rule.inside.lastIndex = 0;
    for (let match = rule.inside.exec(folded); match; match = rule.inside.exec(folded)) {
      if (best && match.index > best.index) break;
      const groups = match.groups ?? {};
      if (rule.accept && !rule.accept(groups, folded.slice(Math.max(0, match.index - 60), match.index))) {
        rule.inside.lastIndex = match.index + 1;
        continue;
      }
      if (!best || match.index < best.index || match[0].length > best.length) {
        best = { index: match.index, length: match[0].length, rule, groups };
      }
      break;
    }
  }
  if (!best) return null;
  const raw = normal.slice(best.index, best.index + best.length);
  return best.rule.build(best.groups, raw, contextYear(context));
}

/** First and last day of the calendar unit that contains a date. */
function unitOf(recurrence: Recurrence, [y, m, d]: [number, number, number]): Span {
  const today = iso(y, m, d);
  switch (recurrence) {
    case 'daily':
      return { from: today, to: today };
    case 'weekly': {
      const monday = addDays(today, -((new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7));
      return { from: monday, to: addDays(monday, 6) };
    }
    case 'monthly':
      return { from: iso(y, m, 1), to: iso(y, m, lastDay(y, m)) };
    case 'quarterly': {
      const first = m - ((m - 1) % 3);
      return { from: iso(y, first, 1), to: iso(y, first + 2, lastDay(y, first + 2)) };
    }
    case 'yearly':
      return yearBounds(y);
  }
}

/** The occurrences of a recurring phrase inside a period (e.g. the plan's year): monthly → one per month {from: first day, to: last day}; quarterly → per quarter; yearly → one per year; weekly → per ISO week (Mon–Sun); daily → per day (cap at 400). Non-recurring → [ {from,to} ] if it has a 'to', else []. */
export function occurrences(
  phrase: TimePhrase,
  period: { from: string; to: string },
): { from: string; to: string }[] {
  if (phrase.kind !== 'recurring' || phrase.recurrence === null) {
    // A deadline without a start ("trước ngày 25/4/2020") occurs on its last day.
    return phrase.to === null ? [] : [{ from: phrase.from ?? phrase.to, to: phrase.to }];
  }
  let cursor = readIso(period.from);
  if (!cursor || !readIso(period.to) || period.from > period.to) return [];
  // Whole calendar units that overlap the period: the week of 2023-01-01 starts on 2022-12-26.
  const found: Span[] = [];
  while (cursor && found.length < MAX_OCCURRENCES) {
    const unit = unitOf(phrase.recurrence, cursor);
    if (unit.from > period.to) break;
    found.push(unit);
    cursor = readIso(addDays(unit.to, 1));
  }
  return found;
}

/** A relative phrase resolved against the event's date: "trước ngày tổ chức Hội nghị 05 ngày" with 2022-01-20 → to 2022-01-15, kind 'date'. Others returned unchanged. */
export function resolveRelative(phrase: TimePhrase, eventDate: string): TimePhrase {
  const { relative } = phrase;
  if (phrase.kind !== 'relative' || relative === null) return phrase;
  if (!readIso(eventDate)) {
    return {
      ...phrase,
      warning: `Ngày diễn ra ${quoted(String(eventDate))} không hợp lệ; chưa tính được hạn.`,
    };
  }
  const days = relative.direction === 'before' ? -relative.days : relative.days;
  // The relative description stays, so the deadline can be computed again when the event moves.
  return { ...phrase, kind: 'date', from: null, to: addDays(eventDate, days) };
}
