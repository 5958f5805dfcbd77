/**
 * Task assignment tables (bảng phân công nhiệm vụ) that a PDF or DOCX extraction flattened one cell per line:
 * a header run ("TT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian thực hiện", "Ghi chú"), then
 * rows that start with their number, cells one per line, long cells wrapped, empty cells sometimes missing.
 */
import type { DraftTask, ImportWarning, PlanLine } from './plan-draft';
import { deadlineOf } from './tasks';
import {
  endsWithConnector,
  fold,
  isUpperText,
  readLabel,
  splitUnits,
  startsLikeUnit,
  startsLower,
} from './line-kinds';

export type TableColumn = 'number' | 'content' | 'lead' | 'support' | 'time' | 'note' | 'other';

export interface TaskTable {
  /** Index of the first header line. */
  start: number;
  /** Index of the first row line (after the header). */
  rowsAt: number;
  /** Index after the last line of the table. */
  end: number;
  columns: TableColumn[];
}

const HEADER_CELLS: [TableColumn, RegExp][] = [
  ['number', /^(?:s?tt|so tt|so thu tu)\.?$/],
  ['support', /^(?:(?:don vi|co quan|bo phan)\s+)?phoi hop\b/],
  ['lead', /^(?:(?:don vi|co quan|bo phan)\s+)?(?:chu tri|chiu trach nhiem|phu trach)\b/],
  ['lead', /^(?:don vi|co quan|bo phan)\s+thuc hien\b/],
  ['time', /^(?:thoi gian|thoi han|thoi diem|tien do|moc thoi gian)\b/],
  ['note', /^ghi chu\b/],
  ['content', /^(?:noi dung|ten (?:cong viec|nhiem vu|hoat dong)|cong viec|nhiem vu|hoat dong)\b/],
  ['other', /^(?:san pham|ket qua|kinh phi|nguon kinh phi|hinh thuc|du kien san pham)\b/],
];

function headerCell(text: string): TableColumn | null {
  if (text.includes(':') || text.length > 50 || readLabel(text) !== null) return null;
  const key = fold(text).toLowerCase().trim();
  if (key.split(/\s+/).length > 7) return null;
  return HEADER_CELLS.find(([, re]) => re.test(key))?.[0] ?? null;
}

/** "thực hiện", "(công việc)", "/nhiệm vụ": the wrapped rest of a header cell. */
const isHeaderWrap = (text: string): boolean =>
  text.length <= 40 && !text.includes(':') && (startsLower(text) || /^[(/]/.test(text));

const ROW_NUMBER = /^(\d{1,3})[.)]?$/;
/** "(1)", "(2)": the column numbering row printed under some headers. */
const COLUMN_NUMBERS = /^(?:\(\d{1,2}\)\s*)+$/;
const GROUP_ROW = /^(?:[IVX]{1,5}|[A-Z])\.?$/;
const OUTSIDE = /^(?:tren day|noi nhan|noi gui|kinh gui|can cu|tm\.|kt\.|tl\.|phu luc)/;

/** A heading or closing after the table: the last row ends before it. */
function endsTable(text: string): boolean {
  const label = readLabel(text);
  if (label && ['part', 'roman', 'arabic', 'multi'].includes(label.kind)) return true;
  if (OUTSIDE.test(fold(text).toLowerCase())) return true;
  return isUpperText(text) && text.length >= 12 && text.includes(' ');
}

/** A header run starting at `i`, or null. */
function readHeader(lines: PlanLine[], i: number): { columns: TableColumn[]; next: number } | null {
  const columns: TableColumn[] = [];
  let j = i;
  for (; j < lines.length && j < i + 16; j++) {
    const text = lines[j]!.text;
    const cell = headerCell(text);
    if (cell) columns.push(cell);
    else if (columns.length > 0 && isHeaderWrap(text)) continue;
    else break;
  }
  const kinds = new Set(columns);
  const isTable =
    kinds.size >= 3 &&
    kinds.has('content') &&
    (kinds.has('lead') || kinds.has('support')) &&
    columns.filter((c) => c !== 'other').length === kinds.size - (kinds.has('other') ? 1 : 0);
  return isTable ? { columns, next: j } : null;
}

/** Every task table in the lines, in order. Linear: each line is looked at a bounded number of times. */
export function findTaskTables(lines: PlanLine[]): TaskTable[] {
  const tables: TaskTable[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (headerCell(lines[i]!.text) === null) continue;
    const header = readHeader(lines, i);
    if (!header) continue;
    let j = header.next;
    while (j < lines.length && COLUMN_NUMBERS.test(lines[j]!.text)) j++;
    const rowsAt = j;
    if (j >= lines.length || !ROW_NUMBER.test(lines[j]!.text)) continue;
    for (; j < lines.length; j++) {
      const text = lines[j]!.text;
      if (endsTable(text) || (headerCell(text) !== null && readHeader(lines, j) !== null)) break;
    }
    tables.push({ start: i, rowsAt, end: j, columns: header.columns });
    i = j - 1;
  }
  return tables;
}

/** Indexes of every line inside a table, for the stages that must leave them alone. */
export function tableLineIndexes(lines: PlanLine[]): Set<number> {
  const out = new Set<number>();
  for (const t of findTaskTables(lines)) for (let i = t.start; i < t.end; i++) out.add(i);
  return out;
}

const stripBullet = (text: string) => text.replace(/^[-–+•*]\s*/u, '');

/** Lines of one row joined where a cell plainly goes on: a connector at the end, a lower-case start. */
function segmentsOf(lines: PlanLine[]): PlanLine[] {
  const out: PlanLine[] = [];
  for (const l of lines) {
    const prev = out[out.length - 1];
    const isOpen = prev !== undefined && prev.text.split('(').length > prev.text.split(')').length;
    const goesOn =
      prev !== undefined &&
      (isOpen ||
        endsWithConnector(prev.text) ||
        (startsLower(l.text) && !/^các\s/u.test(l.text)) ||
        /^[)/]/.test(l.text));
    if (goesOn) prev.text = `${prev.text} ${l.text}`;
    else out.push({ ...l });
  }
  return out;
}

const TIME_WORDS =
  /^(?:thuong xuyen|ca nam|hang (?:nam|quy|thang|tuan|ngay)|dinh ky|truoc|sau|trong|tu|den|quy|thang|nam|ngay|tuan|giai doan|theo|dot|dip|lien tuc|khi|dau|cuoi|giua)\b/;

function fits(column: TableColumn, text: string, year: number | null): boolean {
  const plain = stripBullet(text);
  const key = fold(plain).toLowerCase();
  if (column === 'lead' || column === 'support')
    return (
      (startsLikeUnit(plain) && !TIME_WORDS.test(key)) ||
      /^\p{Lu}{2,}/u.test(plain) ||
      /^(?:toan the|tat ca)\s/.test(key)
    );
  if (column === 'time') return TIME_WORDS.test(key) || deadlineOf(plain, year) !== null;
  return true;
}

const WRAP = 0.5;
const MISFIT = 3;
const skipCost = (column: TableColumn, at: number, count: number) =>
  column === 'content' ? 10 : 1.5 + 0.01 * (count - at);

/** Best monotone assignment of segments to columns: each segment starts the next cell or wraps the current one. */
function align(segments: PlanLine[], columns: TableColumn[], year: number | null) {
  const k = segments.length;
  const c = columns.length;
  const cost: number[][] = Array.from({ length: k }, () => new Array<number>(c).fill(Infinity));
  const from: number[][] = Array.from({ length: k }, () => new Array<number>(c).fill(-1));
  const skipped = (a: number, b: number) => {
    let sum = 0;
    for (let x = a; x < b; x++) sum += skipCost(columns[x]!, x, c);
    return sum;
  };
  for (let i = 0; i < k; i++) {
    for (let j = 0; j < c; j++) {
      const start = fits(columns[j]!, segments[i]!.text, year) ? 0 : MISFIT;
      if (i === 0) {
        cost[0]![j] = skipped(0, j) + start;
        continue;
      }
      let best = cost[i - 1]![j]! + WRAP;
      let by = j;
      for (let p = 0; p < j; p++) {
        const via = cost[i - 1]![p]! + skipped(p + 1, j) + start;
        if (via < best) [best, by] = [via, p];
      }
      cost[i]![j] = best;
      from[i]![j] = by;
    }
  }
  let end = 0;
  let total = Infinity;
  for (let j = 0; j < c; j++) {
    const t = cost[k - 1]![j]! + skipped(j + 1, c);
    if (t < total) [total, end] = [t, j];
  }
  const at = new Array<number>(k);
  for (let i = k - 1, j = end; i >= 0; i--) {
    at[i] = j;
    j = i > 0 ? from[i]![j]! : j;
  }
  // A misfit cell (a unit where the time goes) or a missing content cell is beyond what the rules can place.
  const isMisfit = segments.some(
    (s, i) => (i === 0 || at[i] !== at[i - 1]) && !fits(columns[at[i]!]!, s.text, year),
  );
  // A time left in another cell while the time column stays empty: the cells were shifted, not wrapped.
  const hasTime = at.some((j) => columns[j] === 'time');
  const isTimeElsewhere =
    columns.includes('time') &&
    !hasTime &&
    segments.some((s, i) => i > 0 && at[i] === at[i - 1] && fits('time', s.text, year));
  return { at, isMisfit: isMisfit || isTimeElsewhere || total >= 10 };
}

function cellText(segments: PlanLine[], isUnits: boolean): string {
  return segments
    .map((s) => (isUnits ? stripBullet(s.text) : s.text))
    .reduce((acc, s, i) => {
      if (i === 0) return s;
      const isItem = isUnits && /^[-–+•*]/u.test(segments[i]!.text);
      return isItem && !/[,;]$/.test(acc) ? `${acc}; ${s}` : `${acc} ${s}`;
    }, '');
}

function rowTask(
  number: string,
  lines: PlanLine[],
  columns: TableColumn[],
  year: number | null,
  warnings: ImportWarning[],
): DraftTask | null {
  const cells = columns.filter((c) => c !== 'number');
  const segments = segmentsOf(lines);
  if (segments.length === 0) return null;
  const { at, isMisfit } = align(segments, cells, year);
  const line = lines[0]!.line;
  if (isMisfit) {
    warnings.push({
      line,
      message: `Bảng phân công, hàng ${number}: số ô không khớp với ${cells.length} cột của bảng; cần nhập đơn vị và thời gian.`,
    });
    return { text: cellText(segments, false), lead: [], support: [], deadline: null };
  }
  const cell = (column: TableColumn) => {
    const picked = segments.filter((_, i) => cells[at[i]!] === column);
    return picked.length === 0 ? '' : cellText(picked, column === 'lead' || column === 'support');
  };
  const text = cell('content');
  const lead = splitUnits(cell('lead'));
  const time = cell('time');
  if (lead.length === 0)
    warnings.push({ line, message: `Bảng phân công, hàng ${number}: chưa rõ đơn vị chủ trì.` });
  return {
    text,
    lead,
    support: splitUnits(cell('support')).filter((s) => !lead.includes(s)),
    deadline: cells.includes('time')
      ? time === ''
        ? null
        : deadlineOf(time, year, true)
      : deadlineOf(text, year),
  };
}

/** The tasks of one table, a row at a time. */
export function readTaskTable(
  lines: PlanLine[],
  table: TaskTable,
  year: number | null,
  warnings: ImportWarning[],
): DraftTask[] {
  const tasks: DraftTask[] = [];
  let row: { number: string; lines: PlanLine[] } | null = null;
  let expected = 1;
  let isInGroup = false;
  const flush = () => {
    if (row) {
      const task = rowTask(row.number, row.lines, table.columns, year, warnings);
      if (task) tasks.push(task);
    }
    row = null;
  };
  for (let i = table.rowsAt; i < table.end; i++) {
    const l = lines[i]!;
    const n = ROW_NUMBER.exec(l.text);
    if (n && (Number(n[1]) === expected || (isInGroup && Number(n[1]) === 1))) {
      flush();
      row = { number: n[1]!, lines: [] };
      expected = Number(n[1]) + 1;
      isInGroup = false;
    } else if (GROUP_ROW.test(l.text)) {
      // "I", "II" or "A": a group row ("Công tác tuyên truyền"), a heading of the rows below, not a task.
      flush();
      isInGroup = true;
    } else if (row && (row as { lines: PlanLine[] }).lines.length < 80) {
      (row as { lines: PlanLine[] }).lines.push(l);
    }
  }
  flush();
  return tasks;
}
