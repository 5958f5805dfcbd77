import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import JSZip from 'jszip';

const run = promisify(execFile);

/** Why a file could not be read, in words for the person who sent it; `code` is stable for the API. */
export class UnreadableFileError extends Error {
  constructor(
    readonly reason: 'empty' | 'scanned_pdf' | 'binary' | 'legacy_doc' | 'broken' | 'pdf_tool_missing',
    message: string,
  ) {
    super(message);
  }
}

export interface ReadFile {
  format: 'docx' | 'pdf' | 'txt';
  text: string;
}

/** The largest file an import reads (the API refuses larger ones before reading them). */
export { MAX_IMPORT_BYTES } from '../../../contracts/imports';

const startsWith = (bytes: Uint8Array, signature: number[]) => signature.every((b, i) => bytes[i] === b);

/**
 * Reads a plan as text: DOCX (the document body, paragraph by paragraph, table cells one per line), PDF with a text
 * layer (pdftotext, page breaks kept as form feeds), or plain text (UTF-8, else Windows-1258). The kind is told by
 * the bytes, not the name.
 */
export async function readPlanFile(bytes: Uint8Array, fileName = ''): Promise<ReadFile> {
  if (bytes.length === 0 || bytes.every((b) => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09))
    throw new UnreadableFileError('empty', 'Tệp rỗng, không có nội dung để đọc.');
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return { format: 'pdf', text: await readPdf(bytes) };
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return { format: 'docx', text: await readDocx(bytes) };
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0]))
    throw new UnreadableFileError(
      'legacy_doc',
      'Tệp Word 97-2003 (.doc) chưa đọc được; hãy mở bằng Word và lưu thành .docx hoặc PDF.',
    );
  return { format: 'txt', text: readText(bytes, fileName) };
}

function readText(bytes: Uint8Array, fileName: string): string {
  // Text has few control characters; a file full of them is not a document.
  let control = 0;
  for (const b of bytes.subarray(0, 65_536)) if (b < 0x09 || (b > 0x0d && b < 0x20)) control++;
  if (control > Math.min(bytes.length, 65_536) * 0.01)
    throw new UnreadableFileError(
      'binary',
      `Tệp ${fileName ? `"${fileName}" ` : ''}không phải văn bản đọc được (chỉ nhận DOCX, PDF có lớp chữ, TXT).`,
    );
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('windows-1258').decode(bytes);
  }
  return text.replace(/^\uFEFF/, '').normalize('NFC');
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decodeXml = (text: string) =>
  text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (all, entity: string) =>
    entity.startsWith('#x') || entity.startsWith('#X')
      ? String.fromCodePoint(parseInt(entity.slice(2), 16))
      : entity.startsWith('#')
        ? String.fromCodePoint(Number(entity.slice(1)))
        : (ENTITIES[entity] ?? all),
  );

/** The main document part's paragraphs as lines; a table cell's paragraphs are lines too, as pdftotext gives them. */
async function readDocx(bytes: Uint8Array): Promise<string> {
  let xml: string | undefined;
  try {
    const zip = await JSZip.loadAsync(bytes);
    xml = await zip.file('word/document.xml')?.async('string');
  } catch {
    throw new UnreadableFileError('broken', 'Tệp DOCX bị hỏng, không mở được.');
  }
  if (xml === undefined) throw new UnreadableFileError('broken', 'Tệp nén không phải tài liệu Word (.docx).');
  const lines: string[] = [];
  for (const paragraph of xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>|<w:p\/>/g)) {
    let line = '';
    for (const piece of paragraph[0].matchAll(
      /<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:tab\/>|<w:br(?: [^>]*)?\/>/g,
    )) {
      if (piece[1] !== undefined) line += decodeXml(piece[1]);
      else line += piece[0].startsWith('<w:tab') ? '\t' : '\n';
    }
    lines.push(line);
  }
  const text = lines.join('\n').normalize('NFC');
  if (!text.trim()) throw new UnreadableFileError('empty', 'Tệp DOCX không có nội dung chữ.');
  return text;
}

/** pdftotext (poppler-utils) reads the text layer in reading order; a scan has none. */
async function readPdf(bytes: Uint8Array): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'phongtrao-import-'));
  try {
    const file = path.join(dir, 'plan.pdf');
    await fs.writeFile(file, bytes);
    let stdout: string;
    try {
      ({ stdout } = await run('pdftotext', ['-enc', 'UTF-8', file, '-'], {
        maxBuffer: 64 * 1024 * 1024,
        timeout: 60_000,
      }));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT')
        throw new UnreadableFileError(
          'pdf_tool_missing',
          'Máy chủ chưa cài pdftotext (gói poppler-utils) nên chưa đọc được PDF; hãy gửi tệp DOCX.',
        );
      throw new UnreadableFileError('broken', 'Tệp PDF bị hỏng hoặc có mật khẩu, không đọc được.');
    }
    const text = stdout.normalize('NFC');
    if (text.replace(/[\s\f]/g, '').length < 20)
      throw new UnreadableFileError(
        'scanned_pdf',
        'Tệp PDF không có lớp văn bản (bản scan); hãy gửi bản DOCX hoặc PDF có chữ.',
      );
    return text;
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}
