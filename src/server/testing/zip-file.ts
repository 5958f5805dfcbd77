import zlib from 'node:zlib';

export interface ZipFileEntry {
  name: string;
  data: Uint8Array | string;
  /** The uncompressed size written in the headers; a zip bomb that lies writes less than the data inflates to. */
  declaredSize?: number;
  /** The entry's stored bytes as given (raw deflate, valid or not) instead of `data` deflated; `data` gives the CRC. */
  deflated?: Buffer;
}

/**
 * A zip written byte by byte (deflate, local headers, central directory), for tests that need sizes to lie, which
 * zip libraries do not write.
 */
export function zipFile(entries: ZipFileEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const data = typeof entry.data === 'string' ? Buffer.from(entry.data) : Buffer.from(entry.data);
    const deflated = entry.deflated ?? zlib.deflateRawSync(data, { level: 9 });
    const name = Buffer.from(entry.name);
    const size = entry.declaredSize ?? data.length;
    const crc = zlib.crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(deflated.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(deflated.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, deflated);
    centrals.push(central, name);
    offset += local.length + name.length + deflated.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** A DOCX whose word/document.xml holds `xml`, with the few parts Word needs beside it. */
export function docxFile(xml: string | Uint8Array, declaredSize?: number): Buffer {
  return zipFile([
    {
      name: '[Content_Types].xml',
      data: '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    },
    { name: 'word/document.xml', data: xml, ...(declaredSize === undefined ? {} : { declaredSize }) },
  ]);
}

const SPREADSHEET = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

/**
 * An XLSX of one sheet (`sheet`: its xl/worksheets/sheet1.xml entry) as numbers-and-inline-strings writers make it:
 * no xl/sharedStrings.xml (and, with `rels: false`, no xl/_rels/workbook.xml.rels either).
 */
export function xlsxFile(sheet: ZipFileEntry, { rels = true } = {}): Buffer {
  return zipFile([
    {
      name: '[Content_Types].xml',
      data: '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>',
    },
    {
      name: 'xl/workbook.xml',
      data: `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${SPREADSHEET}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Danh sách" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    },
    ...(rels
      ? [
          {
            name: 'xl/_rels/workbook.xml.rels',
            data: '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
          },
        ]
      : []),
    sheet,
  ]);
}

/** A sheet's XML: a heading row (Họ và tên, Chức vụ), then `rows` rows of an inline name and a number. */
export function sheetXml(rows: number): string {
  const cells = (n: number) =>
    `<row r="${n}"><c r="A${n}" t="inlineStr"><is><t>Đại biểu ${n}</t></is></c><c r="B${n}"><v>${n}</v></c></row>`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="${SPREADSHEET}"><sheetData>` +
    '<row r="1"><c r="A1" t="inlineStr"><is><t>Họ và tên</t></is></c><c r="B1" t="inlineStr"><is><t>Chức vụ</t></is></c></row>' +
    Array.from({ length: rows }, (_, i) => cells(i + 2)).join('') +
    '</sheetData></worksheet>'
  );
}
