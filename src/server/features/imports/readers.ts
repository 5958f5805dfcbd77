import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import { promisify } from 'node:util';
import {
  DEFAULT_ZIP_LIMITS,
  openCheckedZip,
  ZipRefusedError,
  type CheckedZip,
  type ZipLimits,
} from '../../platform/zip-guard';
import { DocumentXmlScanner } from './document-xml';
import { importsMessages as m } from './imports.messages';

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

export interface ReadOptions {
  /** Bounds for inflating a DOCX (default DOCX_ZIP_LIMITS). */
  zipLimits?: ZipLimits;
  /** How long pdftotext may run (default 60 s). */
  pdfTimeoutMs?: number;
}

/** The largest file an import reads (the API refuses larger ones before reading them). */
export { MAX_IMPORT_BYTES } from '../../../contracts/imports';

const startsWith = (bytes: Uint8Array, signature: number[]) => signature.every((b, i) => bytes[i] === b);

/**
 * Reads a plan as text: DOCX (the document body, paragraph by paragraph, table cells one per line), PDF with a text
 * layer (pdftotext, page breaks kept as form feeds), or plain text (UTF-8, else Windows-1258). The kind is told by
 * the bytes, not the name. Throws UnreadableFileError (415 with the reason), or ZipRefusedError (413) for a DOCX that
 * inflates past its bounds.
 */
export async function readPlanFile(
  bytes: Uint8Array,
  fileName = '',
  options: ReadOptions = {},
): Promise<ReadFile> {
  if (bytes.length === 0 || bytes.every((b) => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09))
    throw new UnreadableFileError('empty', m.emptyFile);
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46]))
    return { format: 'pdf', text: await readPdf(bytes, options.pdfTimeoutMs ?? 60_000) };
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]))
    return { format: 'docx', text: await readDocx(bytes, options.zipLimits ?? DOCX_ZIP_LIMITS) };
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) throw new UnreadableFileError('legacy_doc', m.legacyDoc);
  const text = readText(bytes, fileName);
  // A byte-order mark alone, or white space that is not ASCII, is as empty as no bytes.
  if (!text.trim()) throw new UnreadableFileError('empty', m.emptyFile);
  return { format: 'txt', text };
}

function readText(bytes: Uint8Array, fileName: string): string {
  // Text has few control characters; a file full of them is not a document.
  let control = 0;
  for (const b of bytes.subarray(0, 65_536)) if (b < 0x09 || (b > 0x0d && b < 0x20)) control++;
  if (control > Math.min(bytes.length, 65_536) * 0.01)
    throw new UnreadableFileError('binary', m.notText(fileName));
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('windows-1258').decode(bytes);
  }
  return text.replace(/^\uFEFF/, '').normalize('NFC');
}

/**
 * The bounds a DOCX upload is inflated within: the whole container and each part at most 50 MB inflated, a part over
 * 1 MB compressed at most 200 times, at most 5,000 parts (a long plan's document.xml is a few MB).
 */
export const DOCX_ZIP_LIMITS: ZipLimits = DEFAULT_ZIP_LIMITS;

/**
 * The main document part's paragraphs as lines; a table cell's paragraphs are lines too, as pdftotext gives them. The
 * part is scanned as it inflates (document-xml.ts): what is kept is the text, never the part's whole XML.
 */
async function readDocx(bytes: Uint8Array, limits: ZipLimits): Promise<string> {
  let zip: CheckedZip;
  try {
    zip = await openCheckedZip(bytes, limits);
  } catch (error) {
    if (error instanceof ZipRefusedError && (error.reason === 'broken' || error.reason === 'not_zip'))
      throw new UnreadableFileError('broken', m.brokenDocx);
    throw error;
  }
  const scanner = new DocumentXmlScanner();
  const decoder = new StringDecoder('utf8');
  let found: boolean;
  try {
    found = await zip.readChunks('word/document.xml', (chunk) => scanner.push(decoder.write(chunk)));
  } catch (error) {
    if (error instanceof ZipRefusedError && error.reason === 'broken')
      throw new UnreadableFileError('broken', m.brokenDocx);
    throw error;
  } finally {
    zip.close();
  }
  if (!found) throw new UnreadableFileError('broken', m.zipNotWord);
  scanner.push(decoder.end());
  const text = scanner.end().join('\n').normalize('NFC');
  if (!text.trim()) throw new UnreadableFileError('empty', m.docxWithoutText);
  return text;
}

/** pdftotext (poppler-utils) reads the text layer in reading order; a scan has none. */
async function readPdf(bytes: Uint8Array, timeout: number): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'phongtrao-import-'));
  try {
    const file = path.join(dir, 'plan.pdf');
    await fs.writeFile(file, bytes);
    let stdout: string;
    try {
      ({ stdout } = await run('pdftotext', ['-enc', 'UTF-8', file, '-'], {
        maxBuffer: 64 * 1024 * 1024,
        timeout,
      }));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT')
        throw new UnreadableFileError('pdf_tool_missing', m.pdfToolMissing);
      throw new UnreadableFileError('broken', m.brokenPdf);
    }
    const text = stdout.normalize('NFC');
    if (text.replace(/[\s\f]/g, '').length < 20) throw new UnreadableFileError('scanned_pdf', m.scannedPdf);
    return text;
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}
