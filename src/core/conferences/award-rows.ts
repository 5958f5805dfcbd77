import { foldVietnamese } from '../vn-text/fold';
import type { AwardeeKind } from './roll-call-docx';

/** The columns of the awards sheet, in the template's order. */
export const AWARD_COLUMNS = [
  'Đợt',
  'Người trao',
  'Loại',
  'Tên',
  'Chức vụ, đơn vị / Địa chỉ',
  'Hình thức khen thưởng',
  'Số quyết định',
] as const;

type Field = 'batch' | 'presenter' | 'kind' | 'name' | 'detail' | 'awardForm' | 'decisionNumber';

// Tried in this order on each folded header, so "Tên" is not taken by "Chức vụ, đơn vị" or "Người trao".
const HEADERS: [Field, RegExp][] = [
  ['batch', /^(dot|dot khen thuong|dot trao)\b/],
  ['presenter', /\b(nguoi trao|lanh dao trao|trao thuong)\b/],
  ['kind', /^(loai|doi tuong|loai khen thuong)\b/],
  ['awardForm', /\bhinh thuc\b|\bdanh hieu\b/],
  ['decisionNumber', /\bquyet dinh\b|^so qd\b/],
  ['name', /^(ten|ho va ten|ho ten)\b/],
  ['detail', /\b(chuc vu|dia chi|don vi)\b/],
];

const LIMITS: Record<Field, number> = {
  batch: 500,
  presenter: 300,
  kind: 50,
  name: 300,
  detail: 500,
  awardForm: 300,
  decisionNumber: 100,
};

const LABELS: Record<Field, string> = {
  batch: 'Đợt',
  presenter: 'Người trao',
  kind: 'Loại',
  name: 'Tên',
  detail: 'Chức vụ, đơn vị / Địa chỉ',
  awardForm: 'Hình thức khen thưởng',
  decisionNumber: 'Số quyết định',
};

/** "Tập thể", "Cá nhân", "Hộ gia đình" (and "Hộ"), folded; null when unknown. */
export function awardeeKindOf(text: string): AwardeeKind | null {
  const key = foldVietnamese(text);
  if (/^(tap the|to chuc|don vi)\b/.test(key)) return 'collective';
  if (/^ca nhan\b/.test(key)) return 'individual';
  if (/^ho( gia dinh)?\b/.test(key)) return 'household';
  return null;
}

export interface AwardRow {
  row: number;
  batch: string;
  presenter: string | null;
  kind: AwardeeKind;
  name: string;
  detail: string | null;
  awardForm: string;
  decisionNumber: string | null;
}

export interface AwardRowsResult {
  rows: AwardRow[];
  errors: { row: number; message: string }[];
}

/** The batch title given to rows before any "Đợt" is written. */
export const DEFAULT_BATCH = 'Khen thưởng';

/**
 * Reads the awards sheet as rows of cell texts (row numbers from 1, as the spreadsheet shows them): the header is
 * found by its names within the first 10 rows; an empty "Đợt" or "Người trao" continues the row above (merged cells);
 * a row without a name, an award form or a known kind is reported and the others are kept. Never throws.
 */
export function readAwardRows(sheet: string[][]): AwardRowsResult {
  const errors: AwardRowsResult['errors'] = [];
  let columns: Partial<Record<Field, number>> | null = null;
  let headerIndex = -1;
  for (let r = 0; r < Math.min(sheet.length, 10) && !columns; r++) {
    const found: Partial<Record<Field, number>> = {};
    (sheet[r] ?? []).forEach((cell, c) => {
      const key = foldVietnamese(cell ?? '');
      if (!key) return;
      const hit = HEADERS.find(([field, re]) => found[field] === undefined && re.test(key));
      if (hit) found[hit[0]] = c;
    });
    if (found.name !== undefined && found.awardForm !== undefined) {
      columns = found;
      headerIndex = r;
    }
  }
  if (!columns) {
    errors.push({
      row: 0,
      message: `Không thấy dòng tiêu đề có cột "Tên" và "Hình thức khen thưởng" trong 10 dòng đầu (mẫu: ${AWARD_COLUMNS.join(' | ')}).`,
    });
    return { rows: [], errors };
  }
  const cols = columns;
  const rows: AwardRow[] = [];
  let batch = DEFAULT_BATCH;
  let presenter: string | null = null;
  for (let r = headerIndex + 1; r < sheet.length; r++) {
    const cells = sheet[r] ?? [];
    const get = (field: Field) => {
      const index = cols[field];
      return index === undefined ? '' : (cells[index] ?? '').replace(/\s+/g, ' ').trim();
    };
    if (cells.every((c) => !(c ?? '').trim())) continue;
    const rowNumber = r + 1;
    const batchText = get('batch');
    // Too long is reported on the row that wrote it; the rows continuing the batch keep what fits.
    if (batchText && batchText.slice(0, LIMITS.batch) !== batch) {
      batch = batchText.slice(0, LIMITS.batch);
      presenter = null;
    }
    if (get('presenter')) presenter = get('presenter').slice(0, LIMITS.presenter);
    const problems: string[] = [];
    if (!get('name')) problems.push('thiếu tên');
    if (!get('awardForm')) problems.push('thiếu hình thức khen thưởng');
    const kindText = get('kind');
    const kind = kindText ? awardeeKindOf(kindText) : null;
    if (!kind)
      problems.push(
        kindText
          ? `loại "${kindText}" không rõ (Tập thể, Cá nhân hoặc Hộ gia đình)`
          : 'thiếu loại (Tập thể, Cá nhân hoặc Hộ gia đình)',
      );
    for (const field of Object.keys(LIMITS) as Field[])
      if (get(field).length > LIMITS[field])
        problems.push(`cột "${LABELS[field]}" dài quá ${LIMITS[field]} ký tự`);
    if (problems.length > 0) {
      const name = get('name');
      errors.push({
        row: rowNumber,
        message: `${name ? `"${name}": ` : ''}${problems.join('; ')}.`.replace(/^./, (c) => c.toUpperCase()),
      });
      continue;
    }
    rows.push({
      row: rowNumber,
      batch,
      presenter,
      kind: kind!,
      name: get('name'),
      detail: get('detail') || null,
      awardForm: get('awardForm'),
      decisionNumber: get('decisionNumber') || null,
    });
  }
  return { rows, errors };
}
