import ExcelJS from 'exceljs';
import type { Db } from '../../../platform/database';
import type { Delegate } from '../../../../contracts/conferences';
import { tableDate } from '../../../../core/dates/vn-dates';
import type { Actor } from '../../../platform/actor';
import { assertViewsConference, requireConference } from '../conference/conference-access.service';
import { DELEGATE_COLUMNS } from './delegate-sheet.import';
import { groupsAndPointsInOrder, selectDelegates } from './delegates.repo';
import { LIST_SHEET_OPTIONS } from '../../../platform/excel';
import { EXAMPLE_MARK, SEATING_COLUMNS, delegatesExportMessages as m } from './delegates-export.messages';

const FONT = { name: 'Times New Roman', size: 12 };
const THIN = { style: 'thin' as const };
const BOX = { top: THIN, bottom: THIN, left: THIN, right: THIN };
/** Rows of the template that carry the lists of groups and points. */
const TEMPLATE_ROWS = 1000;
export { EXAMPLE_MARK };

/** GET .../delegates/template.xlsx: the header, two example rows, lists of this conference's groups and points. */
export async function delegateTemplate(db: Db, actor: Actor, conferenceId: number) {
  const conference = await requireConference(db, conferenceId);
  assertViewsConference(actor, conference);
  const { groups, points } = await groupsAndPointsInOrder(db, conferenceId);
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(m.templateSheet, { views: [{ state: 'frozen', ySplit: 1 }] });
  const lists = book.addWorksheet(m.listsSheet, { state: 'hidden' });
  const columns = DELEGATE_COLUMNS.filter((c) => c.field !== 'seat');
  columns.forEach((c, i) => {
    const cell = sheet.getRow(1).getCell(i + 1);
    cell.value = c.title;
    cell.border = BOX;
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
    sheet.getColumn(i + 1).width = c.width;
  });
  sheet.getRow(1).font = { ...FONT, bold: true };
  sheet.getRow(1).alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  const group = groups[0]?.title ?? '';
  const point = points[0]?.name ?? '';
  const examples = m.examples.map((e) => [EXAMPLE_MARK, ...e.person, group, point, e.note]);
  for (const values of examples) {
    const row = sheet.addRow(values);
    row.font = { ...FONT, italic: true, color: { argb: 'FF7F7F7F' } };
  }
  lists.getCell(1, 1).value = m.groupList;
  lists.getCell(1, 2).value = m.pointList;
  groups.forEach((g, i) => (lists.getCell(i + 2, 1).value = g.title));
  points.forEach((p, i) => (lists.getCell(i + 2, 2).value = p.name));
  const listOf = (column: 'A' | 'B', count: number) => (count > 0 ? [m.listRange(column, count)] : null);
  const validations: [number, string[] | null, string][] = [
    [columns.findIndex((c) => c.field === 'group') + 1, listOf('A', groups.length), m.groupList],
    [columns.findIndex((c) => c.field === 'point') + 1, listOf('B', points.length), m.pointList],
  ];
  for (let r = 2; r <= TEMPLATE_ROWS; r++) {
    const row = sheet.getRow(r);
    for (const [column, formulae, title] of validations)
      if (formulae)
        row.getCell(column).dataValidation = {
          type: 'list',
          allowBlank: true,
          formulae,
          showErrorMessage: true,
          errorTitle: title,
          error: m.chooseFromList(title),
        };
    // Phones keep their leading 0 when typed into a text cell.
    row.getCell(columns.findIndex((c) => c.field === 'phone') + 1).numFmt = '@';
  }
  return {
    bytes: Buffer.from(await book.xlsx.writeBuffer()),
    fileName: `mau-danh-sach-dai-bieu-${conferenceId}.xlsx`,
  };
}

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV'];
/** A, B, ... Z, AA, AB, ...: the row letter of a group's seats. */
const seatLetter = (i: number): string =>
  i < 26 ? String.fromCharCode(65 + i) : seatLetter(Math.floor(i / 26) - 1) + seatLetter(i % 26);

/**
 * Seats for one group: the delegate's own seat, else the next free "A01", "A02", ... of the group's letter. The
 * numbers are made for the printed list only; nothing is stored.
 */
export function assignSeats(delegates: Pick<Delegate, 'seat'>[], letter: string): string[] {
  const taken = new Set(delegates.map((d) => d.seat).filter(Boolean));
  let next = 0;
  return delegates.map((d) => {
    if (d.seat) return d.seat;
    let code: string;
    do code = `${letter}${String(++next).padStart(2, '0')}`;
    while (taken.has(code));
    taken.add(code);
    return code;
  });
}

/** GET .../seating.xlsx: danh sách xếp chỗ ngồi, by group in order, A4 landscape with the header repeated. */
export async function seatingWorkbook(db: Db, actor: Actor, conferenceId: number) {
  const conference = await requireConference(db, conferenceId);
  assertViewsConference(actor, conference);
  const [{ groups, points }, { items }] = await Promise.all([
    groupsAndPointsInOrder(db, conferenceId),
    selectDelegates(db, conferenceId),
  ]);
  const pointName = new Map(points.map((p) => [p.id, p.name]));
  const sections = [
    ...groups.map((g) => ({ title: g.title, delegates: items.filter((d) => d.groupId === g.id) })),
    { title: m.otherDelegates, delegates: items.filter((d) => d.groupId === null) },
  ].filter((s) => s.delegates.length > 0);

  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(m.seatingSheet, LIST_SHEET_OPTIONS);
  const width = SEATING_COLUMNS.length;
  sheet.mergeCells(1, 1, 1, width);
  sheet.getCell(1, 1).value = m.seatingTitle;
  sheet.getCell(1, 1).font = { ...FONT, size: 14, bold: true };
  sheet.getCell(1, 1).alignment = { horizontal: 'center' };
  sheet.mergeCells(2, 1, 2, width);
  sheet.getCell(2, 1).value = m.seatingSubtitle(
    conference.title,
    conference.date ? tableDate(conference.date) : null,
  );
  sheet.getCell(2, 1).font = { ...FONT, italic: true };
  sheet.getCell(2, 1).alignment = { horizontal: 'center', wrapText: true };
  sheet.getRow(2).height = 32;
  const header = sheet.getRow(4);
  SEATING_COLUMNS.forEach(([name, w], i) => {
    header.getCell(i + 1).value = name;
    header.getCell(i + 1).border = BOX;
    sheet.getColumn(i + 1).width = w;
  });
  header.font = { ...FONT, bold: true };
  header.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  sections.forEach((section, s) => {
    const heading = sheet.addRow([
      m.sectionHeading(ROMAN[s] ?? s + 1, section.title, section.delegates.length),
    ]);
    sheet.mergeCells(heading.number, 1, heading.number, width);
    heading.font = { ...FONT, bold: true };
    heading.getCell(1).border = BOX;
    const seats = assignSeats(section.delegates, seatLetter(s));
    section.delegates.forEach((d, i) => {
      const row = sheet.addRow([
        i + 1,
        seats[i],
        d.name ?? d.position ?? '',
        d.position ?? '',
        d.unitName ?? '',
        d.pointId ? (pointName.get(d.pointId) ?? '') : '',
      ]);
      row.font = d.name ? FONT : { ...FONT, italic: true };
      row.alignment = { vertical: 'top', wrapText: true };
      row.getCell(1).alignment = { vertical: 'top', horizontal: 'center' };
      row.getCell(2).alignment = { vertical: 'top', horizontal: 'center' };
      for (let c = 1; c <= width; c++) row.getCell(c).border = BOX;
    });
  });
  sheet.views = [{ state: 'frozen', ySplit: 4 }];
  return {
    bytes: Buffer.from(await book.xlsx.writeBuffer()),
    fileName: `xep-cho-ngoi-hoi-nghi-${conferenceId}.xlsx`,
  };
}
