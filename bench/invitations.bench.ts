import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import v8 from 'node:v8';
import vm from 'node:vm';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import JSZip from 'jszip';
import { renderInvitationPages, type InvitationPage } from '../src/core/documents/invitation-batch';
import { qrPng } from '../src/core/documents/qr';
import { SAMPLES } from '../src/core/documents/samples';
import {
  newConferenceSecret,
  signToken,
} from '../src/server/features/conferences/invitations/tokens.service';
import { fixed } from './stats';

const run = promisify(execFile);
const MB = 1024 * 1024;
const COUNT = 3000;

type Variant = 'plain' | 'qr';

export interface InvitationVariantResult {
  variant: Variant;
  count: number;
  /** Signing the tokens and drawing the QR codes (zero for the plain merge). */
  qrMs: number;
  /** The XML merge and the zip. */
  mergeMs: number;
  totalMs: number;
  sizeMb: number;
  images: number;
  rssBeforeMb: number;
  peakRssMb: number;
  peakHeapMb: number;
}

export interface InvitationsResult {
  plain: InvitationVariantResult;
  qr: InvitationVariantResult;
  ratio: { time: number; peakRss: number; size: number };
}

v8.setFlagsFromString('--expose-gc');
const collect = vm.runInNewContext('gc') as () => void;

/** Samples RSS on a worker thread every 20 ms (the merge keeps the main thread busy). */
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

/** One variant in this process: 3,000 giấy mời as one DOCX, with or without a QR code and link per page. */
async function benchVariant(variant: Variant, count = COUNT): Promise<InvitationVariantResult> {
  const secret = newConferenceSecret();
  const invitee = (i: number) => `Ông/Bà Nguyễn Văn ${i}, Trưởng thôn ${i}, UBND xã Cẩm Xuyên`;
  // Warm the JIT on both paths with a small batch.
  await renderInvitationPages(SAMPLES.GM, [
    { invitee: 'x', link: 'http://x/moi/y', qrPng: qrPng('http://x/moi/y') },
  ]);
  collect();
  const rssBefore = process.memoryUsage.rss();
  let peakHeap = process.memoryUsage().heapUsed;
  const heapTimer = setInterval(() => (peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed)), 20);
  const rss = watchRss();
  const start = performance.now();
  const pages: InvitationPage[] = [];
  for (let i = 1; i <= count; i++) {
    if (variant === 'plain') {
      pages.push({ invitee: invitee(i) });
      continue;
    }
    const token = signToken(secret, {
      conferenceId: 12,
      delegateId: 100_000 + i,
      version: 1,
      expires: '2030-03-24',
    });
    const link = `https://phongtrao.example.gov.vn/moi/${token}`;
    pages.push({ invitee: invitee(i), link, qrPng: qrPng(link) });
  }
  const qrDone = performance.now();
  const bytes = await renderInvitationPages(SAMPLES.GM, pages);
  const end = performance.now();
  clearInterval(heapTimer);
  peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  const peakRss = await rss.stop();
  const zip = await JSZip.loadAsync(bytes);
  const images = Object.keys(zip.files).filter(
    (f) => f.startsWith('word/media/') && !zip.files[f]!.dir,
  ).length;
  return {
    variant,
    count,
    qrMs: qrDone - start,
    mergeMs: end - qrDone,
    totalMs: end - start,
    sizeMb: bytes.byteLength / MB,
    images,
    rssBeforeMb: rssBefore / MB,
    peakRssMb: peakRss / MB,
    peakHeapMb: peakHeap / MB,
  };
}

async function inChild(variant: Variant): Promise<InvitationVariantResult> {
  const { stdout } = await run(
    process.execPath,
    ['--import', 'tsx', fileURLToPath(import.meta.url), variant],
    {
      maxBuffer: 10 * MB,
      timeout: 30 * 60_000,
    },
  );
  return JSON.parse(stdout) as InvitationVariantResult;
}

/** Both variants, each in a fresh process so that each RSS figure is its own; the plain merge is the baseline. */
export async function benchInvitationsInChild(): Promise<InvitationsResult> {
  const plain = await inChild('plain');
  const qr = await inChild('qr');
  return {
    plain,
    qr,
    ratio: {
      time: qr.totalMs / plain.totalMs,
      peakRss: qr.peakRssMb / plain.peakRssMb,
      size: qr.sizeMb / plain.sizeMb,
    },
  };
}

export function printInvitations(result: InvitationsResult): void {
  const { plain, qr, ratio } = result;
  const n = qr.count.toLocaleString('en-US');
  const s = (ms: number) => `${fixed(ms / 1000, 2)} s`;
  console.log(`\ninvitations: ${n} giấy mời as one DOCX, a page each`);
  console.log(
    '| build                                   | QR + tokens | merge + zip | total   | size    | peak RSS | peak heap |',
  );
  console.log(
    '|-----------------------------------------|-------------|-------------|---------|---------|----------|-----------|',
  );
  const row = (name: string, r: InvitationVariantResult) =>
    console.log(
      `| ${name.padEnd(39)} | ${s(r.qrMs).padStart(11)} | ${s(r.mergeMs).padStart(11)} | ${s(r.totalMs).padStart(7)} | ${`${fixed(r.sizeMb, 1)} MB`.padStart(7)} | ${`${fixed(r.peakRssMb, 0)} MB`.padStart(8)} | ${`${fixed(r.peakHeapMb, 0)} MB`.padStart(9)} |`,
    );
  row('baseline: plain merge, no QR', plain);
  row(`QR code + link per page (${qr.images} images)`, qr);
  console.log(
    `ratio to the plain merge: time ${fixed(ratio.time)}×, peak RSS ${fixed(ratio.peakRss)}×, size ${fixed(ratio.size)}×`,
  );
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const variant = process.argv[2] as Variant | undefined;
  if (variant === 'plain' || variant === 'qr') console.log(JSON.stringify(await benchVariant(variant)));
  else printInvitations(await benchInvitationsInChild());
}
