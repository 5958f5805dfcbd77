/** Cleaning stage of the plan import: what a DOCX/PDF reader hands over becomes one logical line per paragraph. */
import type { ImportWarning, PlanLine } from './plan-draft';
import { endsSentence, endsWithConnector, fold, isUpperText, readLabel, startsLower } from './line-kinds';
import { arrangeLetterhead, findKindHeading, splitClosingColumns } from './letterhead';
import { tableLineIndexes } from './task-table';

export interface NormalisedText {
  /** One paragraph per line, NFC, single spaces, in reading order. */
  lines: string[];
  /** The 1-based input line each of `lines` starts on. */
  lineNumbers: number[];
  warnings: ImportWarning[];
}

interface RawLine extends PlanLine {
  /** A form feed or a page number came just before. */
  isAfterPageBreak: boolean;
  /** Pieces separated by 3+ spaces: the columns of a layout-preserving PDF extraction. */
  columns: string[];
}

// eslint-disable-next-line no-control-regex -- stripping control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F\u200B-\u200D\u2060\uFEFF\u00AD\uFFFD]/g;
const WIDE_SPACE = /[\t\u00A0\u2000-\u200A\u202F\u205F\u3000]/g;
const PAGE_NUMBER =
  /^(?:[-–—]\s*)?\d{1,3}(?:\s*[-–—])?$|^(?:trang|page)\s*\d{1,3}(?:\s*(?:\/|of|trên)\s*\d{1,3})?$/iu;
const TIMESTAMP =
  /^\d{4}[.\-/]\d{2}[.\-/]\d{2}[ T]\d{2}:\d{2}(?::\d{2})?(?:\s*[+-]\d{2}:?\d{2})?$|^\d{2}[.\-/]\d{2}[.\-/]\d{4}\s+\d{2}:\d{2}(?::\d{2})?(?:\s*[+-]\d{2}:?\d{2})?$/;
const SIGNATURE_STRONG = /^(?:nguoi ky|ky boi|thoi gian ky|ngay ky|signed by|signature valid)\s*:/;
const SIGNATURE_WEAK = /^(?:email|co quan|chuc vu|to chuc|don vi|thoi gian|ngay)\s*:/;

/** Markdown emphasis a DOCX converter leaves: "*Thực hiện:*", "**KẾ HOẠCH**". */
function dropEmphasis(text: string): string {
  return text
    .replace(/\*\*(?=\S)([^*]{1,300}?)\*\*/g, '$1')
    .replace(/(^|[\s(“"'-])\*(?=[^\s*])([^*]{1,300}?[^\s*])\*(?=$|[\s).,;:”"'/])/g, '$1$2')
    .replace(/(^|[\s(“"])_(?=\S)([^_]{1,300}?\S)_(?=$|[\s).,;:”"])/g, '$1$2');
}

function clean(raw: string): { text: string; columns: string[] } {
  const spaced = dropEmphasis(raw.replace(CONTROL, '').replace(WIDE_SPACE, ' '));
  const columns = spaced
    .trim()
    .split(/ {3,}/)
    .map((c) => c.trim())
    .filter((c) => c !== '');
  // "- + Lãnh đạo UBND" (a sub-bullet exported under a list dash): the inner mark is the one printed.
  const text = spaced
    .replace(/\s+/g, ' ')
    // "phòngVăn hóa": a space lost in extraction between a word and a capitalised name.
    .replace(/(?<=\p{Ll}{3})(?=\p{Lu}\p{Ll})/gu, ' ')
    .trim()
    .replace(/^[-–]\s+([+*•])\s+/, '$1 ');
  return { text, columns };
}

interface Segment extends RawLine {
  /** Blank physical lines just before. */
  blanksBefore: number;
  /** A form feed just before (none of the pieces since the last kept one had text). */
  isAfterFormFeed: boolean;
}

const BARE_NUMBER = /^\d{1,3}$/;

function readLines(text: string, warnings: ImportWarning[]): RawLine[] {
  const segments: Segment[] = [];
  let isAfterFormFeed = false;
  let blanks = 0;
  let lineNo = 0;
  for (const physical of text.split(/\r\n|\r|\n/)) {
    lineNo++;
    const pages = physical.split('\f');
    pages.forEach((segment, i) => {
      if (i > 0) isAfterFormFeed = true;
      const { text: line, columns } = clean(segment);
      if (line === '') {
        if (pages.length === 1) blanks++;
        return;
      }
      if (/^[-_=.*~…·•]{3,}$/.test(line)) return;
      segments.push({
        text: line,
        line: lineNo,
        columns,
        isAfterPageBreak: isAfterFormFeed,
        isAfterFormFeed,
        blanksBefore: blanks,
      });
      isAfterFormFeed = false;
      blanks = 0;
    });
  }
  const pageAt = pageNumbers(segments, isAfterFormFeed, blanks);
  const out: RawLine[] = [];
  let isAfterPageBreak = false;
  segments.forEach((s, i) => {
    if (pageAt.has(i)) {
      isAfterPageBreak = true;
      return;
    }
    out.push({
      text: s.text,
      line: s.line,
      columns: s.columns,
      isAfterPageBreak: isAfterPageBreak || s.isAfterFormFeed,
    });
    isAfterPageBreak = false;
  });
  dropRunningHeaders(out, warnings);
  return out;
}

/**
 * Which lines are page numbers. "- 2 -" and "Trang 2/5" always are; a bare "2" only when a form feed touches it,
 * or when it stands alone between wider gaps than the text's own line spacing. A bare number with a neighbour
 * one apart a few lines away is the row number of a table flattened one cell per line, and stays.
 */
function pageNumbers(segments: Segment[], isEndAfterFormFeed: boolean, endBlanks: number): Set<number> {
  const pages = new Set<number>();
  const gaps = segments.map((s) => s.blanksBefore).sort((a, b) => a - b);
  const spacing = gaps[Math.floor(gaps.length / 2)] ?? 0;
  const bare = segments.flatMap((s, i) => (BARE_NUMBER.test(s.text) ? [i] : []));
  const bareAt = new Map(bare.map((i, k) => [i, k]));
  // Only the neighbours within 15 lines are looked at, so a page of digits stays linear.
  const isTableRow = (i: number): boolean => {
    const k = bareAt.get(i) ?? -1;
    const isNear = (j: number | undefined): boolean =>
      j !== undefined &&
      Math.abs(segments[j]!.line - segments[i]!.line) <= 15 &&
      Math.abs(Number(segments[j]!.text) - Number(segments[i]!.text)) === 1;
    for (let d = 1; d <= 15; d++) if (isNear(bare[k - d]) || isNear(bare[k + d])) return true;
    return false;
  };
  let last: { value: number; line: number } | null = null;
  segments.forEach((s, i) => {
    if (!PAGE_NUMBER.test(s.text)) return;
    const next = segments[i + 1];
    const isTouchingFormFeed = s.isAfterFormFeed || (next ? next.isAfterFormFeed : isEndAfterFormFeed);
    let isPage = !BARE_NUMBER.test(s.text) || isTouchingFormFeed;
    if (!isPage && !isTableRow(i)) {
      const after = next ? next.blanksBefore : endBlanks;
      const isAlone = s.blanksBefore >= 1 && after >= 1 && (s.blanksBefore > spacing || after > spacing);
      const isInSequence = last !== null && Number(s.text) === last.value + 1 && s.line - last.line >= 15;
      isPage = isAlone || isInSequence;
    }
    if (!isPage) return;
    pages.add(i);
    const value = Number(/\d+/.exec(s.text)?.[0] ?? NaN);
    if (Number.isFinite(value)) last = { value, line: s.line };
  });
  return pages;
}

/** A short line printed again at several page breaks is a running header or footer. */
function dropRunningHeaders(lines: RawLine[], warnings: ImportWarning[]): void {
  const nearBreak = new Map<string, number[]>();
  lines.forEach((l, i) => {
    const isNear = l.isAfterPageBreak || lines[i + 1]?.isAfterPageBreak === true;
    if (!isNear || l.text.length > 120) return;
    nearBreak.set(l.text, [...(nearBreak.get(l.text) ?? []), i]);
  });
  const drop = new Set<number>();
  for (const [text, at] of nearBreak) {
    if (at.length < 2) continue;
    at.forEach((i) => drop.add(i));
    warnings.push({
      line: lines[at[0]!]!.line,
      message: `Đã bỏ dòng lặp lại ở đầu/cuối trang: “${text.slice(0, 60)}”.`,
    });
  }
  for (let i = lines.length - 1; i >= 0; i--) {
    if (!drop.has(i)) continue;
    if (lines[i + 1]) lines[i + 1]!.isAfterPageBreak = true;
    lines.splice(i, 1);
  }
}

/** Blocks of e-signature details ("Người ký:", "Email:", "Thời gian ký: 2020.03.27 14:26:14 +07:00") are not content. */
function dropSignatureResidue(lines: RawLine[], warnings: ImportWarning[]): RawLine[] {
  const isResidue = (l: RawLine): 'strong' | 'weak' | null => {
    const key = fold(l.text);
    if (SIGNATURE_STRONG.test(key) || TIMESTAMP.test(l.text)) return 'strong';
    // The address is one token with an "@" inside: checked to the end once (\S+@\S+$ rescanned it from each "@").
    if (/^email\s*:?\s*(?=\S*$)\S+@\S/.test(key)) return 'strong';
    if (SIGNATURE_WEAK.test(key) && l.text.length <= 160) return 'weak';
    return null;
  };
  const kinds = lines.map(isResidue);
  const drop = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    if (kinds[i] !== 'strong') continue;
    drop.add(i);
    for (let j = i - 1; j >= 0 && kinds[j] !== null; j--) drop.add(j);
    for (let j = i + 1; j < lines.length && kinds[j] !== null; j++) drop.add(j);
  }
  if (drop.size > 0) {
    const first = Math.min(...drop);
    warnings.push({ line: lines[first]!.line, message: `Đã bỏ ${drop.size} dòng thông tin chữ ký số.` });
  }
  const kept = lines.filter((_, i) => !drop.has(i));
  for (const l of kept) {
    // "... thực hiện./.*Yee*": after the closing "./." only residue of the signing software remains.
    const end = l.text.indexOf('./.');
    if (end >= 0 && end + 3 < l.text.length) {
      const tail = l.text.slice(end + 3).trim();
      if (tail.length <= 30 && !/\s\p{L}+\s\p{L}+\s/u.test(` ${tail} `)) {
        warnings.push({ line: l.line, message: `Đã bỏ phần dư “${tail}” sau dấu kết thúc “./.”.` });
        l.text = l.text.slice(0, end + 3);
      }
    }
  }
  return kept;
}

const NEVER_CONTINUES = /^(?:can cu|tren day|noi nhan|noi gui|kinh gui|tm\.|kt\.|tl\.|tuq\.|q\.|so:|phu luc)/;
const NEVER_CONTINUED = /^(?:noi nhan|noi gui|kinh gui|tm\.|kt\.|tl\.|tuq\.|q\.|phu luc)/;

/** Estimated width of a PDF text column, or null when paragraphs were not wrapped (a DOCX). */
function wrapWidth(lines: PlanLine[]): number | null {
  const lengths = lines.map((l) => l.text.length).filter((n) => n >= 40);
  if (lengths.length < 6) return null;
  lengths.sort((a, b) => a - b);
  const median = lengths[Math.floor(lengths.length / 2)]!;
  if (median > 110) return null;
  const close = lengths.filter((n) => Math.abs(n - median) <= median * 0.15).length;
  return close >= lengths.length * 0.4 ? median : null;
}

/** Joins a line wrapped mid-sentence to the one before it; the cells of a flattened table stay one per line. */
function joinWrapped(lines: PlanLine[]): PlanLine[] {
  const width = wrapWidth(lines);
  const inTable = tableLineIndexes(lines);
  const out: PlanLine[] = [];
  lines.forEach((line, i) => {
    const prev = out[out.length - 1];
    const isFree = !inTable.has(i) && !inTable.has(i - 1);
    if (prev && isFree && shouldJoin(prev.text, line.text, width)) prev.text = `${prev.text} ${line.text}`;
    else out.push({ ...line });
  });
  return out;
}

function shouldJoin(prev: string, line: string, width: number | null): boolean {
  if (readLabel(line) !== null || NEVER_CONTINUES.test(fold(line)) || NEVER_CONTINUED.test(fold(prev)))
    return false;
  // A paragraph never starts in lower case: "...Phong trào;" + "chỉ đạo xây dựng ..." is one item.
  if (/[;,]\s*$/.test(prev) && startsLower(line)) return true;
  if (endsSentence(prev)) return false;
  const prevLabel = readLabel(prev);
  // "III. ĐỊNH HƯỚNG, MỤC TIÊU THỰC HIỆN PHONG TRÀO GIAI" + "ĐOẠN 2021-2025"
  if (prevLabel?.kind === 'roman' && isUpperText(prev) && isUpperText(line)) return true;
  if (isUpperText(prev) && !isUpperText(line)) return startsLower(line);
  if (startsLower(line) || endsWithConnector(prev)) return true;
  if (/^\d/.test(line) && !readLabel(line)) return prev.length >= 30;
  return width !== null && prev.length >= width * 0.8 && (!isUpperText(line) || /[.;]\S*$/.test(line));
}

/** The cleaning stage, exported for the readers and the tests. Never throws. */
export function normalisePlanText(input: string): NormalisedText {
  const warnings: ImportWarning[] = [];
  const text = typeof input === 'string' ? input.normalize('NFC') : '';
  const raw = dropSignatureResidue(readLines(text, warnings), warnings);
  const kindAt = findKindHeading(raw);
  const closingAt = findClosing(raw, kindAt);
  const head = arrangeLetterhead(raw.slice(0, Math.max(kindAt, 0)), warnings);
  const bodyEnd = closingAt < 0 ? raw.length : closingAt;
  const body = joinWrapped(
    raw.slice(Math.max(kindAt, 0), bodyEnd).map(({ text: t, line }) => ({ text: t, line })),
  );
  const closing = closingAt < 0 ? [] : splitClosingColumns(raw.slice(closingAt));
  const all = [...head, ...body, ...closing];
  return { lines: all.map((l) => l.text), lineNumbers: all.map((l) => l.line), warnings };
}

/** Index of the "Nơi nhận" line after the heading, or -1. */
function findClosing(lines: RawLine[], from: number): number {
  for (let i = lines.length - 1; i > Math.max(from, 0); i--) {
    if (/^noi nhan\b/.test(fold(lines[i]!.text))) return i;
    if (/(?:^|(?<!\s)\s{2,}|\.\s)noi nhan\s*(?:\(|:)/.test(fold(lines[i]!.text)) && i > lines.length - 40)
      return i;
  }
  return -1;
}

export type { RawLine };
