import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  WidthType,
  type TextRun,
} from 'docx';
import { formalDate } from '../dates/vn-dates';
import type { DocModel, DocSection } from './model';
import { addresseeLines, labelLevel, legalBasisLines, numberLine } from './nd30';
import { body, centred, rule, run } from './docx-parts';
import { printedSections } from './plan-parts';

function sectionParagraphs(section: DocSection, size: number): Paragraph[] {
  const level = labelLevel(section.label);
  const label = section.label ? `${section.label} ` : '';
  const out: Paragraph[] = [];
  if (section.title) {
    // I. bold upper case; 1. bold when titled; a) and lower as written.
    const title = level === 1 ? section.title.toUpperCase() : section.title;
    const isBold = level <= 2;
    const isItalic = level === 3;
    const runs: TextRun[] = [run(`${label}${title}`, { size, bold: isBold, italics: isItalic })];
    if (section.text) runs.push(run(` ${section.text}`, { size }));
    out.push(body(runs, { keepNext: section.children.length > 0 }));
  } else if (section.text !== null || section.label) {
    out.push(body([run(`${label}${section.text ?? ''}`, { size })]));
  }
  for (const child of section.children) out.push(...sectionParagraphs(child, size));
  return out;
}

/** Kính gửi, for Tờ trình, Báo cáo to a superior and Công văn (Phụ lục I, element 9a). */
function addressees(doc: DocModel, size: number): Paragraph[] {
  if (doc.recipientsTo.length === 0) return [];
  const lines = addresseeLines(doc.recipientsTo);
  if (lines.length === 1) return [centred(lines[0]!, { size }, { before: 240, after: 120 })];
  return [
    centred(lines[0]!, { size }, { before: 240 }),
    ...lines.slice(1).map((l) => new Paragraph({ indent: { left: 2880 }, children: [run(l, { size })] })),
  ];
}

function labelled(label: string, value: string, size: number) {
  return body([run(`${label}: `, { size }), run(value, { size })]);
}

/** The body of Giấy mời, Mẫu 1.7. */
function invitationBody(doc: DocModel, size: number): Paragraph[] {
  const inv = doc.invitation!;
  const host = inv.host ?? doc.issuer.name;
  return [
    body([
      run(`${host} trân trọng kính mời: `, { size }),
      run(inv.invitee ?? '……………………………………………', { size, bold: !!inv.invitee }),
    ]),
    body([run(`Tới dự ${inv.event.replace(/[.;]\s*$/, '')}.`, { size })]),
    ...(inv.chair ? [labelled('Chủ trì', inv.chair, size)] : []),
    labelled('Thời gian', inv.time, size),
    labelled('Địa điểm', inv.place, size),
    ...(inv.closing ? [body([run(inv.closing, { size })])] : []),
  ];
}

/** The opening of Biên bản, Mẫu 1.9. */
function minutesOpening(doc: DocModel, size: number): Paragraph[] {
  const m = doc.minutes!;
  return [
    labelled('Thời gian bắt đầu', m.startTime, size),
    labelled('Địa điểm', m.place, size),
    body([run('Thành phần tham dự:', { size })]),
    ...m.attendees.map((a) => body([run(`- ${a}`, { size })])),
    labelled('Chủ trì', m.chair, size),
    labelled('Thư ký (người ghi biên bản)', m.secretary, size),
    body([run('Nội dung (theo diễn biến cuộc họp/hội nghị/hội thảo):', { size })]),
  ];
}

function minutesClosing(doc: DocModel, size: number): Paragraph[] {
  return [body([run(`Cuộc họp kết thúc vào ${doc.minutes!.endTime}./.`, { size })])];
}

/** Quyết định: the authority line, căn cứ, "QUYẾT ĐỊNH:", then Điều 1., Điều 2., … */
function decisionArticles(doc: DocModel, size: number): Paragraph[] {
  return [
    centred('QUYẾT ĐỊNH:', { size, bold: true }, { before: 240, after: 120 }),
    ...doc.decision!.articles.flatMap((article, i) => [
      body([run(`Điều ${i + 1}. `, { size, bold: true }), run(article.text, { size })]),
      ...article.items.map((item) => body([run(item, { size })])),
    ]),
  ];
}

/** The attached list of a Quyết định, on its own page: title, "(Kèm theo Quyết định số …)", a bordered table. */
export function decisionAppendix(doc: DocModel, textWidth: number): (Paragraph | Table)[] {
  const att = doc.decision?.attachment;
  if (!att) return [];
  const ref = `(Kèm theo Quyết định số ${numberLine(doc.number, doc.symbol, doc.kind).replace(/^Số:\s*/, '')} ${doc.date ? formalDate(doc.date) : 'ngày … tháng … năm …'} của ${doc.decision!.authorityLine})`;
  const single = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
  const borders = {
    top: single,
    bottom: single,
    left: single,
    right: single,
    insideHorizontal: single,
    insideVertical: single,
  };
  const widths: number[] = att.columns.map((_, i) => (i === 0 && att.columns.length > 2 ? 1000 : 0));
  const rest = Math.floor(
    (textWidth - widths.reduce((a, b) => a + b, 0)) / widths.filter((w) => w === 0).length,
  );
  const columnWidths = widths.map((w) => (w === 0 ? rest : w));
  const cell = (text: string, width: number, isHeader: boolean) =>
    new TableCell({
      width: { size: width, type: WidthType.DXA },
      children: [
        new Paragraph({
          alignment: isHeader ? AlignmentType.CENTER : AlignmentType.LEFT,
          children: [run(text, { size: 13, bold: isHeader })],
        }),
      ],
    });
  return [
    new Paragraph({
      pageBreakBefore: true,
      alignment: AlignmentType.CENTER,
      children: [run(att.title.toUpperCase(), { size: 14, bold: true })],
    }),
    centred(ref, { size: 14, italics: true }),
    rule(1600, textWidth),
    new Paragraph({}),
    new Table({
      layout: TableLayoutType.FIXED,
      width: { size: textWidth, type: WidthType.DXA },
      columnWidths,
      borders,
      rows: [
        new TableRow({
          tableHeader: true,
          children: att.columns.map((c, i) => cell(c, columnWidths[i]!, true)),
        }),
        ...att.rows.map(
          (r) => new TableRow({ children: columnWidths.map((w, i) => cell(r[i] ?? '', w, false)) }),
        ),
      ],
    }),
  ];
}

/** Everything between the trích yếu and the closing block. */
export function documentBody(doc: DocModel, size: number): Paragraph[] {
  const out: Paragraph[] = [];
  if (doc.kind === 'QĐ' && doc.decision)
    out.push(centred(doc.decision.authorityLine.toUpperCase(), { size, bold: true }, { before: 240 }));
  out.push(...addressees(doc, size));
  const bases = legalBasisLines(doc.legalBases);
  out.push(...bases.map((b) => body([run(b, { size, italics: true })])));
  if (doc.kind === 'GM' && doc.invitation) out.push(...invitationBody(doc, size));
  if (doc.kind === 'BB' && doc.minutes) out.push(...minutesOpening(doc, size));
  if (doc.kind === 'QĐ' && doc.decision) out.push(...decisionArticles(doc, size));
  for (const section of printedSections(doc)) out.push(...sectionParagraphs(section, size));
  if (doc.kind === 'BB' && doc.minutes) out.push(...minutesClosing(doc, size));
  return out;
}
