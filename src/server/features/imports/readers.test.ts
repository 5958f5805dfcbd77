import { describe, expect, it } from 'vitest';
import { renderDocx } from '../../../core/documents/build-docx';
import seed003 from '../../../core/documents/fixtures/seed-003.json' with { type: 'json' };
import type { DocModel } from '../../../core/documents/model';
import os from 'node:os';
import path from 'node:path';
import { docxToPdf } from '../../platform/pdf';
import { readPlanFile, UnreadableFileError } from './readers';

const draft = seed003 as unknown as DocModel;

/** A one-page PDF with no text on it: what a scanner gives. */
function blankPdf(): Uint8Array {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(body);
}

async function reason(bytes: Uint8Array): Promise<string> {
  try {
    await readPlanFile(bytes, 'x');
  } catch (error) {
    if (error instanceof UnreadableFileError) return `${error.reason}: ${error.message}`;
    throw error;
  }
  return 'read';
}

describe('reading plan files', () => {
  it('reads a DOCX paragraph by paragraph', async () => {
    const read = await readPlanFile(await renderDocx(draft), 'ke-hoach.docx');
    expect(read.format).toBe('docx');
    expect(read.text).toContain('KẾ HOẠCH');
    expect(read.text).toContain(draft.title);
    expect(read.text.split('\n')).toContain('I. MỤC ĐÍCH, YÊU CẦU');
  });

  it('reads UTF-8 and Windows-1258 text, NFC-normalised', async () => {
    const decomposed = 'Kê\u0301 hoạch'.normalize('NFD');
    expect((await readPlanFile(new TextEncoder().encode(decomposed))).text).toBe('Kế hoạch');
    // "Kế hoạch" in Windows-1258: K, ê (0xEA) + combining acute (0xEC), ' ho', ạ = a + dot below (0xF2), 'ch'.
    const cp1258 = Uint8Array.from([0x4b, 0xea, 0xec, 0x20, 0x68, 0x6f, 0x61, 0xf2, 0x63, 0x68]);
    expect((await readPlanFile(cp1258)).text).toBe('Kế hoạch');
  });

  it.each([
    ['an empty file', new Uint8Array(), 'empty'],
    ['blank lines', new TextEncoder().encode('\n \n\t'), 'empty'],
    ['a byte-order mark and blank lines', new TextEncoder().encode('\uFEFF\n\u00a0\n'), 'empty'],
    ['binary garbage', Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256), 'binary'],
    ['a Word 97 file', Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'legacy_doc'],
    ['a broken zip', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), 'broken'],
  ])('refuses %s with a clear reason', async (_name, bytes, expected) => {
    expect(await reason(bytes)).toMatch(new RegExp(`^${expected}: .+`));
  });

  it('says a PDF without a text layer is a scan', async () => {
    expect(await reason(blankPdf())).toBe(
      'scanned_pdf: Tệp PDF không có lớp văn bản (bản scan); hãy gửi bản DOCX hoặc PDF có chữ.',
    );
  });

  // CI installs LibreOffice and poppler-utils (.ci/run); reading PDFs is part of the product, so this does not skip.
  it('reads a PDF through its text layer', async () => {
    const pdf = await docxToPdf(await renderDocx(draft), {
      cacheDir: path.join(os.tmpdir(), 'phongtrao-test-pdf'),
    });
    const read = await readPlanFile(pdf, 'ke-hoach.pdf');
    expect(read.format).toBe('pdf');
    expect(read.text).toContain('KẾ HOẠCH');
    expect(read.text).toContain('MỤC ĐÍCH, YÊU CẦU');
  }, 120_000);
});
