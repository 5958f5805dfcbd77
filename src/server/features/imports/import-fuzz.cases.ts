import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import { docxFile, zipFile, type ZipFileEntry } from '../../testing/zip-file';
import { seededRandom } from '../../../core/testing/seeded-random';

/*
 * The files of the upload fuzz test (import-fuzz.test.ts): the five seed plans as DOCX and text, a few real DOCX of
 * the shared corpus (read where they lie, never copied here), and about 300 files mutated from them by one seeded
 * generator, so that every run sends the same files and a failing case can be run again by its name.
 */

/** What a case must be answered with: read (200), refused as unreadable (415) or too large (413), or any of these. */
export type Outcome = 'read' | 'unreadable' | 'too_large' | 'any';

export interface FuzzCase {
  /** Unique, in the order generated: `vitest -t '<name>'` runs it again. */
  name: string;
  fileName: string;
  bytes: Buffer;
  outcome: Outcome;
}

export const FUZZ_SEED = 20_250_311;

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const paragraph = (text: string) =>
  `<w:p><w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p>`;
const documentXml = (body: string) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`;

/** A plan's text as word/document.xml, a paragraph a line. */
export const planXml = (text: string) => documentXml(text.split(/\r?\n/).map(paragraph).join(''));

const SEED_DIR = path.resolve('src/core/import/fixtures');
export const SEED_TEXTS = [0, 1, 2, 3, 4].map((n) => ({
  name: `seed-00${n}`,
  text: fs.readFileSync(path.join(SEED_DIR, `seed-00${n}.txt`), 'utf8'),
}));

/** The shared corpus's `docs` folder: the first `shared/corpus/docs` found from this repository upwards, if any. */
function corpusDir(): string | null {
  for (let dir = path.dirname(fileURLToPath(import.meta.url)); ; dir = path.dirname(dir)) {
    const docs = path.join(dir, 'shared', 'corpus', 'docs');
    if (fs.existsSync(docs)) return docs;
    if (path.dirname(dir) === dir) return null;
  }
}

/** A DOCX as its parts, so that word/document.xml can be changed and the zip written again. */
interface Base {
  name: string;
  parts: ZipFileEntry[];
  xml: string;
  bytes: Buffer;
}

const seedBase = ({ name, text }: { name: string; text: string }): Base => {
  const xml = planXml(text);
  return { name: `${name}.docx`, parts: [], xml, bytes: docxFile(xml) };
};

/** Up to five real plans (KH) of the corpus, in name order; none when the corpus is absent. */
async function corpusBases(): Promise<Base[]> {
  const dir = corpusDir();
  if (!dir) return [];
  const names = fs
    .readdirSync(dir)
    .filter((f) => /_KH_.*\.docx$/.test(f))
    .sort()
    .slice(0, 5);
  return Promise.all(
    names.map(async (name) => {
      const bytes = fs.readFileSync(path.join(dir, name));
      const zip = await JSZip.loadAsync(bytes);
      const parts: ZipFileEntry[] = [];
      for (const file of Object.values(zip.files))
        if (!file.dir && file.name !== 'word/document.xml')
          parts.push({ name: file.name, data: await file.async('uint8array') });
      return { name, parts, xml: await zip.file('word/document.xml')!.async('string'), bytes };
    }),
  );
}

const withXml = (base: Base, xml: string | Uint8Array) =>
  base.parts.length === 0
    ? docxFile(xml)
    : zipFile([...base.parts, { name: 'word/document.xml', data: xml }]);

const TOKENS = ['Căn cứ ', '- ', ' .', '1.1.', 'a', '…', 'ngày 31/12/2025 ', '\t', 'Nơi nhận: ', '&amp;'];
const ENTITIES = ['&#x110000;', '&#xD800;', '&#99999999999;', '&bogus;', '&#x', '&#', '&', '&#x1F600;'];

/** Every case, generated in one fixed order from FUZZ_SEED. */
export async function fuzzCases(): Promise<FuzzCase[]> {
  const rnd = seededRandom(FUZZ_SEED);
  const int = (n: number) => Math.floor(rnd() * n);
  const pick = <T>(list: readonly T[]): T => list[int(list.length)]!;
  const cases: FuzzCase[] = [];
  const add = (kind: string, fileName: string, bytes: Buffer, outcome: Outcome = 'any') =>
    cases.push({
      name: `${String(cases.length).padStart(3, '0')} ${kind} (${fileName})`,
      fileName,
      bytes,
      outcome,
    });

  const flip = (bytes: Uint8Array, count: number) => {
    const out = Buffer.from(bytes);
    for (let i = 0; i < count; i++) {
      const at = int(out.length);
      out[at] = rnd() < 0.5 ? out[at]! ^ (1 << int(8)) : int(256);
    }
    return out;
  };
  /** `insert` put at a random tag boundary of `xml` (or anywhere, when `anywhere`). */
  const insertInto = (xml: string, insert: string, anywhere = false) => {
    let at = int(xml.length);
    if (!anywhere) at = Math.max(xml.lastIndexOf('<', at), xml.indexOf('<w:body>') + 8);
    return xml.slice(0, at) + insert + xml.slice(at);
  };
  const randomBytes = (n: number) => Buffer.from(Uint8Array.from({ length: n }, () => int(256)));

  const bases = [...SEED_TEXTS.map(seedBase), ...(await corpusBases())];
  for (const base of bases) add('clean', base.name, base.bytes, 'read');
  for (const seed of SEED_TEXTS) add('clean text', `${seed.name}.txt`, Buffer.from(seed.text), 'read');

  for (const base of bases) {
    for (let i = 0; i < 6; i++) add('zip byte flips', base.name, flip(base.bytes, 1 + int(20)));
    const directory = base.bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    const tail = flip(base.bytes.subarray(directory), 1 + int(5));
    add('zip directory flips', base.name, Buffer.concat([base.bytes.subarray(0, directory), tail]));
    for (let i = 0; i < 3; i++)
      add('truncated zip', base.name, base.bytes.subarray(0, 1 + int(base.bytes.length - 1)), 'unreadable');
    for (let i = 0; i < 4; i++)
      add('xml byte flips', base.name, withXml(base, flip(Buffer.from(base.xml), 1 + int(200))));
    for (let i = 0; i < 2; i++) {
      const from = int(base.xml.length);
      const slice = base.xml.slice(from, from + 1 + int(2000));
      const target = 100_000 + int(400_000);
      add(
        'repeated slice',
        base.name,
        withXml(base, insertInto(base.xml, slice.repeat(Math.ceil(target / slice.length)), true)),
      );
    }
    for (let i = 0; i < 2; i++) {
      const token = pick(TOKENS);
      const line = token.repeat(Math.ceil((100_000 + int(200_000)) / token.length));
      add(
        'very long line',
        base.name,
        withXml(base, insertInto(base.xml, `<w:p><w:r><w:t>${line}</w:t></w:r></w:p>`)),
      );
    }
    for (let i = 0; i < 2; i++) {
      let xml = base.xml;
      const count = rnd() < 0.5 ? 1 + int(20) : 1000 + int(10_000);
      const entities = Array.from({ length: count }, () => pick(ENTITIES)).join(rnd() < 0.5 ? '' : ' x');
      xml = insertInto(xml, `<w:p><w:r><w:t>${entities}</w:t></w:r></w:p>`);
      add('invalid entities', base.name, withXml(base, xml));
    }
  }

  for (const seed of SEED_TEXTS) {
    const xml = planXml(seed.text);
    const base = seedBase(seed);
    add(
      'unclosed <w:p  repeated',
      base.name,
      docxFile(insertInto(xml, '<w:p '.repeat(20_000 + int(180_000)))),
    );
    add(
      'duplicated document.xml',
      base.name,
      zipFile([
        { name: 'word/document.xml', data: xml },
        { name: 'word/document.xml', data: pick(['', '<w:p/>', xml.slice(0, int(xml.length))]) },
      ]),
    );
    const stored = new JSZip();
    stored.file('[Content_Types].xml', '<Types/>');
    stored.file('word/document.xml', xml);
    add('stored zip', base.name, await stored.generateAsync({ type: 'nodebuffer', compression: 'STORE' }));
    const utf16 = Buffer.from(`\uFEFF${seed.text}`, 'utf16le');
    add('UTF-16 text', `${seed.name}.txt`, rnd() < 0.5 ? utf16 : Buffer.from(utf16).swap16(), 'unreadable');
    for (let i = 0; i < 2; i++)
      add('text byte flips', `${seed.name}.txt`, flip(Buffer.from(seed.text), 1 + int(500)));
    const nuls = Buffer.from(seed.text);
    for (let i = int(2) === 0 ? 1 + int(20) : 500 + int(2000); i > 0; i--) nuls[int(nuls.length)] = 0;
    add('text with NUL bytes', `${seed.name}.txt`, nuls);
    const token = pick(TOKENS);
    add(
      'text with a very long line',
      `${seed.name}.txt`,
      Buffer.from(`${seed.text}\n${token.repeat(Math.ceil(200_000 / token.length))}\n`),
    );
  }

  const depth = [1_000, 10_000, 100_000];
  for (const n of depth) {
    add(
      'deep <w:p> nesting',
      'nested.docx',
      docxFile(documentXml(`${'<w:p><w:r><w:t>a</w:t></w:r>'.repeat(n)}${'</w:p>'.repeat(n)}`)),
    );
    add(
      'deep element nesting',
      'nested.docx',
      docxFile(
        documentXml(
          `${'<w:tbl><w:tr><w:tc>'.repeat(n)}${paragraph('Nhiệm vụ')}${'</w:tc></w:tr></w:tbl>'.repeat(n)}`,
        ),
      ),
    );
  }
  add(
    'many short paragraphs',
    'many.docx',
    docxFile(
      documentXml(
        Array.from({ length: 10_000 }, (_, i) => paragraph(`${i + 1}. Nhiệm vụ số ${i * 7919}`)).join(''),
      ),
    ),
  );
  add(
    'many table cells',
    'cells.docx',
    docxFile(
      documentXml(
        `<w:tbl>${Array.from({ length: 5_000 }, (_, i) => `<w:tr><w:tc>${paragraph(String(i))}</w:tc><w:tc>${paragraph('Phòng Văn hóa')}</w:tc></w:tr>`).join('')}</w:tbl>`,
      ),
    ),
  );
  add(
    'CDATA and comments',
    'cdata.docx',
    docxFile(
      documentXml(
        `<w:p><w:r><w:t><![CDATA[<w:p>KẾ HOẠCH</w:p>]]></w:t></w:r></w:p><!-- <w:p> --><?pi <w:t>?>${paragraph('I. MỤC ĐÍCH')}`,
      ),
    ),
  );
  add(
    'entity definitions (billion laughs)',
    'lol.docx',
    docxFile(
      `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">${Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`).join('')}]><w:document xmlns:w="${W}"><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>`,
    ),
  );
  add('a tag never closed', 'open.docx', docxFile(`${documentXml(paragraph('KẾ HOẠCH'))}<w:p><w:t`));
  const unreadable = {
    'text outside any paragraph': docxFile(documentXml('<w:t>lạc</w:t>'.repeat(10_000))),
    'no paragraphs at all': docxFile(documentXml('')),
    'document.xml of random bytes': docxFile(randomBytes(50_000)),
    'empty zip': zipFile([]),
    'a local header and nothing else': Buffer.from([0x50, 0x4b, 0x03, 0x04]),
  };
  for (const [kind, bytes] of Object.entries(unreadable)) add(kind, 'odd.docx', bytes, 'unreadable');
  for (const name of [
    '../../etc/passwd',
    '/word/document.xml',
    'word\\document.xml',
    `${'a/'.repeat(2000)}x.xml`,
  ])
    add(
      'odd entry names',
      'names.docx',
      zipFile([
        { name, data: planXml('KẾ HOẠCH') },
        { name: 'word/document.xml', data: '' },
      ]),
      'unreadable',
    );
  for (const other of ['xl/workbook.xml', 'word/Document.xml', 'document.xml'])
    add(
      'zip without word/document.xml',
      'other.docx',
      zipFile([
        { name: '[Content_Types].xml', data: '<Types/>' },
        { name: other, data: planXml('KẾ HOẠCH') },
      ]),
      'unreadable',
    );
  for (let i = 0; i < 3; i++) {
    const xml = planXml(pick(SEED_TEXTS).text);
    add(
      'broken deflate stream',
      'deflate.docx',
      zipFile([{ name: 'word/document.xml', data: xml, deflated: randomBytes(100 + int(5000)) }]),
      'unreadable',
    );
  }
  for (let i = 0; i < 10; i++)
    add(
      'random bytes with a PK header',
      'pk.docx',
      Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), randomBytes(int(100_000))]),
      'unreadable',
    );
  for (let i = 0; i < 6; i++) {
    const tail = i % 2 === 0 ? randomBytes(10 + int(50_000)) : Buffer.from(pick(SEED_TEXTS).text);
    add(
      'a PDF header and garbage',
      'plan.pdf',
      Buffer.concat([Buffer.from(`%PDF-1.${i}\n`), tail]),
      'unreadable',
    );
  }

  add('empty file', 'empty.txt', Buffer.alloc(0), 'unreadable');
  add('only white space', 'blank.txt', Buffer.from(' \n\t\r\n '.repeat(1000)), 'unreadable');
  add('only a byte-order mark', 'bom.txt', Buffer.from('\uFEFF\n'), 'unreadable');
  add('one byte', 'one.txt', Buffer.from([int(256)]));
  add(
    'a Word 97 header and garbage',
    'plan.doc',
    Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), randomBytes(4096)]),
    'unreadable',
  );

  // The zip guard's refusals (413); the bombs are small to write: sizes declared, or zeros that deflate to nothing.
  const small = planXml('KẾ HOẠCH');
  add(
    'bomb: an entry declared over 50 MB',
    'bomb.docx',
    zipFile([{ name: 'word/document.xml', data: small, declaredSize: 60 * 1024 * 1024 }]),
    'too_large',
  );
  add(
    'bomb: three entries declared 20 MB each',
    'bomb.docx',
    zipFile(
      ['a', 'b', 'word/document'].map((n) => ({
        name: `${n}.xml`,
        data: small,
        declaredSize: 20 * 1024 * 1024,
      })),
    ),
    'too_large',
  );
  add('bomb: 2 MB of zeros', 'bomb.docx', docxFile(new Uint8Array(2 * 1024 * 1024)), 'too_large');
  add(
    'bomb: inflates past its declared size',
    'bomb.docx',
    docxFile(documentXml(' '.repeat(900_000)), 1000),
    'too_large',
  );
  add(
    'bomb: 5,001 entries',
    'entries.docx',
    zipFile(Array.from({ length: 5_001 }, (_, i) => ({ name: `p/${i}.xml`, data: '' }))),
    'too_large',
  );
  return cases;
}
