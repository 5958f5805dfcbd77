import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { renderDocx } from '../../core/documents/build-docx';
import { SAMPLES } from '../../core/documents/samples';
import { docxToPdf, isPdfAvailable, pdfStats, PdfUnavailableError } from './pdf';

const run = promisify(execFile);
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'phongtrao-pdf-test-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const isPdf = (bytes: Uint8Array) => Buffer.from(bytes.subarray(0, 4)).toString('latin1') === '%PDF';

async function pdfText(pdf: Uint8Array): Promise<string> {
  const file = path.join(tmp, `text-${Date.now()}-${Math.random()}.pdf`);
  fs.writeFileSync(file, pdf);
  return (await run('pdftotext', ['-enc', 'UTF-8', file, '-'])).stdout;
}

/**
 * A stand-in for soffice: logs its start, end and profile to `log`, waits, then writes a tiny PDF
 * (or fails, or writes nothing, by `mode`).
 */
function fakeSoffice(name: string, mode: 'ok' | 'fail' | 'silent'): { bin: string; log: string } {
  const bin = path.join(tmp, name);
  const log = path.join(tmp, `${name}.log`);
  fs.writeFileSync(
    bin,
    `#!/bin/sh
profile=""; outdir=""; input=""
while [ $# -gt 0 ]; do
  case "$1" in
    -env:UserInstallation=*) profile="\${1#-env:UserInstallation=}" ;;
    --outdir) outdir="$2"; shift ;;
    -*) ;;
    *) input="$1" ;;
  esac
  shift
done
echo "start $profile $input" >> "${log}"
sleep 0.3
echo "end" >> "${log}"
case "${mode}" in
  fail) echo "Error: source file could not be loaded" >&2; exit 81 ;;
  silent) exit 0 ;;
esac
mkdir -p "$outdir"
printf '%%PDF-1.4 fake %s' "$(wc -c < "$input")" > "$outdir/document.pdf"
`,
    { mode: 0o755 },
  );
  return { bin, log };
}

const available = await isPdfAvailable();

describe('docxToPdf with a stand-in soffice', () => {
  const saved = process.env.SOFFICE_PATH;
  afterEach(() => {
    if (saved === undefined) delete process.env.SOFFICE_PATH;
    else process.env.SOFFICE_PATH = saved;
  });

  it('reports PDF as unavailable when SOFFICE_PATH points nowhere, and throws PdfUnavailableError', async () => {
    process.env.SOFFICE_PATH = path.join(tmp, 'no-such-soffice');
    expect(await isPdfAvailable()).toBe(false);
    await expect(
      docxToPdf(new Uint8Array([1, 2, 3]), { cacheDir: path.join(tmp, 'cache-none') }),
    ).rejects.toBeInstanceOf(PdfUnavailableError);
  });

  it('runs at most two conversions at once, each with its own profile, and shares one conversion of the same bytes', async () => {
    const { bin, log } = fakeSoffice('soffice-ok', 'ok');
    process.env.SOFFICE_PATH = bin;
    expect(await isPdfAvailable()).toBe(true);
    const cacheDir = path.join(tmp, 'cache-queue');
    const before = pdfStats().conversions;
    const inputs = [1, 2, 3, 4, 1].map((n) => new Uint8Array(n * 10));
    const pdfs = await Promise.all(inputs.map((bytes) => docxToPdf(bytes, { cacheDir })));
    expect(pdfs.every(isPdf)).toBe(true);
    expect(pdfStats().conversions - before).toBe(4);
    expect(pdfs[4]).toBe(pdfs[0]);

    const lines = fs.readFileSync(log, 'utf8').trim().split('\n');
    let active = 0;
    let peak = 0;
    for (const line of lines) {
      active += line.startsWith('start') ? 1 : -1;
      peak = Math.max(peak, active);
    }
    expect(peak).toBe(2);
    const starts = lines.filter((l) => l.startsWith('start')).map((l) => l.split(' '));
    const profiles = starts.map(([, profile]) => profile!);
    expect(new Set(profiles).size).toBe(4);
    expect(profiles.every((p) => p.startsWith('file:///'))).toBe(true);
    // Each conversion's folder (input, profile, output) is gone afterwards.
    expect(starts.map(([, , input]) => path.dirname(input!)).filter((dir) => fs.existsSync(dir))).toEqual([]);
    expect(fs.readdirSync(cacheDir).filter((f) => f.endsWith('.pdf'))).toHaveLength(4);
  });

  it('throws LibreOffice’s own message when soffice fails', async () => {
    process.env.SOFFICE_PATH = fakeSoffice('soffice-fail', 'fail').bin;
    await expect(docxToPdf(new Uint8Array(7), { cacheDir: path.join(tmp, 'cache-fail') })).rejects.toThrow(
      /mã 81.*source file could not be loaded/s,
    );
  });

  it('throws when soffice exits 0 without writing a PDF, and caches nothing', async () => {
    process.env.SOFFICE_PATH = fakeSoffice('soffice-silent', 'silent').bin;
    const cacheDir = path.join(tmp, 'cache-silent');
    await expect(docxToPdf(new Uint8Array(8), { cacheDir })).rejects.toThrow(/không tạo ra tệp PDF/);
    expect(fs.existsSync(cacheDir) ? fs.readdirSync(cacheDir) : []).toEqual([]);
  });
});

describe('docxToPdf with LibreOffice', () => {
  // The real tests below skip without soffice; CI installs it, so there a missing soffice must fail.
  it.runIf(Boolean(process.env.CI))('finds soffice in CI', () => {
    expect(available).toBe(true);
  });

  const cacheDir = path.join(tmp, 'cache-real');

  it.runIf(available)(
    'converts a plan to a PDF that reads as one, then serves the same DOCX from the cache',
    { timeout: 120_000 },
    async () => {
      const docx = await renderDocx(SAMPLES.KH);
      const before = pdfStats();
      const pdf = await docxToPdf(docx, { cacheDir });
      expect(isPdf(pdf)).toBe(true);
      const text = await pdfText(pdf);
      expect(text).toContain('KẾ HOẠCH');
      expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
      expect(pdfStats().conversions - before.conversions).toBe(1);

      const again = await docxToPdf(docx, { cacheDir });
      expect(Buffer.from(again).equals(Buffer.from(pdf))).toBe(true);
      expect(pdfStats().conversions - before.conversions).toBe(1);
      expect(pdfStats().cacheHits - before.cacheHits).toBe(1);
    },
  );

  it.runIf(available)('converts three different documents in parallel', { timeout: 180_000 }, async () => {
    const docs = await Promise.all([SAMPLES.GM, SAMPLES.QĐ, SAMPLES.BC].map((doc) => renderDocx(doc)));
    const before = pdfStats().conversions;
    const pdfs = await Promise.all(docs.map((docx) => docxToPdf(docx, { cacheDir })));
    expect(pdfs.every(isPdf)).toBe(true);
    expect(pdfStats().conversions - before).toBe(3);
    const texts = await Promise.all(pdfs.map(pdfText));
    expect(texts[0]).toContain('GIẤY MỜI');
    expect(texts[1]).toContain('QUYẾT ĐỊNH');
    expect(texts[2]).toContain('BÁO CÁO');
  });
});
