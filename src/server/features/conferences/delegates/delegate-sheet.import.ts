import type ExcelJS from 'exceljs';
import { AppError } from '../../../platform/errors';
import { foldVietnamese } from '../../../../core/vn-text/fold';
import type { DelegateField, SheetRead, SheetRow } from '../../../../core/conferences/delegate-sheet';

export type { DelegateField, SheetRead, SheetRow };
import { isGuardedXlsx, readXlsxStream, tooManyRows } from '../xlsx-stream.import';
import { DELEGATE_COLUMN_TITLES as T } from './delegates-export.messages';
import { delegatesMessages } from './delegates.messages';

export const MAX_DELEGATE_IMPORT_BYTES = 5 * 1024 * 1024;
/** More rows than any conference invites: a file past this is a wrong file, not a list. */
export const MAX_DELEGATE_IMPORT_ROWS = 20_000;

/** The column headings of the template, in its order; `labels` are what people write instead (folded). */
export const DELEGATE_COLUMNS: {
  field: DelegateField | 'index';
  title: string;
  width: number;
  match: RegExp;
}[] = [
  { field: 'index', title: T.index, width: 6, match: /^(stt|tt|so tt|so thu tu)$/ },
  {
    field: 'name',
    title: T.name,
    width: 26,
    match: /^(ho (va )?ten|ten dai bieu|dai bieu|ho ten dai bieu)\b/,
  },
  { field: 'position', title: T.position, width: 28, match: /^chuc (vu|danh)\b/ },
  { field: 'unit', title: T.unit, width: 32, match: /^(don vi|co quan|noi cong tac)\b/ },
  { field: 'phone', title: T.phone, width: 14, match: /^(dien thoai|so dien thoai|sdt|dt|di dong)\b/ },
  { field: 'email', title: T.email, width: 26, match: /^(e ?mail|thu dien tu|hop thu)\b/ },
  { field: 'group', title: T.group, width: 24, match: /^(nhom|thanh phan)\b/ },
  { field: 'point', title: T.point, width: 24, match: /^diem cau\b/ },
  { field: 'seat', title: T.seat, width: 10, match: /^(cho ngoi|so ghe|ghe)\b/ },
  { field: 'note', title: T.note, width: 20, match: /^ghi chu\b/ },
];

/**
 * An upload is an Excel workbook when its bytes are a zip holding xl/workbook.xml (not its name), checked by the zip
 * guard: a zip bomb is refused (413) rather than called "not a workbook".
 */
export async function isXlsx(bytes: Buffer): Promise<boolean> {
  return isGuardedXlsx(bytes);
}

/** The text of a cell whatever it holds: a number, rich text, a hyperlink, a formula's result, a date. */
export function cellText(cell: ExcelJS.Cell): string {
  try {
    const value = cell.value as unknown;
    return valueText(value).normalize('NFC').replace(/\s+/g, ' ').trim();
  } catch {
    return '';
  }
}

function valueText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date)
    return Number.isNaN(value.getTime())
      ? ''
      : `${String(value.getUTCDate()).padStart(2, '0')}/${String(value.getUTCMonth() + 1).padStart(2, '0')}/${value.getUTCFullYear()}`;
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if (Array.isArray(v.richText))
      return (v.richText as { text?: unknown }[]).map((r) => valueText(r?.text)).join('');
    if ('result' in v) return valueText(v.result);
    if ('formula' in v || 'sharedFormula' in v) return '';
    if ('text' in v) return valueText(v.text);
    if ('error' in v) return '';
  }
  return '';
}

/** Which field each column holds, when this row is the header (a name column and at least one other). */
function headerOf(texts: string[]): Map<number, DelegateField | 'index'> | null {
  const map = new Map<number, DelegateField | 'index'>();
  const seen = new Set<string>();
  texts.forEach((text, i) => {
    const key = foldVietnamese(text);
    if (!key) return;
    const column = DELEGATE_COLUMNS.find((c) => c.match.test(key));
    if (!column || seen.has(column.field)) return;
    seen.add(column.field);
    map.set(i, column.field);
  });
  return seen.has('name') && [...seen].filter((f) => f !== 'index').length >= 2 ? map : null;
}

const HEADING = /^([IVXLC]+|[A-ZĐ])[.)]\s+\S/u;

/** Rows of a sheet read above its header: titles, a line under them, the header itself. */
const HEADER_WITHIN = 30;

/**
 * Reads the delegates of a workbook: the first sheet with a header row (found by its names in any order, under
 * any title rows), then one entry per row below it. The workbook is streamed (ExcelJS's streaming reader, after the
 * zip guard) and the read stops at the row cap: a sheet with more than MAX_DELEGATE_IMPORT_ROWS rows below its
 * header is refused (413 `too_many_rows`) as soon as the stream passes it, before the rest is inflated.
 * Never throws for what the file holds: an unreadable workbook or a missing header is an AppError the person can
 * act on; a bad row is left to the caller's checks.
 */
export async function readDelegateSheet(bytes: Buffer): Promise<SheetRead> {
  const headers = new Map<number, number>();
  const sheets = await readXlsxStream(bytes, {
    text: cellText,
    onRow: (sheet, row, texts) => {
      let headerRow = headers.get(sheet) ?? 0;
      if (!headerRow && row <= HEADER_WITHIN && headerOf(texts)) headers.set(sheet, (headerRow = row));
      // No header in the first rows: not a list, its rows are not kept; a long one is still too long to read.
      if (row - (headerRow || HEADER_WITHIN) > MAX_DELEGATE_IMPORT_ROWS)
        throw tooManyRows(MAX_DELEGATE_IMPORT_ROWS);
      return headerRow || row <= HEADER_WITHIN ? 'keep' : 'drop';
    },
  });
  for (const sheet of sheets) {
    const read = readSheet(sheet.rows);
    if (read) return read;
  }
  throw new AppError('VALIDATION_FAILED', delegatesMessages.noHeaderRow);
}

function readSheet(sheetRows: Map<number, string[]>): SheetRead | null {
  const numbers = [...sheetRows.keys()].sort((a, b) => a - b);
  if (numbers.length === 0) return null;
  const width = Math.max(0, ...[...sheetRows.values()].map((t) => t.length));
  if (width === 0) return null;
  const texts = (r: number) => {
    const row = sheetRows.get(r) ?? [];
    return Array.from({ length: width }, (_, i) => row[i] ?? '');
  };
  let header: Map<number, DelegateField | 'index'> | null = null;
  let headerRow = 0;
  for (const r of numbers) {
    if (r > HEADER_WITHIN || header) break;
    header = headerOf(texts(r));
    headerRow = r;
  }
  if (!header) return null;
  const rows: SheetRow[] = [];
  let section: string | undefined;
  for (const r of numbers) {
    if (r <= headerRow) continue;
    const rowTexts = texts(r);
    const filled = rowTexts.filter(Boolean);
    if (filled.length === 0) continue;
    const entry: SheetRow = { row: r };
    let index = '';
    for (const [column, field] of header)
      if (field === 'index') index = rowTexts[column] ?? '';
      else if (rowTexts[column]) entry[field] = rowTexts[column];
    // The template's example rows ("Ví dụ" in the STT column).
    if (/^(vi du|vd)\b/.test(foldVietnamese(index))) continue;
    // A row of column numbers under the header ("1 2 3 ..."): nothing to read.
    if (filled.every((t) => /^\(?\d+\)?$/.test(t))) continue;
    // "I. ĐẠI BIỂU CẤP TỈNH" across the row: a heading naming the group of the rows below it.
    const distinct = new Set(filled);
    if (distinct.size === 1 && (filled.length > 1 || HEADING.test(filled[0]!))) {
      section = filled[0]!.replace(/^([IVXLC]+|[A-ZĐ]|\d+)[.)]\s+/u, '').trim();
      continue;
    }
    if (section) entry.section = section;
    rows.push(entry);
  }
  return { rows };
}
