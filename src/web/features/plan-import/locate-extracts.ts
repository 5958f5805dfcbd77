/** The parts of an imported plan that the review shows highlighted in the original lines, in legend order. */
export const EXTRACT_KINDS = [
  'number',
  'date',
  'title',
  'legalBasis',
  'target',
  'task',
  'signer',
  'recipient',
] as const;
export type ExtractKind = (typeof EXTRACT_KINDS)[number];

/** A piece the parser read, by kind and position in its list (the 3rd task is `{ kind: 'task', index: 2 }`). */
export interface Extract {
  kind: ExtractKind;
  index: number;
  text: string;
}

/** Where a piece was found: 1-based line numbers, inclusive (the numbering of the server's warnings). */
export interface Highlight {
  kind: ExtractKind;
  index: number;
  fromLine: number;
  toLine: number;
}

/** What the finder needs of an imported draft. */
export interface ExtractSource {
  number: string | null;
  date: string | null;
  title: string;
  legalBases: string[];
  targets?: { text: string }[];
  tasks?: { text: string }[];
  signer: { name: string };
  recipients: string[];
}

/**
 * Text as the search compares it: NFC, lower case, one space, no Markdown emphasis, straight quotes and dashes.
 * `normaliseForSearch(" - *Thực hiện:*  UBND ") === "- thực hiện: ubnd"`.
 */
export function normaliseForSearch(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[*_]+/g, '')
    .replace(/[“”„‟«»]/g, '"')
    .replace(/[‘’‚‛]/g, "'")
    .replace(/[‐‑‒–—]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLocaleLowerCase('vi');
}

/** A piece to look for: as a line is compared, less the closing punctuation a list item may or may not carry. */
const needleOf = (text: string) => normaliseForSearch(text).replace(/[\s;.,:]+$/, '');

// A list marker printed before a paragraph (I., 1., 1.1., a), -, +, •), which the parser leaves out of its texts.
const MARKER = /^(?:[ivxl]+\.|\d+(?:\.\d+)*\.?|[a-zđ]\)|[-+•])\s+/;

interface Span {
  line: number;
  start: number;
  end: number;
  /** The line's text without its list marker. */
  content: string;
}

/** The non-empty lines joined by one space into one searchable text, remembering where each line sits. */
class LineIndex {
  readonly text: string;
  readonly spans: Span[] = [];

  constructor(lines: readonly string[]) {
    let text = '';
    lines.forEach((raw, i) => {
      const line = normaliseForSearch(raw);
      if (line === '') return;
      if (text !== '') text += ' ';
      this.spans.push({
        line: i + 1,
        start: text.length,
        end: text.length + line.length,
        content: line.replace(MARKER, ''),
      });
      text += line;
    });
    this.text = text;
  }

  /** The position in `spans` of the line holding this offset. */
  spanAt(offset: number): number {
    let low = 0;
    let high = this.spans.length - 1;
    while (low < high) {
      const mid = Math.ceil((low + high) / 2);
      if (this.spans[mid]!.start <= offset) low = mid;
      else high = mid - 1;
    }
    return low;
  }
}

type Found = { fromSpan: number; toSpan: number; end: number };

// A piece shorter than this is only looked for whole: four words can start many sentences.
const MIN_PREFIX_WORDS = 4;
const MAX_PREFIX_WORDS = 12;

/**
 * Finds a piece: the whole text first; failing that (the parser joined, trimmed or relabelled it), its first words,
 * then every following line whose own text is part of the piece.
 */
function findPiece(index: LineIndex, needle: string, from: number, fromEnd: boolean): Found | null {
  if (needle === '' || index.spans.length === 0) return null;
  const search = (text: string) => {
    const at = fromEnd ? index.text.lastIndexOf(text) : index.text.indexOf(text, from);
    return at >= 0 || fromEnd || from === 0 ? at : index.text.indexOf(text);
  };
  const at = search(needle);
  if (at >= 0)
    return {
      fromSpan: index.spanAt(at),
      toSpan: index.spanAt(at + needle.length - 1),
      end: at + needle.length,
    };

  const words = needle.split(' ');
  for (let n = Math.min(words.length - 1, MAX_PREFIX_WORDS); n >= MIN_PREFIX_WORDS; n--) {
    const prefix = words.slice(0, n).join(' ');
    const start = search(prefix);
    if (start < 0) continue;
    const fromSpan = index.spanAt(start);
    let toSpan = index.spanAt(start + prefix.length - 1);
    while (toSpan + 1 < index.spans.length) {
      const next = index.spans[toSpan + 1]!.content;
      if (next.length < 3 || !needle.includes(next)) break;
      toSpan += 1;
    }
    return { fromSpan, toSpan, end: index.spans[toSpan]!.end };
  }
  return null;
}

/** The line of "…, ngày 28 tháng 02 năm 2023" for an ISO date, leading zeros or not. */
function findDateLine(index: LineIndex, date: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return null;
  const [, year, month, day] = match;
  const pattern = new RegExp(
    `ngày\\s*0?${Number(day)}\\s*tháng\\s*0?${Number(month)}\\s*(?:năm\\s*)?${year}`,
  );
  const span = index.spans.find((s) => pattern.test(s.content));
  return span?.line ?? null;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The number's line, spaces ignored ("1066 /KH-SGDĐT"); else the lines of its two halves, which letterheads split. */
function findNumberLines(index: LineIndex, number: string): number[] {
  const compact = (text: string) => text.replace(/\s+/g, '');
  const whole = compact(needleOf(number));
  const line = index.spans.find((s) => compact(s.content).includes(whole));
  if (line) return [line.line];
  const [digits, symbol] = whole.split('/');
  if (!digits || !symbol) return [];
  const head = index.spans.find((s) =>
    new RegExp(`^số:?${escapeRegExp(digits)}(?!\\d)`).test(compact(s.content)),
  );
  const tail = index.spans.find((s) => compact(s.content).startsWith(`/${symbol}`));
  return head && tail ? [head.line, tail.line] : [];
}

/** Every piece the review highlights, in document order by kind. */
export function extractsOf(draft: ExtractSource): Extract[] {
  const list = (kind: ExtractKind, texts: string[]) => texts.map((text, index) => ({ kind, index, text }));
  return [
    ...list('title', [draft.title]),
    ...list('legalBasis', draft.legalBases),
    ...list(
      'target',
      (draft.targets ?? []).map((t) => t.text),
    ),
    ...list(
      'task',
      (draft.tasks ?? []).map((t) => t.text),
    ),
    ...list('signer', [draft.signer.name]),
    ...list('recipient', draft.recipients),
  ].filter((extract) => needleOf(extract.text) !== '');
}

/**
 * Finds each extracted piece of a draft in the lines it was read from. Targets, tasks and legal bases are looked for
 * in order (each after the previous one); the signer and recipients from the end, where the closing is printed.
 * Returns the highlights and the pieces not found.
 */
export function locateExtracts(
  draft: ExtractSource,
  lines: readonly string[],
): { highlights: Highlight[]; missing: Extract[] } {
  const index = new LineIndex(lines);
  const highlights: Highlight[] = [];
  const missing: Extract[] = [];
  const mark = (kind: ExtractKind, i: number, fromLine: number, toLine: number) =>
    highlights.push({ kind, index: i, fromLine, toLine });

  if (draft.number) {
    const found = findNumberLines(index, draft.number);
    for (const line of found) mark('number', 0, line, line);
    if (found.length === 0) missing.push({ kind: 'number', index: 0, text: draft.number });
  }
  if (draft.date) {
    const line = findDateLine(index, draft.date);
    if (line === null) missing.push({ kind: 'date', index: 0, text: draft.date });
    else mark('date', 0, line, line);
  }

  const cursor = new Map<ExtractKind, number>();
  for (const extract of extractsOf(draft)) {
    const fromEnd = extract.kind === 'signer' || extract.kind === 'recipient';
    const found = findPiece(index, needleOf(extract.text), cursor.get(extract.kind) ?? 0, fromEnd);
    if (!found) {
      missing.push(extract);
      continue;
    }
    cursor.set(extract.kind, found.end);
    mark(extract.kind, extract.index, index.spans[found.fromSpan]!.line, index.spans[found.toSpan]!.line);
  }
  return { highlights, missing };
}

/**
 * The highlight each line shows (1-based: entry 0 is unused), the first in legend order when pieces overlap
 * (a number printed on the date's line shows as the number).
 */
export function highlightByLine(highlights: readonly Highlight[], lineCount: number): (Highlight | null)[] {
  const byLine: (Highlight | null)[] = Array.from({ length: lineCount + 1 }, () => null);
  const rank = (h: Highlight) => EXTRACT_KINDS.indexOf(h.kind);
  for (const h of highlights)
    for (let line = h.fromLine; line <= Math.min(h.toLine, lineCount); line++) {
      const current = byLine[line];
      if (!current || rank(h) < rank(current)) byLine[line] = h;
    }
  return byLine;
}
