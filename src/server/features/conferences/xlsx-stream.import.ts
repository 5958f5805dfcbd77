import { Readable } from 'node:stream';
import zlib from 'node:zlib';
import ExcelJS from 'exceljs';
import yauzl from 'yauzl';
import { AppError } from '../../platform/errors';
import {
  DEFAULT_ZIP_LIMITS,
  openCheckedZip,
  ZipRefusedError,
  type ZipLimits,
} from '../../platform/zip-guard';
import { xlsxStreamMessages as m } from './xlsx-stream.messages';

/** An uploaded workbook is a zip: its directory is checked by the zip guard before ExcelJS reads a byte of it. */
export const XLSX_ZIP_LIMITS: ZipLimits = DEFAULT_ZIP_LIMITS;

/** The most columns read of a row: a list has ten, a sheet with more is not a list. */
export const MAX_XLSX_COLUMNS = 60;

/** The parts the streaming reader uses, in the order it needs them (the sheets after the strings they refer to). */
const PARTS: [RegExp, number][] = [
  [/^xl\/_rels\/workbook\.xml\.rels$/, 0],
  [/^xl\/workbook\.xml$/, 1],
  [/^xl\/styles\.xml$/, 2],
  [/^xl\/sharedStrings\.xml$/, 3],
  [/^xl\/worksheets\/sheet\d+\.xml$/, 4],
];

/** A merged range of a sheet (`<mergeCell ref="A1:G1"/>`), and how many are kept per sheet. */
const MERGE = /<(?:\w+:)?mergeCell\b[^>]*?\bref="([A-Z]{1,3})(\d{1,7}):([A-Z]{1,3})(\d{1,7})"/g;
const MAX_MERGES = 10_000;

const sheetNumber = (name: string) => Number(/sheet(\d+)\.xml$/.exec(name)?.[1] ?? 0);

/** Why a workbook is refused for having too many rows; 413 with `details.reason` like the zip guard's refusals. */
export function tooManyRows(max: number): AppError {
  return new AppError('PAYLOAD_TOO_LARGE', m.tooManyRows(max), { reason: 'too_many_rows', maxRows: max });
}

/** True when the bytes are a zip whose checked directory holds xl/workbook.xml; a zip bomb is refused (413). */
export async function isGuardedXlsx(bytes: Buffer): Promise<boolean> {
  try {
    const zip = await openCheckedZip(bytes, XLSX_ZIP_LIMITS);
    const found = zip.has('xl/workbook.xml');
    zip.close();
    return found;
  } catch (error) {
    if (error instanceof ZipRefusedError && error.code === 'UNSUPPORTED_MEDIA_TYPE') return false;
    throw error;
  }
}

/** A stored zip entry's local header (no data descriptor: the sizes are the ones the checked directory declared). */
function localHeader(name: Buffer, crc: number, size: number): Buffer {
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(20, 4);
  header.writeUInt16LE(0x0800, 6); // UTF-8 name
  header.writeUInt16LE(0, 8); // stored
  header.writeUInt32LE(crc >>> 0, 14);
  header.writeUInt32LE(size, 18);
  header.writeUInt32LE(size, 22);
  header.writeUInt16LE(name.length, 26);
  return Buffer.concat([header, name]);
}

/** Stand-ins for the parts ExcelJS waits for before it streams a sheet, when the workbook has none. */
const EMPTY_PARTS: [number, string, string][] = [
  [
    0,
    'xl/_rels/workbook.xml.rels',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>',
  ],
  [
    3,
    'xl/sharedStrings.xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="0" uniqueCount="0"/>',
  ],
];

const END_OF_DIRECTORY = (() => {
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  return end;
})();

/**
 * The workbook's parts re-packed, stored, in the order the streaming reader wants them: each part is inflated by
 * yauzl, which stops a stream longer than the size the (already checked) directory declared, so what ExcelJS reads
 * is bounded by the zip guard's limits even when the file's local headers lie. Nothing is written to disk: ExcelJS
 * spools a whole sheet to a temporary file when it comes before the shared strings or the workbook's relationships,
 * so a workbook without them (numbers and inline strings need no shared strings) gets empty ones, and its sheet is
 * read as it streams, the row cap stopping it, rather than inflated in full first.
 */
async function repacked(
  bytes: Buffer,
  sheets: number,
): Promise<{ stream: Readable; close: () => void; merges: string[][] }> {
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.fromBuffer(
      bytes,
      { lazyEntries: true, validateEntrySizes: true, strictFileNames: false },
      (error, file) => (error || !file ? reject(error ?? new Error('no zip')) : resolve(file)),
    ),
  );
  const wanted: { entry: yauzl.Entry; rank: number }[] = [];
  await new Promise<void>((resolve, reject) => {
    zip.on('error', reject);
    zip.on('end', () => resolve());
    zip.on('entry', (entry: yauzl.Entry) => {
      const rank = PARTS.find(([pattern]) => pattern.test(entry.fileName))?.[1];
      if (rank !== undefined) wanted.push({ entry, rank });
      zip.readEntry();
    });
    zip.readEntry();
  });
  wanted.sort((a, b) => a.rank - b.rank || sheetNumber(a.entry.fileName) - sheetNumber(b.entry.fileName));
  const parts: ({ entry: yauzl.Entry; rank: number } | { rank: number; name: string; text: string })[] = [
    ...wanted.filter((w) => w.rank < 4),
    ...EMPTY_PARTS.filter(([rank]) => !wanted.some((w) => w.rank === rank)).map(([rank, name, text]) => ({
      rank,
      name,
      text,
    })),
    ...wanted.filter((w) => w.rank === 4).slice(0, sheets),
  ].sort((a, b) => a.rank - b.rank);
  // Merged ranges come after a sheet's rows: they are picked out of the bytes as they pass, per sheet in order.
  const merges: string[][] = [];
  let current: NodeJS.ReadableStream | null = null;
  async function* generate() {
    for (const part of parts) {
      if (!('entry' in part)) {
        const bytes = Buffer.from(part.text, 'utf8');
        yield localHeader(Buffer.from(part.name, 'utf8'), zlib.crc32(bytes), bytes.length);
        yield bytes;
        continue;
      }
      const { entry, rank } = part;
      yield localHeader(Buffer.from(entry.fileName, 'utf8'), entry.crc32, entry.uncompressedSize);
      const stream = await new Promise<NodeJS.ReadableStream>((resolve, reject) =>
        zip.openReadStream(entry, (error, s) =>
          error || !s ? reject(error ?? new Error('no stream')) : resolve(s),
        ),
      );
      current = stream;
      const found = new Set<string>();
      let tail = '';
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        if (rank === 4 && found.size < MAX_MERGES) {
          const text = tail + chunk.toString('latin1');
          for (const m of text.matchAll(MERGE)) found.add(`${m[1]}${m[2]}:${m[3]}${m[4]}`);
          tail = text.slice(-120);
        }
        yield chunk;
      }
      if (rank === 4) merges.push([...found].slice(0, MAX_MERGES));
      current = null;
    }
    yield END_OF_DIRECTORY;
  }
  const close = () => {
    (current as unknown as { destroy?: () => void } | null)?.destroy?.();
    zip.close();
  };
  return { stream: Readable.from(generate(), { objectMode: false }), close, merges };
}

export interface XlsxReadOptions {
  /** The text of a cell (each reader keeps its own rules for dates and rich text). */
  text: (cell: ExcelJS.Cell) => string;
  /** How many sheets are read, in their order in the file. */
  sheets?: number;
  /**
   * Called for each row as the stream reaches it, with its number (as Excel shows it) and its cells' text: `keep`
   * to keep it, `drop` to forget it. Throw to stop reading (the row cap); the stream is closed at once.
   */
  onRow: (sheet: number, row: number, texts: string[]) => 'keep' | 'drop';
}

/** One sheet's kept rows by number, with merged ranges filled in from their first cell, as Excel shows them. */
export interface StreamedSheet {
  index: number;
  name: string;
  rows: Map<number, string[]>;
}

const columnNumber = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);

/**
 * Reads an uploaded workbook with ExcelJS's streaming reader, after the zip guard: shared strings cached, styles
 * read (so dates are dates), one row at a time. Memory holds the kept rows, never the whole sheet, and `onRow` may
 * stop the read at any row. Throws ZipRefusedError (413/415) for a refused zip and AppError 415 for a broken one.
 * The server calls it in a parse worker (imports/parse-runner.ts `readSheet`), which bounds how many are read at once,
 * their time and their memory: on the event loop, a sheet's parsing and its garbage would hold up every request.
 */
export async function readXlsxStream(bytes: Buffer, options: XlsxReadOptions): Promise<StreamedSheet[]> {
  const checked = await openCheckedZip(bytes, XLSX_ZIP_LIMITS);
  const isBook = checked.has('xl/workbook.xml');
  checked.close();
  if (!isBook) throw unreadable();
  let source: Awaited<ReturnType<typeof repacked>>;
  try {
    source = await repacked(bytes, options.sheets ?? Number.MAX_SAFE_INTEGER);
  } catch {
    throw unreadable();
  }
  const result: StreamedSheet[] = [];
  // A part that breaks while it inflates (damaged, or longer than its directory said) errors our stream, which
  // ExcelJS pipes without listening for errors: it would wait for ever and the error would end the process.
  const failed = new Promise<never>((_, reject) =>
    source.stream.on('error', (error) => reject(inflateRefusal(error))),
  );
  failed.catch(() => undefined);
  try {
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(source.stream, {
      worksheets: 'emit',
      sharedStrings: 'cache',
      // The shown text of a hyperlink cell is its value; the link itself is not needed.
      hyperlinks: 'ignore',
      styles: 'cache',
      entries: 'ignore',
    });
    let index = 0;
    for await (const worksheet of until(reader, failed)) {
      const sheet: StreamedSheet = {
        index,
        name: (worksheet as unknown as { name?: string }).name ?? `Sheet${index + 1}`,
        rows: new Map(),
      };
      let last = 0;
      for await (const row of until(worksheet, failed)) {
        const number = Number.isFinite(row.number) && row.number > 0 ? row.number : last + 1;
        last = number;
        const width = Math.min(row.cellCount, MAX_XLSX_COLUMNS);
        const texts = Array.from({ length: width }, (_, i) => options.text(row.getCell(i + 1)));
        if (options.onRow(index, number, texts) === 'keep') sheet.rows.set(number, texts);
      }
      result.push(sheet);
      index++;
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw unreadable();
  } finally {
    source.close();
    source.stream.destroy();
  }
  for (const sheet of result) fillMerges(sheet, source.merges[sheet.index] ?? []);
  return result;
}

function fillMerges(sheet: StreamedSheet, ranges: string[]): void {
  const lastRow = Math.max(0, ...sheet.rows.keys());
  for (const range of ranges) {
    const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(range);
    if (!m) continue;
    const left = columnNumber(m[1]!);
    const top = Number(m[2]);
    const right = Math.min(columnNumber(m[3]!), MAX_XLSX_COLUMNS);
    const bottom = Math.min(Number(m[4]), lastRow);
    const master = sheet.rows.get(top)?.[left - 1];
    if (!master) continue;
    for (let r = top; r <= bottom; r++) {
      const texts = sheet.rows.get(r);
      if (!texts) continue;
      for (let c = left; c <= right; c++) {
        while (texts.length < c) texts.push('');
        texts[c - 1] = master;
      }
    }
  }
}

/** Each item of `iterable` until `failed` rejects, which then throws here although `iterable` never settles. */
async function* until<T>(iterable: AsyncIterable<T>, failed: Promise<never>): AsyncGenerator<T> {
  const iterator = iterable[Symbol.asyncIterator]();
  let done = false;
  try {
    for (;;) {
      const next = await Promise.race([iterator.next(), failed]);
      if (next.done) {
        done = true;
        return;
      }
      yield next.value;
    }
  } finally {
    // Stopped early (the row cap, a failure): the iterator is let go, never awaited, and its source is closed.
    if (!done) void iterator.return?.()?.catch(() => undefined);
  }
}

/** What the inflating stream's error means: a part longer than its directory declared is a bomb that lies. */
function inflateRefusal(error: Error): AppError {
  return error.message.startsWith('too many bytes in the stream')
    ? new ZipRefusedError('size_mismatch', m.sizeMismatch)
    : unreadable();
}

function unreadable(): AppError {
  return new AppError('UNSUPPORTED_MEDIA_TYPE', m.unreadable);
}
