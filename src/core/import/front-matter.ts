/** The parts above the body (NĐ 30, items 1–6): issuer, Số/ký hiệu, place and date, tên loại, trích yếu, căn cứ. */
import { DOCUMENT_NUMBER_MAX, DOCUMENT_SYMBOL_MAX } from '../documents/issuer-abbreviation';
import { foldVietnamese } from '../vn-text/fold';
import type { ImportWarning, PlanLine } from './plan-draft';
import { kindOfHeading } from './letterhead';
import { fold, isUpperText, readLabel } from './line-kinds';

export interface FrontMatter {
  kind: string;
  kindLine: number;
  issuer: { parent: string | null; name: string };
  number: string | null;
  symbol: string | null;
  place: string;
  date: string | null;
  urgency: 'KHẨN' | 'THƯỢNG KHẨN' | 'HỎA TỐC' | null;
  title: string;
  legalBases: string[];
  /** Lines of the body, the preamble sentence ("UBND huyện ... xây dựng Kế hoạch ...") first. */
  body: PlanLine[];
}

const ISSUER_START =
  /^(?:ubnd|uy ban|so|phong|ban|bcd|trung tam|hoi dong|bo|cuc|chi cuc|tong cuc|van phong|truong|dang uy|huyen uy|tinh uy|thanh uy|thi uy|dang bo|hdnd|mttq|ubmttq|cong an|bo chi huy|ban chi huy|lien doan|doan|hoi|thanh tra|kho bac|benh vien|vien|dai|bao|cong doan|chi bo|tong lien doan)\b/;
const BASIS_START = /^(?:can cu|thuc hien|theo|trien khai|tiep theo|xet de nghi|huong dan)\b/;
const DATE_WORDS =
  /^(?<place>[^,]{1,100}),\s*ngày\s+(?<d>\d{1,2})\s+tháng\s+(?<m>\d{1,2})\s+năm\s+(?<y>\d{4})/iu;
const DATE_DIGITS =
  /^(?<place>[^,]{1,100}),\s*(?:ngày\s+)?(?<d>\d{1,2})\s*[/.-]\s*(?<m>\d{1,2})\s*[/.-]\s*(?<y>\d{4})/iu;

function isoDate(y: number, m: number, d: number): string | null {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (y < 1945 || y > 2100 || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** "Hà Nội, ngày      tháng 3 năm 2021": the place is printed, the day is left for the signer. */
const DATE_BLANK = /^(?<place>[^,\d]{1,100}),\s*ngày(?:\s|$)/iu;

/** Groups letterhead lines into bodies: "UBND HUYỆN" + "CẨM XUYÊN" is one, "PHÒNG VĂN HÓA VÀ THÔNG TIN" the next. */
function readIssuer(pieces: PlanLine[], warnings: ImportWarning[], firstLine: number) {
  const groups: string[] = [];
  for (const p of pieces) {
    const key = foldVietnamese(p.text);
    if (groups.length === 0 || ISSUER_START.test(key)) groups.push(p.text);
    else groups[groups.length - 1] += ` ${p.text}`;
  }
  if (groups.length === 0) {
    warnings.push({
      line: firstLine,
      message: 'Văn bản không có tên cơ quan ban hành (thiếu phần đầu theo NĐ 30); cần nhập tay.',
    });
    return { parent: null, name: '' };
  }
  const name = groups[groups.length - 1]!.slice(0, 200);
  const parent = groups.length > 1 ? groups.slice(0, -1).join(' ').slice(0, 200) : null;
  return { parent, name };
}

/** Splits "Căn cứ ... (giai đoạn 2000-2020). Ủy ban nhân dân huyện ban hành Kế hoạch ..." into its sentences. */
function sentences(text: string): string[] {
  const out: string[] = [];
  let last = 0;
  for (const m of text.matchAll(/[.;](?=\s+\p{Lu})/gu)) {
    const end = m.index + 1;
    // "của UBND tỉnh. Ủy ban ..." splits; "Số 366. Đường" is rare enough in a basis.
    out.push(text.slice(last, end).trim());
    last = end;
  }
  out.push(text.slice(last).trim());
  return out.filter((s) => s !== '');
}

/** "Thực hiện Kế hoạch số 154/KH-UBND ..., Sở Văn hoá và Thể thao ban hành Kế hoạch ...": basis, then preamble. */
function splitPreamble(sentence: string): [string, string | null] {
  const folded = fold(sentence);
  const m =
    /,\s+(?=[^,]{2,120}?\s(?:ban hanh|xay dung|trien khai|to chuc)\s+(?:ke hoach|chuong trinh|huong dan|thong bao))/.exec(
      folded,
    );
  if (!m) return [sentence, null];
  return [sentence.slice(0, m.index + 1).trim(), sentence.slice(m.index + 1).trim()];
}

export function readFrontMatter(lines: PlanLine[], warnings: ImportWarning[]): FrontMatter {
  const limit = Math.min(lines.length, 40);
  let kindAt = -1;
  for (let i = 0; i < limit && kindAt < 0; i++) if (kindOfHeading(lines[i]!.text)) kindAt = i;
  const firstLine = lines[0]?.line ?? 1;
  const front: FrontMatter = {
    kind: 'KH',
    kindLine: kindAt >= 0 ? lines[kindAt]!.line : firstLine,
    issuer: { parent: null, name: '' },
    number: null,
    symbol: null,
    place: '',
    date: null,
    urgency: null,
    title: '',
    legalBases: [],
    body: [],
  };
  const pieces: PlanLine[] = [];
  for (const l of kindAt >= 0 ? lines.slice(0, kindAt) : []) {
    const key = foldVietnamese(l.text);
    const number = /^s[oố]\s*:\s*(?<n>\d{0,6}[a-zđ]?)\s*\/\s*(?<sym>\S*)/iu.exec(l.text);
    const date = DATE_WORDS.exec(l.text) ?? DATE_DIGITS.exec(l.text) ?? DATE_BLANK.exec(l.text);
    if (number?.groups) {
      const sym = number.groups.sym!.replace(/(?<![.,;])[.,;]+$/, '');
      front.number = number.groups.n
        ? `${number.groups.n}/${sym.slice(0, DOCUMENT_SYMBOL_MAX)}`.slice(0, DOCUMENT_NUMBER_MAX)
        : null;
      front.symbol = sym === '' ? null : sym.slice(0, DOCUMENT_SYMBOL_MAX);
    } else if (date?.groups) {
      front.place = date.groups.place!.trim().slice(0, 100);
      const { y, m, d } = date.groups;
      front.date = y && m && d ? isoDate(Number(y), Number(m), Number(d)) : null;
      if (!front.date) warnings.push({ line: l.line, message: `Ngày ban hành “${l.text}” không hợp lệ.` });
    } else if (/^(?:khan|thuong khan|hoa toc)$/.test(key)) {
      front.urgency = key === 'khan' ? 'KHẨN' : key === 'thuong khan' ? 'THƯỢNG KHẨN' : 'HỎA TỐC';
    } else if (/^s[oố]\s*:/iu.test(l.text)) {
      warnings.push({ line: l.line, message: `Không đọc được số, ký hiệu: “${l.text}”.` });
    } else pieces.push(l);
  }
  front.issuer = readIssuer(pieces, warnings, firstLine);
  if (kindAt < 0) {
    warnings.push({
      line: firstLine,
      message: 'Không thấy tên loại văn bản (KẾ HOẠCH, ...); tạm coi là kế hoạch.',
    });
  } else front.kind = kindOfHeading(lines[kindAt]!.text) ?? 'KH';
  if (!front.number && !front.symbol)
    warnings.push({ line: firstLine, message: 'Văn bản không ghi số, ký hiệu.' });
  if (!front.date)
    warnings.push({ line: firstLine, message: 'Văn bản không ghi địa danh, ngày tháng ban hành.' });

  let at = kindAt + 1;
  // Trích yếu: the line under the tên loại, with the next ones when it is printed in capitals over several lines.
  const titleLines: string[] = [];
  if (kindAt >= 0 && lines[at] && !readLabel(lines[at]!.text)) {
    titleLines.push(lines[at]!.text);
    at++;
    while (
      lines[at] &&
      isUpperText(titleLines[0]!) &&
      isUpperText(lines[at]!.text) &&
      !readLabel(lines[at]!.text)
    ) {
      titleLines.push(lines[at]!.text);
      at++;
    }
  }
  front.title = titleLines.join(' ').slice(0, 1000);
  if (front.title === '')
    warnings.push({ line: front.kindLine, message: 'Không thấy trích yếu (tên kế hoạch).' });

  let isBasisZone = true;
  for (; at < lines.length; at++) {
    const l = lines[at]!;
    if (!isBasisZone || readLabel(l.text)) break;
    for (const sentence of sentences(l.text)) {
      const [basis, rest] = splitPreamble(sentence);
      if (isBasisZone && BASIS_START.test(fold(basis))) front.legalBases.push(basis.slice(0, 2000));
      else {
        isBasisZone = false;
        front.body.push({ text: basis, line: l.line });
      }
      if (rest) {
        isBasisZone = false;
        front.body.push({ text: rest, line: l.line });
      }
    }
    if (!isBasisZone) {
      // The rest of a preamble line that was split stays one paragraph.
      const tail = front.body.splice(front.body.findIndex((b) => b.line === l.line));
      front.body.push({ text: tail.map((b) => b.text).join(' '), line: l.line });
    }
  }
  front.body.push(...lines.slice(at));
  return front;
}
