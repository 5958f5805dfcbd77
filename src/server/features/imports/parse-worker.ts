/**
 * A worker thread that reads one uploaded file at a time, so that a file that is slow or heavy to read costs this
 * thread, never the server's event loop: a plan file (readers.ts, then core/import) or an Excel list (the lists'
 * readers, loaded on the first list: ExcelJS is heavy and most workers never read one). Started by parse-runner.ts
 * through parse-worker-boot.cjs, which loads this module with tsx's require hook.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import { parentPort } from 'node:worker_threads';
import { parsePlanText } from '../../../core/import/parse-plan';
import { AppError } from '../../platform/errors';
import type * as AwardsSheet from '../conferences/ceremony/awards-sheet.import';
import type * as DelegateImport from '../conferences/delegates/delegate-sheet.import';
import { readPlanFile, UnreadableFileError } from './readers';
import type { ParseReply, ParseRequest, SheetList, SheetResults } from './parse-runner';
import { importsMessages as m } from './imports.messages';

const port = parentPort;
if (!port) throw new Error('parse-worker.ts runs as a worker thread (see parse-runner.ts)');

const load = createRequire(import.meta.url);

/**
 * How much this thread yields the CPU to the others (Linux nice, 0 to 19): on a busy machine the server's own
 * thread, which answers every request, goes first, and a file being read waits a little instead.
 */
const NICE = 10;

// On Linux a thread has its own priority, set through its id (/proc/thread-self names it); elsewhere, or when it
// cannot be set, the worker runs at the process's.
try {
  const thread = Number(fs.readlinkSync('/proc/thread-self').split('/').pop());
  if (thread > 0) os.setPriority(thread, NICE);
} catch {
  // not Linux
}

port.on('message', (request: ParseRequest) => {
  void handle(request).then((reply) => port.postMessage(reply));
});
port.postMessage({ ready: true } satisfies ParseReply);

async function readSheet(list: SheetList, bytes: Buffer): Promise<SheetResults[SheetList]> {
  if (list === 'delegates') {
    const { readDelegateSheet } = load(
      '../conferences/delegates/delegate-sheet.import',
    ) as typeof DelegateImport;
    return readDelegateSheet(bytes);
  }
  const { readAwardsSheet } = load('../conferences/ceremony/awards-sheet.import') as typeof AwardsSheet;
  return readAwardsSheet(bytes);
}

async function handle(request: ParseRequest): Promise<ParseReply> {
  try {
    // The bytes as a Buffer over the same memory (shared with the server's thread, or moved here).
    const bytes = Buffer.from(request.bytes.buffer, request.bytes.byteOffset, request.bytes.byteLength);
    if (request.kind === 'sheet') return { ok: true, value: await readSheet(request.list, bytes) };
    const read = await readPlanFile(bytes, request.fileName, {
      zipLimits: request.zipLimits,
      pdfTimeoutMs: request.pdfTimeoutMs,
    });
    const draft = parsePlanText(read.text, { fileName: request.fileName });
    return {
      ok: true,
      value: { format: read.format, text: request.withText ? read.text : undefined, draft },
    };
  } catch (error) {
    if (error instanceof UnreadableFileError)
      return {
        ok: false,
        code: 'UNSUPPORTED_MEDIA_TYPE',
        message: error.message,
        details: { reason: error.reason },
      };
    if (error instanceof AppError)
      return { ok: false, code: error.code, message: error.message, details: error.details };
    // A bug of ours, not the file's fault: said as such to the person, written to the server's log.
    console.error('parse worker:', error);
    return {
      ok: false,
      code: 'INTERNAL',
      message: m.workerBug,
      details: { reason: 'bug' },
    };
  }
}
