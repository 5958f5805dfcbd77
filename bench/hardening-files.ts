import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';

/**
 * The hostile uploads of `npm run bench -- hardening`, written as raw zips (no library would write a lie), built
 * once and cached in os.tmpdir():
 * - `bomb-honest.docx`: `word/document.xml` and `word/styles.xml` declare and inflate to 4 GB and 2 GB (6 GB in all)
 *   from about 6 MB;
 * - `bomb-liar.docx`: `word/document.xml` inflates to 6 GB from about 6 MB but its directory declares 40 MB;
 * - `million-rows.xlsx`: one sheet of a heading and 1,000,000 rows, 46.5 MB of XML in 4.7 MB;
 * - `million-rows-liar.xlsx`: the same, its sheet declared as 512 KB (about 11,000 rows, under the row cap).
 */
export interface HardeningFiles {
  honestDocx: string;
  liarDocx: string;
  millionXlsx: string;
  liarXlsx: string;
}

const CACHE = path.join(os.tmpdir(), 'phongtrao-bench-hardening-v3');
const MiB = 1024 * 1024;

interface ZipPart {
  name: string;
  /** The deflated bytes (raw deflate). */
  deflated: Buffer[];
  crc: number;
  /** The inflated size written in both headers, true or not. */
  declaredSize: number;
}

/** A zip of deflated parts with the sizes they declare: local headers, data, central directory, end record. */
function writeZip(file: string, parts: ZipPart[]): void {
  const fd = fs.openSync(`${file}.partial`, 'w');
  try {
    const central: Buffer[] = [];
    let offset = 0;
    for (const part of parts) {
      const name = Buffer.from(part.name, 'utf8');
      const compressed = part.deflated.reduce((n, b) => n + b.length, 0);
      const local = Buffer.alloc(30);
      local.writeUInt32LE(0x04034b50, 0);
      local.writeUInt16LE(20, 4);
      local.writeUInt16LE(0x0800, 6);
      local.writeUInt16LE(8, 8); // deflate
      local.writeUInt32LE(part.crc >>> 0, 14);
      local.writeUInt32LE(compressed, 18);
      local.writeUInt32LE(part.declaredSize, 22);
      local.writeUInt16LE(name.length, 26);
      fs.writeSync(fd, local);
      fs.writeSync(fd, name);
      for (const chunk of part.deflated) fs.writeSync(fd, chunk);
      const entry = Buffer.alloc(46);
      entry.writeUInt32LE(0x02014b50, 0);
      entry.writeUInt16LE(20, 4);
      entry.writeUInt16LE(20, 6);
      entry.writeUInt16LE(0x0800, 8);
      entry.writeUInt16LE(8, 10);
      entry.writeUInt32LE(part.crc >>> 0, 16);
      entry.writeUInt32LE(compressed, 20);
      entry.writeUInt32LE(part.declaredSize, 24);
      entry.writeUInt16LE(name.length, 28);
      entry.writeUInt32LE(offset, 42);
      central.push(entry, name);
      offset += 30 + name.length + compressed;
    }
    const directory = Buffer.concat(central);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(parts.length, 8);
    end.writeUInt16LE(parts.length, 10);
    end.writeUInt32LE(directory.length, 12);
    end.writeUInt32LE(offset, 16);
    fs.writeSync(fd, directory);
    fs.writeSync(fd, end);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(`${file}.partial`, file);
}

/** A small part, deflated whole. */
function smallPart(name: string, text: string): ZipPart {
  const bytes = Buffer.from(text, 'utf8');
  return {
    name,
    deflated: [zlib.deflateRawSync(bytes, { level: 9 })],
    crc: zlib.crc32(bytes),
    declaredSize: bytes.length,
  };
}

/**
 * A part of `head`, then `repeat` copies of a 1 MiB run of `unit`, then `tail`, as one deflate stream. Each piece
 * is deflated by a fresh compressor and ended by a sync flush, so it refers to nothing before it and the pieces
 * simply follow one another: the 1 MiB run is deflated once (about 1 KB) and its bytes written `repeat` times.
 */
function repeatedPart(
  name: string,
  { head, unit, tail, repeat }: { head: string; unit: string; tail: string; repeat: number },
): { part: ZipPart; realSize: number } {
  const sync = { level: 9, finishFlush: zlib.constants.Z_SYNC_FLUSH };
  const headBytes = Buffer.from(head, 'utf8');
  const run = Buffer.from(unit.repeat(Math.floor(MiB / Buffer.byteLength(unit))), 'utf8');
  const tailBytes = Buffer.from(tail, 'utf8');
  const deflatedRun = zlib.deflateRawSync(run, sync);
  let crc = zlib.crc32(headBytes);
  for (let i = 0; i < repeat; i++) crc = zlib.crc32(run, crc);
  crc = zlib.crc32(tailBytes, crc);
  const realSize = headBytes.length + run.length * repeat + tailBytes.length;
  return {
    part: {
      name,
      deflated: [
        zlib.deflateRawSync(headBytes, sync),
        ...Array.from({ length: repeat }, () => deflatedRun),
        zlib.deflateRawSync(tailBytes, { level: 9 }),
      ],
      crc,
      declaredSize: realSize,
    },
    realSize,
  };
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const DOCX_TYPES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const DOCX_RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';
const PARAGRAPH = '<w:p><w:r><w:t>Kế hoạch tổ chức Hội nghị tổng kết</w:t></w:r></w:p>';
/**
 * What the bombs repeat: white space between elements, which XML ignores. Deflate's best is 258 bytes per match at a
 * distance of 1 (about 1,000 to 1); a longer period costs distance bits and gives 300 to 1 at most.
 */
const FILLER = ' ';

/** The body part of both bombs: a paragraph, then `runs` MiB of white space. */
function documentXml(runs: number): ZipPart {
  return repeatedPart('word/document.xml', {
    head: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}"><w:body>${PARAGRAPH}`,
    unit: FILLER,
    tail: '</w:body></w:document>',
    repeat: runs,
  }).part;
}

function buildHonestDocx(file: string): void {
  const styles = repeatedPart('word/styles.xml', {
    head: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="${W}"><w:style w:type="paragraph" w:styleId="Normal"><w:name w:val="Normal"/></w:style>`,
    unit: FILLER,
    tail: '</w:styles>',
    repeat: 2 * 1024 - 1,
  }).part;
  // 4 GiB would not fit the 32-bit size field: a little under it.
  const document = documentXml(4 * 1024 - 2);
  writeZip(file, [
    smallPart('[Content_Types].xml', DOCX_TYPES),
    smallPart('_rels/.rels', DOCX_RELS),
    document,
    styles,
  ]);
}

function buildLiarDocx(file: string): void {
  const document = documentXml(6 * 1024);
  writeZip(file, [
    smallPart('[Content_Types].xml', DOCX_TYPES),
    smallPart('_rels/.rels', DOCX_RELS),
    { ...document, declaredSize: 40 * MiB },
  ]);
}

const XLSX_TYPES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>';
const XLSX_RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>';
const WORKBOOK =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Danh sách" sheetId="1" r:id="rId1"/></sheets></workbook>';
const WORKBOOK_RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>';

/**
 * 1,000,000 rows below a heading, as Excel writes them (row and cell references; ExcelJS's reader needs the cell's),
 * each holding the number 1: 46.5 MB of XML, under the zip guard's 50 MB a part, in 4.7 MB, under the 5 MB upload
 * limit. A row number as its value would make 51 MB (refused from the directory) in 7 MB (refused for its size).
 */
export const XLSX_ROWS = 1_000_000;

function buildMillionXlsx(file: string, declaredSize?: number): void {
  const rows: string[] = [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>',
    '<row r="1"><c r="A1" t="inlineStr"><is><t>STT</t></is></c><c r="B1" t="inlineStr"><is><t>Họ và tên</t></is></c></row>',
  ];
  for (let n = 2; n <= XLSX_ROWS + 1; n++) rows.push(`<row r="${n}"><c r="A${n}"><v>1</v></c></row>`);
  rows.push('</sheetData></worksheet>');
  const sheet = Buffer.from(rows.join(''), 'utf8');
  writeZip(file, [
    smallPart('[Content_Types].xml', XLSX_TYPES),
    smallPart('_rels/.rels', XLSX_RELS),
    smallPart('xl/workbook.xml', WORKBOOK),
    smallPart('xl/_rels/workbook.xml.rels', WORKBOOK_RELS),
    {
      name: 'xl/worksheets/sheet1.xml',
      deflated: [zlib.deflateRawSync(sheet, { level: 9 })],
      crc: zlib.crc32(sheet),
      declaredSize: declaredSize ?? sheet.length,
    },
  ]);
}

/** The three files, built on first use (a minute at most) and kept in os.tmpdir() for the next run. */
export function hardeningFiles(): HardeningFiles {
  fs.mkdirSync(CACHE, { recursive: true });
  const files: HardeningFiles = {
    honestDocx: path.join(CACHE, 'bomb-honest.docx'),
    liarDocx: path.join(CACHE, 'bomb-liar.docx'),
    millionXlsx: path.join(CACHE, 'million-rows.xlsx'),
    liarXlsx: path.join(CACHE, 'million-rows-liar.xlsx'),
  };
  if (!fs.existsSync(files.honestDocx)) buildHonestDocx(files.honestDocx);
  if (!fs.existsSync(files.liarDocx)) buildLiarDocx(files.liarDocx);
  if (!fs.existsSync(files.millionXlsx)) buildMillionXlsx(files.millionXlsx);
  if (!fs.existsSync(files.liarXlsx)) buildMillionXlsx(files.liarXlsx, 512 * 1024);
  return files;
}
