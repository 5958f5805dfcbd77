import { formalDate } from '../dates/vn-dates';

/**
 * The number line: "Số: 05/KH-UBND". NĐ 30/2020, Phụ lục I: numbers under 10 take a leading zero;
 * a draft without a number leaves room for it before the ký hiệu.
 */
export function numberLine(number: string | null, symbol: string | null | undefined, kind: string): string {
  if (!number) return `Số:        /${symbol ?? kind}`;
  const compact = number.replace(/\s+/g, '');
  const match = /^(\d+)(\/.*)?$/.exec(compact);
  if (!match) return `Số: ${compact}`;
  return `Số: ${match[1]!.padStart(2, '0')}${match[2] ?? ''}`;
}

/** "Quyết Thắng, ngày 28 tháng 02 năm 2023"; a draft without a date leaves the day and month blank. */
export function placeDateLine(place: string, date: string | null): string {
  return date ? `${place}, ${formalDate(date)}` : `${place}, ngày      tháng      năm        `; // a draft: written in by hand at signing, the same whatever today is
}

/**
 * The Nơi nhận list: "- X;" per line, the last one "- Lưu: VT, ….". Adds the dash and the closing
 * punctuation the rule asks for, and a "Lưu: VT." line when there is none.
 */
export function recipientLines(recipients: string[]): string[] {
  const cleaned = recipients
    .map((r) =>
      r
        .trim()
        .replace(/^[-–•+]\s*/, '')
        .replace(/[;.,]+\s*$/, ''),
    )
    .filter(Boolean);
  if (!cleaned.some((r) => /^Lưu\b/i.test(r))) cleaned.push('Lưu: VT');
  const archive = cleaned.filter((r) => /^Lưu\b/i.test(r));
  const others = cleaned.filter((r) => !/^Lưu\b/i.test(r));
  return [
    ...others.map((r) => `- ${r};`),
    ...archive.map((r, i) => `- ${r}${i === archive.length - 1 ? '.' : ';'}`),
  ];
}

/** "Kính gửi" lines: one recipient on the same line ending "."; several as "- X;" lines, the last ending ".". */
export function addresseeLines(recipientsTo: string[]): string[] {
  const cleaned = recipientsTo
    .map((r) =>
      r
        .trim()
        .replace(/^[-–•+]\s*/, '')
        .replace(/[;.,]+\s*$/, ''),
    )
    .filter(Boolean);
  if (cleaned.length === 1) return [`Kính gửi: ${cleaned[0]}.`];
  return ['Kính gửi:', ...cleaned.map((r, i) => `- ${r}${i === cleaned.length - 1 ? '.' : ';'}`)];
}

/** Căn cứ: one per line ending ";", the last ending "." (Phụ lục I, element 6). */
export function legalBasisLines(bases: string[]): string[] {
  const cleaned = bases.map((b) => b.trim().replace(/[;.,]+\s*$/, '')).filter(Boolean);
  return cleaned.map((b, i) => `${b}${i === cleaned.length - 1 ? '.' : ';'}`);
}

// Average advance widths of Times New Roman in em, for sizing rule lines under text.
const WIDTH_EM = { upper: 0.7, lower: 0.47, space: 0.25, other: 0.5 };

/** Approximate printed width of a line in twips (1/20 pt), for the rule lines of the header. */
export function textWidthTwips(text: string, sizePt: number, bold = false): number {
  let em = 0;
  for (const ch of text.normalize('NFC')) {
    if (ch === ' ') em += WIDTH_EM.space;
    else if (ch !== ch.toLowerCase()) em += WIDTH_EM.upper;
    else if (ch !== ch.toUpperCase()) em += WIDTH_EM.lower;
    else em += WIDTH_EM.other;
  }
  return Math.round(em * sizePt * 20 * (bold ? 1.05 : 1));
}

const ROMAN = /^[IVXLC]+\.?$/;

/** Heading level of a printed label: "I." 1, "1." or "1.1" 2, "a)" 3, "-", "+", "*" or none 4. */
export function labelLevel(label: string | null): 1 | 2 | 3 | 4 {
  if (!label) return 4;
  if (ROMAN.test(label)) return 1;
  if (/^\d+(\.\d+)*\.?$/.test(label)) return 2;
  if (/^[a-zđ]\)$/i.test(label)) return 3;
  return 4;
}
