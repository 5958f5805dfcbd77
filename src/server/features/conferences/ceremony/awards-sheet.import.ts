import type ExcelJS from 'exceljs';
import { AppError } from '../../../platform/errors';
import { readXlsxStream, tooManyRows } from '../xlsx-stream.import';
import { awardsSheetMessages as m } from './ceremony.messages';

/** More rows than any ceremony calls: a sheet past this is a wrong file, and its reading stops there. */
export const MAX_AWARDS_ROWS = 20_000;

/**
 * The first sheet's cells as text, rows numbered as the spreadsheet shows them (index 0 = row 1). The workbook is
 * streamed after the zip guard; a sheet with more than MAX_AWARDS_ROWS rows is refused (413 `too_many_rows`) as
 * soon as the stream reaches the row past the cap. Read in a parse worker (imports/parse-runner.ts `readSheet`).
 */
export async function readAwardsSheet(data: Buffer): Promise<string[][]> {
  // An xlsx is a zip: refused by its bytes before ExcelJS reads it.
  if (data[0] !== 0x50 || data[1] !== 0x4b) throw new AppError('UNSUPPORTED_MEDIA_TYPE', m.notXlsx);
  let sheets;
  try {
    sheets = await readXlsxStream(data, {
      text: cellText,
      sheets: 1,
      onRow: (_sheet, row) => {
        if (row > MAX_AWARDS_ROWS) throw tooManyRows(MAX_AWARDS_ROWS);
        return 'keep';
      },
    });
  } catch (error) {
    if (error instanceof AppError && (error.code === 'PAYLOAD_TOO_LARGE' || error.code === 'RATE_LIMITED'))
      throw error;
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', m.unreadable);
  }
  const sheet = sheets[0];
  if (!sheet) throw new AppError('UNSUPPORTED_MEDIA_TYPE', m.noSheet);
  const last = Math.max(0, ...sheet.rows.keys());
  return Array.from({ length: last }, (_, i) => sheet.rows.get(i + 1) ?? []);
}

function cellText(cell: ExcelJS.Cell): string {
  const value = cell.value;
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  // Rich text, hyperlinks and formulas: the text the sheet shows.
  if (typeof value === 'object') return cell.text;
  return String(value);
}
