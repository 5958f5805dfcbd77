/** The two-column blocks of NĐ 30 (letterhead at the top, Nơi nhận beside the signature at the bottom) put back in order. */
import { KIND_NAMES } from '../documents/kinds';
import { foldVietnamese } from '../vn-text/fold';
import type { ImportWarning, PlanLine } from './plan-draft';
import { fold, isUpperText } from './line-kinds';
import type { RawLine } from './normalise';

const KIND_KEYS = Object.entries(KIND_NAMES)
  .filter((entry): entry is [string, string] => entry[1] !== null)
  .map(([code, name]) => ({ code, name, key: foldVietnamese(name) }))
  .sort((a, b) => b.key.length - a.key.length);

/** Annex III code of a tên loại line ("KẾ HOẠCH" → "KH"), or null. */
export function kindOfHeading(text: string): string | null {
  if (!isUpperText(text)) return null;
  const key = foldVietnamese(text);
  return KIND_KEYS.find((k) => k.key === key)?.code ?? null;
}

/**
 * Index of the tên loại line among the first lines (splitting "KẾ HOẠCH Tổ chức ..." in two), or -1.
 */
export function findKindHeading(lines: RawLine[]): number {
  const limit = Math.min(lines.length, 40);
  for (let i = 0; i < limit; i++) {
    const line = lines[i]!;
    if (kindOfHeading(line.text)) return i;
    for (const k of KIND_KEYS) {
      const head = line.text.slice(0, k.name.length);
      const rest = line.text.slice(k.name.length).trim();
      if (foldVietnamese(head) !== k.key || !isUpperText(head) || rest === '' || /^\p{Ll}/u.test(rest))
        continue;
      if (isUpperText(rest.split(' ')[0] ?? '')) continue;
      lines.splice(i, 1, { ...line, text: head, columns: [head] }, { ...line, text: rest, columns: [rest] });
      return i;
    }
  }
  return -1;
}

const NATIONAL = /cong hoa xa hoi chu nghia viet nam|doc lap\s*[-–—]\s*tu do\s*[-–—]\s*hanh phuc/g;
const NUMBER =
  /^(?:so|số)\s*:?\s*(?<n>\d{0,6}[a-zđ]?)\s*(?:\/\s*(?<sym>[\p{L}\d][\p{L}\d&.-]*[\p{L}\d]|\p{L}))?\s*(?<rest>.*)$/iu;
const DATE_START = /(?:^|\s)(?=[^\s,]+(?:\s[^\s,]+){0,4},\s*ngày\s)|(?=ngày\s+\d{1,2}\s+tháng)/iu;
const HAS_YEAR = /năm\s+\d{4}|\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}/iu;

/**
 * The letterhead as issuer lines, then "Số: N/KH-X", then "Địa danh, ngày ... năm ...": Quốc hiệu and Tiêu ngữ
 * dropped, a number split from its ký hiệu ("Số: 25" ... "/KH-PGD&ĐT") stitched back.
 */
export function arrangeLetterhead(lines: RawLine[], warnings: ImportWarning[]): PlanLine[] {
  const pieces: PlanLine[] = [];
  for (const l of lines) {
    for (const column of l.columns.length > 1 ? l.columns : [l.text]) {
      const folded = fold(column);
      let text = '';
      let last = 0;
      for (const m of folded.matchAll(NATIONAL)) {
        text += `${column.slice(last, m.index)} `;
        last = m.index + m[0].length;
      }
      text = (text + column.slice(last))
        .replace(/[-_=]{3,}/g, ' ')
        .replace(/\s+/g, ' ')
        .trim();
      if (text !== '' && /\p{L}|\d/u.test(text)) pieces.push({ text, line: l.line });
    }
  }
  // "Số:   25": the gap split the label from its number into two columns.
  for (let i = pieces.length - 2; i >= 0; i--) {
    if (/^s[oố]\s*:?$/iu.test(pieces[i]!.text) && /^[\d/]/.test(pieces[i + 1]!.text)) {
      pieces[i] = { ...pieces[i]!, text: `${pieces[i]!.text} ${pieces[i + 1]!.text}` };
      pieces.splice(i + 1, 1);
    }
  }
  let number: PlanLine | null = null;
  let date: PlanLine | null = null;
  const issuer: PlanLine[] = [];
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i]!;
    const m = /^s[oố]\s*:/iu.test(piece.text) ? NUMBER.exec(piece.text) : null;
    if (m?.groups && !number) {
      let sym = m.groups.sym ?? '';
      let rest = m.groups.rest ?? '';
      if (sym === '') {
        // "Số: 25" and, lines later, "/KH-PGD&ĐT": the two columns were read across.
        const at = pieces.findIndex((p, j) => j > i && /^\/\s*[\p{L}\d&.-]+/u.test(p.text));
        if (at > 0) {
          const sm = /^\/\s*([\p{L}\d&.-]*[\p{L}\d])\s*(.*)$/u.exec(pieces[at]!.text);
          sym = sm?.[1] ?? '';
          pieces[at] = { ...pieces[at]!, text: sm?.[2] ?? '' };
          warnings.push({
            line: piece.line,
            message: `Số và ký hiệu bị tách dòng; đã ghép thành “${m.groups.n}/${sym}”.`,
          });
        }
      }
      number = { text: `Số: ${m.groups.n ?? ''}/${sym}`, line: piece.line };
      const dateAt = rest.search(DATE_START);
      if (dateAt >= 0 && rest.trim() !== '') {
        pieces.splice(i + 1, 0, { text: rest.slice(dateAt).trim(), line: piece.line });
        rest = rest.slice(0, dateAt);
      }
      if (rest.trim() !== '') pieces.splice(i + 1, 0, { text: rest.trim(), line: piece.line });
      continue;
    }
    if (!date && /,\s*ngày(?:\s|$)|^ngày\s+\d/iu.test(piece.text)) {
      let text = piece.text;
      // "Hà Nội, ngày 05 tháng" + "3 năm 2020": a date split over lines.
      for (let j = i + 1; !HAS_YEAR.test(text) && j < pieces.length && j <= i + 3; j++) {
        text = `${text} ${pieces[j]!.text}`;
        pieces[j] = { ...pieces[j]!, text: '' };
      }
      const start = text.search(DATE_START);
      if (start > 0) issuer.push({ text: text.slice(0, start).trim(), line: piece.line });
      date = { text: text.slice(Math.max(start, 0)).trim(), line: piece.line };
      continue;
    }
    if (piece.text !== '') issuer.push(piece);
  }
  return [...issuer.filter((p) => p.text !== ''), ...(number ? [number] : []), ...(date ? [date] : [])];
}

const SIGNER_TOKEN = /\s(?=(?:TM|KT|TL|TUQ|Q)\.\s*\p{Lu})/u;

/**
 * "- Lưu: VT. PHÓ CHỦ TỊCH" → ["- Lưu: VT.", "PHÓ CHỦ TỊCH"]: the longest head "-…" ending in . ; or ), then spaces,
 * then an upper-case tail (two letters or more; spaces and dots between). The tail can only lie in the run of
 * upper-case letters, spaces and dots that ends the text, found once; /^(-.*[.;)])\s+(\p{Lu}[\p{Lu}\s.]*\p{Lu})$/u
 * scanned that run again from every "." of a long head.
 */
function splitUpperTail(text: string): [head: string, tail: string] | null {
  if (!text.startsWith('-') || !/\p{Lu}$/u.test(text)) return null;
  const from = Math.max(1, /(?<![\p{Lu}\s.])[\p{Lu}\s.]*$/u.exec(text)!.index - 1);
  const lineBreak = text.search(/[\n\r\u2028\u2029]/u); // the head's "." stopped at one
  let cut: [string, string] | null = null;
  for (const m of text.slice(from).matchAll(/[.;)]\s+(?=\p{Lu})/gu)) {
    const end = from + m.index + 1;
    const start = from + m.index + m[0].length;
    const second = start + (text.codePointAt(start)! > 0xffff ? 2 : 1);
    if (second < text.length && (lineBreak < 0 || lineBreak >= end))
      cut = [text.slice(0, end), text.slice(start)];
  }
  return cut;
}

/** Nơi nhận and the signature block, read across as one column: each part on its own line. */
export function splitClosingColumns(lines: RawLine[]): PlanLine[] {
  const out: PlanLine[] = [];
  for (const l of lines) {
    for (const column of l.columns.length > 1 ? l.columns : [l.text]) {
      let text = column.replace(/\s+/g, ' ').trim();
      const parts: string[] = [];
      for (let at = text.search(SIGNER_TOKEN); at > 0; at = text.search(SIGNER_TOKEN)) {
        parts.push(text.slice(0, at));
        text = text.slice(at + 1);
      }
      // "- Lưu: VT. PHÓ CHỦ TỊCH": an upper-case title read onto a recipient line.
      const tail = splitUpperTail(text);
      if (tail && tail[1].includes(' ') && isUpperText(tail[1])) parts.push(tail[0], tail[1]);
      else parts.push(text);
      for (const p of parts) if (p.trim() !== '') out.push({ text: p.trim(), line: l.line });
    }
  }
  return out;
}
