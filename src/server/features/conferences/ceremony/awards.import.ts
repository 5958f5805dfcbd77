import ExcelJS from 'exceljs';
import { AppError } from '../../../platform/errors';
import type { Db } from '../../../platform/database';
import { AwardsBody, type AwardImportResult } from '../../../../contracts/conferences';
import { AWARD_COLUMNS, readAwardRows, type AwardRow } from '../../../../core/conferences/award-rows';
import { foldVietnamese } from '../../../../core/vn-text/fold';
import type { Actor } from '../../../platform/actor';
import { parseRunner } from '../../imports/parse-runner';
import { assertChangesConference, requireConference } from '../conference/conference-access.service';
import { awardsAsBody, loadAwards, saveAwards } from './awards.service';
import { awardsImportMessages as m, awardsTemplateMessages as t } from './ceremony.messages';

/** An awards sheet is at most 5 MB. */
export const MAX_AWARDS_BYTES = 5 * 1024 * 1024;

/** Appends imported rows to the stored batches: a batch with the same title (folded) takes them, else a new one. */
export function appendRows(current: AwardsBody, rows: AwardRow[]): AwardsBody {
  const batches = current.batches.map((b) => ({ ...b, awardees: [...b.awardees] }));
  for (const row of rows) {
    let batch = batches.find((b) => foldVietnamese(b.title) === foldVietnamese(row.batch));
    if (!batch) {
      batch = { title: row.batch, presenter: row.presenter, awardees: [] };
      batches.push(batch);
    }
    if (!batch.presenter && row.presenter) batch.presenter = row.presenter;
    batch.awardees.push({
      kind: row.kind,
      name: row.name,
      detail: row.detail,
      awardForm: row.awardForm,
      decisionNumber: row.decisionNumber,
    });
  }
  return { batches };
}

/**
 * POST .../awards/import: the rows of an xlsx appended in file order (then called in the batch's call order); rows
 * without a name, award form or kind are reported and the rest are saved in one transaction.
 */
export async function importAwards(
  db: Db,
  actor: Actor,
  conferenceId: number,
  read: () => Promise<{ fileName: string; data: Buffer }>,
): Promise<AwardImportResult> {
  const conference = await requireConference(db, conferenceId);
  assertChangesConference(actor, conference);
  const file = await read();
  if (file.data.length > MAX_AWARDS_BYTES) throw new AppError('PAYLOAD_TOO_LARGE', m.tooLarge);
  // Read in a parse worker (awards-sheet.import.ts), never on the event loop.
  const { rows, errors } = readAwardRows(await parseRunner().readSheet('awards', file.data));
  if (rows.length === 0) return { imported: 0, errors };
  const merged = AwardsBody.safeParse(appendRows(awardsAsBody(await loadAwards(db, conferenceId)), rows));
  if (!merged.success)
    throw new AppError(
      'VALIDATION_FAILED',
      m.overLimits,
      merged.error.issues.slice(0, 5).map((i) => ({ path: i.path.join('.'), message: i.message })),
    );
  await saveAwards(db, actor, conference, merged.data, 'awards.import', {
    imported: rows.length,
    refused: errors.length,
    fileName: file.fileName,
  });
  return { imported: rows.length, errors };
}

/** The template: the header row, a list for "Loại", and a sheet explaining each column. */
export async function awardsTemplate(): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = t.creator;
  const sheet = book.addWorksheet(t.sheet);
  const widths = [24, 28, 14, 34, 40, 40, 20];
  const font = { name: 'Times New Roman', size: 12 };
  AWARD_COLUMNS.forEach((name, i) => {
    const cell = sheet.getCell(1, i + 1);
    cell.value = name;
    cell.font = { ...font, bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    sheet.getColumn(i + 1).width = widths[i]!;
    sheet.getColumn(i + 1).font = font;
  });
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  for (let r = 2; r <= 1000; r++)
    sheet.getCell(r, 3).dataValidation = {
      type: 'list',
      allowBlank: true,
      formulae: [t.kinds],
    };
  const help = book.addWorksheet(t.helpSheet);
  help.getColumn(1).width = 110;
  t.help.forEach((line, i) => {
    const cell = help.getCell(i + 1, 1);
    cell.value = line;
    cell.font = font;
    cell.alignment = { wrapText: true };
  });
  return Buffer.from(await book.xlsx.writeBuffer());
}
