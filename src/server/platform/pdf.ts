import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { constants as fsConstants } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { platformMessages as pm } from './platform.messages';

/** LibreOffice is not installed (or SOFFICE_PATH points nowhere); routes answer 503 `pdf_unavailable`. */
export class PdfUnavailableError extends Error {
  constructor() {
    super(pm.pdfUnavailable);
    this.name = 'PdfUnavailableError';
  }
}

/** Stack notes §4: more soffice processes than cores only queue inside LibreOffice and use memory. */
const MAX_PARALLEL = 2;
const DEFAULT_TIMEOUT_MS = 60_000;

const counters = { conversions: 0, cacheHits: 0 };
/** How many times this process ran soffice and served a cached PDF (for tests and the benchmark). */
export function pdfStats(): { conversions: number; cacheHits: number } {
  return { ...counters };
}

async function isExecutable(file: string): Promise<boolean> {
  try {
    await fs.access(file, fsConstants.X_OK);
    return (await fs.stat(file)).isFile();
  } catch {
    return false;
  }
}

async function findSoffice(env: NodeJS.ProcessEnv): Promise<string | null> {
  const override = env.SOFFICE_PATH?.trim();
  if (override) return (await isExecutable(override)) ? override : null;
  for (const dir of (env.PATH ?? '').split(path.delimiter).filter(Boolean)) {
    const candidate = path.join(dir, 'soffice');
    if (await isExecutable(candidate)) return candidate;
  }
  return null;
}

// Looked up once per SOFFICE_PATH/PATH pair: the answer does not change while the process runs.
const lookups = new Map<string, Promise<string | null>>();
function sofficePath(): Promise<string | null> {
  const key = `${process.env.SOFFICE_PATH ?? ''}\0${process.env.PATH ?? ''}`;
  let found = lookups.get(key);
  if (!found) {
    found = findSoffice(process.env);
    lookups.set(key, found);
  }
  return found;
}

/** Whether LibreOffice can be run here (`soffice` on PATH, or SOFFICE_PATH). */
export async function isPdfAvailable(): Promise<boolean> {
  return (await sofficePath()) !== null;
}

// A small FIFO semaphore: at most MAX_PARALLEL soffice processes at once.
let running = 0;
const waiting: (() => void)[] = [];
async function inQueue<T>(task: () => Promise<T>): Promise<T> {
  if (running >= MAX_PARALLEL) await new Promise<void>((resolve) => waiting.push(resolve));
  else running++;
  try {
    return await task();
  } finally {
    const next = waiting.shift();
    if (next) next();
    else running--;
  }
}

function runSoffice(soffice: string, args: string[], cwd: string, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    // Own process group, so a timeout also ends soffice.bin, which the soffice script starts as a child.
    const child = spawn(soffice, args, { cwd, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(new Error(pm.sofficeNotRun(soffice, error.message)));
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (timedOut) reject(new Error(pm.sofficeTimedOut(timeoutMs / 1000)));
      else if (code !== 0) reject(new Error(pm.sofficeFailed(code ?? signal, output.trim())));
      else resolve(output);
    });
  });
}

async function convert(soffice: string, docx: Uint8Array, timeoutMs: number): Promise<Uint8Array> {
  const work = await fs.mkdtemp(path.join(os.tmpdir(), 'phongtrao-pdf-'));
  try {
    const input = path.join(work, 'document.docx');
    await fs.writeFile(input, docx);
    // Stack notes §4: two soffice processes sharing a profile silently produce nothing, so each gets its own.
    const profile = pathToFileURL(path.join(work, 'profile')).href;
    const outDir = path.join(work, 'out');
    counters.conversions++;
    const output = await runSoffice(
      soffice,
      [
        `-env:UserInstallation=${profile}`,
        '--headless',
        '--norestore',
        '--nolockcheck',
        '--convert-to',
        'pdf',
        '--outdir',
        outDir,
        input,
      ],
      work,
      timeoutMs,
    );
    // soffice exits 0 even when it could not load the file ("Error: source file could not be loaded").
    const pdf = await fs.readFile(path.join(outDir, 'document.pdf')).catch(() => null);
    if (!pdf || pdf.subarray(0, 4).toString('latin1') !== '%PDF')
      throw new Error(pm.sofficeNoPdf(output.trim()));
    return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  } finally {
    await fs.rm(work, { recursive: true, force: true });
  }
}

// One conversion per cached file at a time: a second caller of the same DOCX waits for the first.
const inFlight = new Map<string, Promise<Uint8Array>>();

export interface PdfOptions {
  /** Where converted PDFs are kept, named by the SHA-256 of their DOCX. */
  cacheDir: string;
  /** soffice is stopped after this long; 60 s unless a batch job needs more. */
  timeoutMs?: number;
}

async function cachedOrConverted(
  docx: Uint8Array,
  cacheFile: string,
  options: PdfOptions,
): Promise<Uint8Array> {
  const cached = await fs.readFile(cacheFile).catch(() => null);
  if (cached) {
    counters.cacheHits++;
    return new Uint8Array(cached.buffer, cached.byteOffset, cached.byteLength);
  }
  const soffice = await sofficePath();
  if (!soffice) throw new PdfUnavailableError();
  const pdf = await inQueue(() => convert(soffice, docx, options.timeoutMs ?? DEFAULT_TIMEOUT_MS));
  await fs.mkdir(path.dirname(cacheFile), { recursive: true });
  // Write then rename, so a reader never sees half a file.
  const partial = `${cacheFile}.${process.pid}.${Date.now()}.part`;
  await fs.writeFile(partial, pdf);
  await fs.rename(partial, cacheFile);
  return pdf;
}

/**
 * Converts DOCX bytes to PDF with LibreOffice, cached in `cacheDir` by the SHA-256 of the DOCX.
 * Throws PdfUnavailableError when soffice is missing, an Error with LibreOffice's message when it fails.
 */
export async function docxToPdf(docx: Uint8Array, options: PdfOptions): Promise<Uint8Array> {
  const hash = createHash('sha256').update(docx).digest('hex');
  const cacheFile = path.join(path.resolve(options.cacheDir), `${hash}.pdf`);
  let pending = inFlight.get(cacheFile);
  if (!pending) {
    pending = cachedOrConverted(docx, cacheFile, options).finally(() => inFlight.delete(cacheFile));
    inFlight.set(cacheFile, pending);
  }
  return pending;
}
