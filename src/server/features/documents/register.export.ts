import ExcelJS from 'exceljs';
import type { Db } from '../../platform/database';
import type { RegisterEntry } from '../../../contracts/documents';
import { tableDate } from '../../../core/dates/vn-dates';
import type { Actor } from '../../platform/actor';
import { resolveUnit } from '../units/units.service';
import { defaultIssuingUnit } from './documents.service';
import { assertViewsDocuments } from './documents.policy';
import { registerOf } from './register.repo';
import { registerExportMessages as m } from './register-export.messages';

export interface Register {
  unitCode: string;
  unitName: string;
  year: number;
  entries: RegisterEntry[];
}

/** The outgoing register of a unit (default: the reader's own unit) for a year, within the view scope. */
export async function readRegister(
  db: Db,
  actor: Actor,
  query: { unit?: string | undefined; year: number; confidential?: boolean | undefined },
  today: string,
): Promise<Register> {
  const unit = query.unit ? await resolveUnit(db, query.unit, today) : await defaultIssuingUnit(db, actor);
  assertViewsDocuments(actor, unit.path);
  const rows = await registerOf(db, unit.id, query.year, query.confidential ?? false);
  return {
    unitCode: unit.code,
    unitName: unit.fullName,
    year: query.year,
    entries: rows.map((r) => ({
      sequence: r.sequence,
      number: r.number,
      issuedDate: r.issuedDate,
      kindAndTitle: r.kindAndTitle,
      signer: r.signer,
      recipients: r.recipients,
      archiveHolder: r.archiveHolder,
      copies: r.copies,
      sentDate: r.sentDate,
      receivedBy: r.receivedBy,
      notes: r.notes,
      documentId: r.documentId,
    })),
  };
}

/** Phụ lục IV: the ten columns of the Sổ đăng ký văn bản đi, as an office would print it. */
const COLUMNS = m.columns;

export async function registerWorkbook(register: Register): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(m.sheetName(register.year), {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.mergeCells(1, 1, 1, COLUMNS.length);
  sheet.getCell(1, 1).value = m.title(register.year, register.unitName);
  sheet.getCell(1, 1).font = { name: 'Times New Roman', size: 14, bold: true };
  sheet.getCell(1, 1).alignment = { horizontal: 'center' };
  const header = sheet.getRow(3);
  COLUMNS.forEach(([title, width], i) => {
    header.getCell(i + 1).value = title;
    sheet.getColumn(i + 1).width = width;
  });
  header.font = { name: 'Times New Roman', size: 11, bold: true };
  header.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  const number = sheet.getRow(4);
  COLUMNS.forEach((_, i) => (number.getCell(i + 1).value = i + 1));
  number.alignment = { horizontal: 'center' };
  for (const e of register.entries) {
    const row = sheet.addRow([
      e.number,
      tableDate(e.issuedDate),
      e.kindAndTitle,
      e.signer,
      e.recipients,
      e.archiveHolder ?? '',
      e.copies ?? '',
      e.sentDate ? tableDate(e.sentDate) : '',
      e.receivedBy ?? '',
      e.notes ?? '',
    ]);
    row.font = { name: 'Times New Roman', size: 11 };
    row.alignment = { vertical: 'top', wrapText: true };
  }
  const thin = { style: 'thin' as const };
  for (let r = 3; r <= sheet.rowCount; r++) {
    for (let c = 1; c <= COLUMNS.length; c++)
      sheet.getCell(r, c).border = { top: thin, bottom: thin, left: thin, right: thin };
  }
  sheet.views = [{ state: 'frozen', ySplit: 4 }];
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
