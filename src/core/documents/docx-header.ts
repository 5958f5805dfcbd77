import type { Paragraph } from 'docx';
import type { DocModel } from './model';
import { KIND_NAMES } from './kinds';
import { numberLine, placeDateLine, textWidthTwips } from './nd30';
import { centred, rule, twoColumns } from './docx-parts';

export const QUOC_HIEU = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const TIEU_NGU = 'Độc lập - Tự do - Hạnh phúc';

/** The letterhead of Phụ lục III: issuer, rule and number on the left; Quốc hiệu, Tiêu ngữ, rule and place-date on the right. */
export function letterhead(doc: DocModel, textWidth: number) {
  const left = Math.round(textWidth * 0.42);
  const right = textWidth - left;
  const issuerName = doc.issuer.name.toUpperCase();
  // Rule under the issuing body: 1/3 to 1/2 of its text (we take 40 %).
  const issuerRule = Math.min(Math.round(left * 0.5), Math.round(textWidthTwips(issuerName, 12, true) * 0.4));
  const leftTop = [
    ...(doc.issuer.parent ? [centred(doc.issuer.parent.toUpperCase(), { size: 12 })] : []),
    centred(issuerName, { size: 12, bold: true }),
    rule(issuerRule, left),
  ];
  const rightTop = [
    centred(QUOC_HIEU, { size: 12, bold: true }),
    centred(TIEU_NGU, { size: 13, bold: true }),
    // Rule under the Tiêu ngữ: as long as the text.
    rule(Math.min(right, textWidthTwips(TIEU_NGU, 13, true)), right),
  ];
  const leftBottom = [centred(numberLine(doc.number, doc.symbol, doc.kind), { size: 13 }, { before: 120 })];
  if (doc.kind === 'CV')
    leftBottom.push(centred(`V/v ${doc.title.replace(/^V\/v\s*/i, '')}`, { size: 12 }, { before: 120 }));
  const rightBottom = [
    centred(placeDateLine(doc.place, doc.date), { size: 14, italics: true }, { before: 120 }),
  ];
  return twoColumns(
    [left, right],
    [
      [leftTop, rightTop],
      [leftBottom, rightBottom],
    ],
  );
}

/** Tên loại and trích yếu, bold and centred, with a rule of 1/3–1/2 under the trích yếu; none for a công văn. */
export function typeAndTitle(doc: DocModel, textWidth: number): Paragraph[] {
  const name = KIND_NAMES[doc.kind];
  if (!name) return [];
  const titleWidth = Math.min(textWidth, textWidthTwips(doc.title, 14, true));
  return [
    centred(name, { size: 14, bold: true }, { before: 360 }),
    centred(doc.title, { size: 14, bold: true }),
    rule(Math.round(Math.max(titleWidth * 0.4, 1200)), textWidth),
  ];
}
