import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import type { Db } from '../../../platform/database';
import { AppError } from '../../../platform/errors';
import type { Attendance } from '../../../../contracts/conferences';
import { tableDate } from '../../../../core/dates/vn-dates';
import type { Actor } from '../../../platform/actor';
import { canView } from '../../../platform/scope';
import { editsConference, requireConference } from '../conference/conference-access.service';
import { attendanceSummary } from './attendance.service';
import { attendanceList, type AttendanceListRow } from './checkin.repo';
import { LIST_SHEET_OPTIONS } from '../../../platform/excel';
import { attendanceExportMessages as m } from './attendance-export.messages';
import { checkinMessages as cm } from './checkin.messages';

/** The list's columns, as the report to the organising body prints them (A4 landscape). */
const COLUMNS = m.columns;

const font = { name: 'Times New Roman', size: 12 };
const thin = { style: 'thin' as const };
const border = { top: thin, bottom: thin, left: thin, right: thin };

type ListRow = AttendanceListRow;

/** "07:42 22/03/2030" in Vietnam time. */
function localTime(at: Date): string {
  const local = new Date(at.getTime() + 7 * 3600_000).toISOString();
  return `${local.slice(11, 16)} ${tableDate(local.slice(0, 10))}`;
}

function statusText(row: ListRow): string {
  if (row.status === 'present') return m.present;
  if (row.status === 'absent') return m.absent(row.reason);
  if (row.rsvp === 'no') return m.declined;
  return m.notCheckedIn;
}

const percent = (present: number, expected: number) =>
  expected === 0 ? '' : `${Math.round((present / expected) * 1000) / 10}%`;

function titleRows(sheet: ExcelJS.Worksheet, width: number, title: string, subtitle: string): void {
  sheet.mergeCells(1, 1, 1, width);
  const top = sheet.getRow(1);
  top.getCell(1).value = title;
  top.getCell(1).font = { ...font, size: 14, bold: true };
  top.getCell(1).alignment = { horizontal: 'center', wrapText: true };
  top.height = 36;
  top.commit();
  sheet.mergeCells(2, 1, 2, width);
  const sub = sheet.getRow(2);
  sub.getCell(1).value = subtitle;
  sub.getCell(1).font = { ...font, italic: true };
  sub.getCell(1).alignment = { horizontal: 'center' };
  sub.commit();
}

/** Tổng hợp: the counts the conference report quotes, in total, per point and per group. */
function summarySheet(
  book: ExcelJS.stream.xlsx.WorkbookWriter,
  counts: Attendance,
  title: string,
  subtitle: string,
) {
  const sheet = book.addWorksheet(m.summarySheet, {
    pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  [44, 14, 14, 14, 16].forEach((w, i) => (sheet.getColumn(i + 1).width = w));
  titleRows(sheet, 5, m.summaryTitle(title), subtitle);
  const table = (
    heading: string,
    rows: { label: string; expected: number; present: number; absent: number }[],
  ) => {
    const header = sheet.addRow([heading, ...m.countHeaders]);
    header.font = { ...font, bold: true };
    header.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    header.eachCell((cell) => (cell.border = border));
    header.commit();
    for (const r of rows) {
      const row = sheet.addRow([r.label, r.expected, r.present, r.absent, percent(r.present, r.expected)]);
      row.font = font;
      row.eachCell((cell) => (cell.border = border));
      row.commit();
    }
    sheet.addRow([]).commit();
  };
  sheet.addRow([]).commit();
  table(m.wholeConference, [{ label: m.allDelegates, ...counts.total }]);
  table(
    m.byPoint,
    counts.byPoint.map((p) => ({ label: p.name, ...p })),
  );
  table(
    m.byGroup,
    counts.byGroup.map((g) => ({ label: g.title, ...g })),
  );
  sheet.commit();
}

/**
 * The attendance workbook: a summary sheet with the counts for the report, and the list of delegates grouped by
 * point and group (STT, name, position, unit, group, point, status, time). Written with ExcelJS's streaming writer
 * so a national conference's 20,000 rows stay small in memory.
 */
export async function attendanceWorkbook(db: Db, actor: Actor, conferenceId: number, now: Date) {
  const conference = await requireConference(db, conferenceId);
  // The list names every delegate: the organiser and those whose scope holds the conference's area read it.
  if (!editsConference(actor, conference) && !canView(actor, conference.areaPath))
    throw new AppError('OUT_OF_SCOPE', m.outOfScope);
  const counts = await attendanceSummary(db, actor, conferenceId, now);
  const rows = await attendanceList(db, conferenceId);

  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<void>((resolve, reject) => {
    stream.on('end', resolve);
    stream.on('error', reject);
  });
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  const subtitle = m.subtitle(conference.date ? tableDate(conference.date) : null, localTime(now));
  summarySheet(book, counts, conference.title, subtitle);

  const sheet = book.addWorksheet(m.listSheet, {
    ...LIST_SHEET_OPTIONS,
    views: [{ state: 'frozen', ySplit: 4 }],
  });
  COLUMNS.forEach(([, width], i) => (sheet.getColumn(i + 1).width = width));
  titleRows(sheet, COLUMNS.length, m.listTitle(conference.title), subtitle);
  sheet.addRow([]).commit();
  const header = sheet.addRow(COLUMNS.map(([name]) => name));
  header.font = { ...font, bold: true };
  header.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  header.eachCell((cell) => (cell.border = border));
  header.commit();
  rows.forEach((r, i) => {
    const row = sheet.addRow([
      i + 1,
      r.substitute_name && r.rsvp === 'substitute'
        ? cm.substitute(r.substitute_name, r.name)
        : (r.name ?? ''),
      r.position ?? '',
      r.unit_name ?? '',
      r.group_title ?? '',
      r.point_name ?? '',
      statusText(r),
      r.at ? localTime(r.at) : '',
    ]);
    row.font = font;
    row.alignment = { vertical: 'top', wrapText: true };
    row.getCell(1).alignment = { vertical: 'top', horizontal: 'center' };
    row.eachCell({ includeEmpty: true }, (cell) => (cell.border = border));
    row.commit();
  });
  sheet.commit();
  await book.commit();
  await finished;
  return { bytes: Buffer.concat(chunks), fileName: `diem-danh-hoi-nghi-${conferenceId}.xlsx` };
}
