import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { xlsxFile, type ZipFileEntry } from '../../testing/zip-file';
import type { AppError } from '../../platform/errors';
import { cellText, MAX_DELEGATE_IMPORT_ROWS, readDelegateSheet } from './delegates/delegate-sheet.import';
import { readXlsxStream } from './xlsx-stream.import';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const head = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="${MAIN}"><sheetData>`;
const heading =
  '<row r="1"><c r="A1" t="inlineStr"><is><t>Họ và tên</t></is></c><c r="B1" t="inlineStr"><is><t>Chức vụ</t></is></c></row>';
const row = (n: number) =>
  `<row r="${n}"><c r="A${n}" t="inlineStr"><is><t>Đại biểu ${n}</t></is></c><c r="B${n}"><v>${n}</v></c></row>`;

/**
 * A sheet of `rows` rows past its heading whose deflated stream then breaks: a reader that inflates the whole sheet
 * before reading rows fails on the broken bytes, one that reads as the stream goes stops at the row cap first.
 */
function sheetBrokenAfter(rows: number): ZipFileEntry {
  const text = head + heading + Array.from({ length: rows }, (_, i) => row(i + 2)).join('');
  const deflated = Buffer.concat([
    zlib.deflateRawSync(Buffer.from(text), { level: 9, finishFlush: zlib.constants.Z_SYNC_FLUSH }),
    Buffer.alloc(4096, 0xff), // block type 3: not deflate
  ]);
  return { name: 'xl/worksheets/sheet1.xml', data: text, declaredSize: text.length * 2, deflated };
}

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: AppError) => ({ code: error.code, details: error.details }),
  );

describe('streaming an uploaded workbook', () => {
  it('reads a workbook without shared strings or workbook relationships, inline strings and numbers', async () => {
    const text = head + heading + [2, 3, 4].map(row).join('') + '</sheetData></worksheet>';
    for (const rels of [true, false]) {
      const bytes = xlsxFile({ name: 'xl/worksheets/sheet1.xml', data: text }, { rels });
      const { rows } = await readDelegateSheet(bytes);
      expect(rows.map((r) => [r.row, r.name, r.position])).toEqual([
        [2, 'Đại biểu 2', '2'],
        [3, 'Đại biểu 3', '3'],
        [4, 'Đại biểu 4', '4'],
      ]);
    }
  });

  it('stops at the row cap as the sheet streams, when the workbook has no shared strings: the rest is never inflated', async () => {
    for (const rels of [true, false]) {
      const bytes = xlsxFile(sheetBrokenAfter(MAX_DELEGATE_IMPORT_ROWS + 100), { rels });
      expect(await refusal(readDelegateSheet(bytes))).toEqual({
        code: 'PAYLOAD_TOO_LARGE',
        details: { reason: 'too_many_rows', maxRows: MAX_DELEGATE_IMPORT_ROWS },
      });
    }
  });

  it('refuses a sheet whose stream breaks (415) or inflates past its declared size (413), and goes on', async () => {
    // These once left the read waiting for ever and ended the process with an uncaught stream error.
    for (const rels of [true, false]) {
      const broken = xlsxFile(sheetBrokenAfter(50), { rels });
      expect(await refusal(readDelegateSheet(broken))).toEqual({
        code: 'UNSUPPORTED_MEDIA_TYPE',
        details: undefined,
      });
    }
    const text = head + heading + [2, 3, 4].map(row).join('') + '</sheetData></worksheet>';
    const liar = xlsxFile({ name: 'xl/worksheets/sheet1.xml', data: text, declaredSize: 200 });
    expect(await refusal(readDelegateSheet(liar))).toEqual({
      code: 'PAYLOAD_TOO_LARGE',
      details: { reason: 'size_mismatch' },
    });
    // The reader the awards import uses, which keeps every row.
    expect(await refusal(readXlsxStream(liar, { text: cellText, onRow: () => 'keep' }))).toMatchObject({
      code: 'PAYLOAD_TOO_LARGE',
      details: { reason: 'size_mismatch' },
    });
    const fine = xlsxFile({ name: 'xl/worksheets/sheet1.xml', data: text });
    expect((await readDelegateSheet(fine)).rows).toHaveLength(3);
  });
});
