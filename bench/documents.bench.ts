import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import v8 from 'node:v8';
import vm from 'node:vm';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { Document, Packer, Paragraph } from 'docx';
import { renderDocx } from '../src/core/documents/build-docx';
import { renderInvitationBatch } from '../src/core/documents/invitation-batch';
import type { DocModel } from '../src/core/documents/model';
import { SAMPLES } from '../src/core/documents/samples';
import { docxToPdf, isPdfAvailable } from '../src/server/platform/pdf';
import { fixed } from './stats';

const run = promisify(execFile);
const MB = 1024 * 1024;
const GOAL = { seconds: 10, rssMb: 500 };

export interface DocumentsResult {
  count: number;
  /** 3,000 `docx` documents of one paragraph each: what the library costs without the NĐ 30 layout. */
  baseline: { totalMs: number; perDocMs: number };
  /** One `docx` document with 3,000 one-paragraph sections: the library's cost of many sections. */
  baselineMerged: { totalMs: number };
  single: { totalMs: number; perDocMs: number; totalMb: number; ratio: number };
  merged: {
    totalMs: number;
    sizeMb: number;
    rssBeforeMb: number;
    peakRssMb: number;
    heapBeforeMb: number;
    peakHeapMb: number;
    heapAfterMb: number;
    ratio: number;
    ratioToMergedBaseline: number;
  };
  /** The merged file opened by LibreOffice: its PDF and page count; null when soffice is missing. */
  pdf: { totalMs: number; pages: number; isComplete: boolean } | { error: string } | null;
  goal: { seconds: number; rssMb: number; met: boolean };
}

/** The giấy mời sample, addressed to recipient `i`. */
export function invitationFor(i: number): DocModel {
  return {
    ...SAMPLES.GM,
    invitation: { ...SAMPLES.GM.invitation!, invitee: `Ông/Bà Nguyễn Văn ${i}, Trưởng thôn ${i}` },
  };
}

// A full collection before each phase, so one phase's garbage does not land in the next one's figures.
v8.setFlagsFromString('--expose-gc');
const collect = vm.runInNewContext('gc') as () => void;

/**
 * Samples the process RSS every 20 ms on a worker thread: the build keeps the main thread busy for
 * seconds at a time, and a timer there would not fire until it yields.
 */
function watchRss(): { stop(): Promise<number> } {
  const worker = new Worker(
    `const { parentPort } = require('node:worker_threads');
     let peak = process.memoryUsage.rss();
     const timer = setInterval(() => { peak = Math.max(peak, process.memoryUsage.rss()); }, 20);
     parentPort.once('message', () => { clearInterval(timer); parentPort.postMessage(peak); });`,
    { eval: true, execArgv: [] },
  );
  return {
    async stop() {
      const peak = new Promise<number>((resolve) => worker.once('message', resolve));
      worker.postMessage('stop');
      const value = await peak;
      await worker.terminate();
      return value;
    },
  };
}

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  collect();
  const start = performance.now();
  const value = await work();
  return { ms: performance.now() - start, value };
}

async function convertMerged(docx: Uint8Array, expectedPages: number): Promise<DocumentsResult['pdf']> {
  if (!(await isPdfAvailable())) return null;
  const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'phongtrao-bench-pdf-'));
  try {
    const { ms, value: pdf } = await timed(() => docxToPdf(docx, { cacheDir, timeoutMs: 600_000 }));
    const file = path.join(cacheDir, 'merged.pdf');
    fs.writeFileSync(file, pdf);
    const info = (await run('pdfinfo', [file])).stdout;
    const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0);
    return { totalMs: ms, pages, isComplete: pages >= expectedPages };
  } catch (error) {
    return { error: (error as Error).message.slice(0, 300) };
  } finally {
    fs.rmSync(cacheDir, { recursive: true, force: true });
  }
}

export async function benchDocuments(count = 3000): Promise<DocumentsResult> {
  const docs = Array.from({ length: count }, (_, i) => invitationFor(i + 1));
  // Warm the JIT on both paths so the first measured phase does not pay for it.
  await renderDocx(docs[0]!);
  await Packer.toArrayBuffer(new Document({ sections: [{ children: [new Paragraph('x')] }] }));

  const baseline = await timed(async () => {
    for (let i = 0; i < count; i++)
      await Packer.toArrayBuffer(
        new Document({ sections: [{ children: [new Paragraph(`Ông/Bà Nguyễn Văn ${i + 1}`)] }] }),
      );
  });
  const baselineMerged = await timed(() =>
    Packer.toArrayBuffer(
      new Document({
        sections: docs.map((_, i) => ({ children: [new Paragraph(`Ông/Bà Nguyễn Văn ${i + 1}`)] })),
      }),
    ),
  );

  const single = await timed(async () => {
    let bytes = 0;
    for (const doc of docs) bytes += (await renderDocx(doc)).byteLength;
    return bytes;
  });

  collect();
  const rssBefore = process.memoryUsage.rss();
  const heapBefore = process.memoryUsage().heapUsed;
  let peakHeap = heapBefore;
  const heapTimer = setInterval(() => (peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed)), 20);
  const rss = watchRss();
  const start = performance.now();
  // The batch path of the product: one template, an XML-level merge (core/documents/invitation-batch.ts).
  const merged = await renderInvitationBatch(
    SAMPLES.GM,
    docs.map((d) => d.invitation!.invitee!),
  );
  const mergedMs = performance.now() - start;
  const heapAfter = process.memoryUsage().heapUsed;
  clearInterval(heapTimer);
  peakHeap = Math.max(peakHeap, heapAfter);
  const peakRss = await rss.stop();

  const pdf = await convertMerged(merged, count);
  const peakRssMb = peakRss / MB;
  return {
    count,
    baseline: { totalMs: baseline.ms, perDocMs: baseline.ms / count },
    baselineMerged: { totalMs: baselineMerged.ms },
    single: {
      totalMs: single.ms,
      perDocMs: single.ms / count,
      totalMb: single.value / MB,
      ratio: single.ms / baseline.ms,
    },
    merged: {
      totalMs: mergedMs,
      sizeMb: merged.byteLength / MB,
      rssBeforeMb: rssBefore / MB,
      peakRssMb,
      heapBeforeMb: heapBefore / MB,
      peakHeapMb: peakHeap / MB,
      heapAfterMb: heapAfter / MB,
      ratio: mergedMs / baseline.ms,
      ratioToMergedBaseline: mergedMs / baselineMerged.ms,
    },
    pdf,
    goal: { ...GOAL, met: mergedMs < GOAL.seconds * 1000 && peakRssMb < GOAL.rssMb },
  };
}

export function printDocuments(result: DocumentsResult): void {
  const { count, baseline, baselineMerged, single, merged, pdf, goal } = result;
  const n = count.toLocaleString('en-US');
  const s = (ms: number) => `${fixed(ms / 1000, 2)} s`;
  console.log(`\ndocuments: ${n} giấy mời (NĐ 30, Mẫu 1.7), one recipient each`);
  console.log(
    '| build                                            | total     | per doc   | ratio to baseline |',
  );
  console.log(
    '|--------------------------------------------------|-----------|-----------|-------------------|',
  );
  const row = (name: string, ms: number, perDoc: string, ratio: string) =>
    console.log(
      `| ${name.padEnd(48)} | ${s(ms).padStart(9)} | ${perDoc.padStart(9)} | ${ratio.padStart(17)} |`,
    );
  row(`baseline: ${n} one-paragraph docx`, baseline.totalMs, `${fixed(baseline.perDocMs)} ms`, '1.00');
  row(
    `baseline: 1 docx, ${n} one-paragraph sections`,
    baselineMerged.totalMs,
    '',
    fixed(baselineMerged.totalMs / baseline.totalMs),
  );
  row(
    `(a) ${n} DOCX, one each (${fixed(single.totalMb, 1)} MB)`,
    single.totalMs,
    `${fixed(single.perDocMs)} ms`,
    fixed(single.ratio),
  );
  row(
    `(b) 1 merged DOCX, ${n} pages, one section (${fixed(merged.sizeMb, 1)} MB)`,
    merged.totalMs,
    `${fixed(merged.totalMs / count)} ms`,
    fixed(merged.ratio),
  );
  console.log(
    `(b) memory: RSS ${fixed(merged.rssBeforeMb, 0)} MB before, peak ${fixed(merged.peakRssMb, 0)} MB (sampled every 20 ms); ` +
      `heap ${fixed(merged.heapBeforeMb, 0)} MB before, peak ≥ ${fixed(merged.peakHeapMb, 0)} MB, ${fixed(merged.heapAfterMb, 0)} MB after; ` +
      `${fixed(merged.ratioToMergedBaseline, 1)}× the one-paragraph merged baseline`,
  );
  if (pdf === null) console.log('(b) LibreOffice check: skipped, soffice not found');
  else if ('error' in pdf) console.log(`(b) LibreOffice check: FAILED: ${pdf.error}`);
  else
    console.log(
      `(b) LibreOffice check: PDF in ${s(pdf.totalMs)}, ${pdf.pages.toLocaleString('en-US')} pages (expect ≥ ${n}): ${pdf.isComplete ? 'OK' : 'MISSING PAGES'}`,
    );
  console.log(
    `goal: merged ${n} giấy mời < ${goal.seconds} s and < ${goal.rssMb} MB: ${goal.met ? 'PASS' : 'MISS'} ` +
      `(${s(merged.totalMs)}, ${fixed(merged.peakRssMb, 0)} MB)`,
  );
}

/**
 * Runs the benchmark in a fresh Node process, so its RSS is the documents' own and not the bench
 * server's PGlite; prints the child's JSON result back here.
 */
export async function benchDocumentsInChild(): Promise<DocumentsResult> {
  const { stdout } = await run(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url)], {
    maxBuffer: 10 * MB,
    timeout: 30 * 60_000,
  });
  return JSON.parse(stdout) as DocumentsResult;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url))
  console.log(JSON.stringify(await benchDocuments()));
