import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ErrorCode } from '../../../contracts/common';
import type { PlanDraft } from '../../../core/import/plan-draft';
import { AppError } from '../../platform/errors';
import type { ZipLimits } from '../../platform/zip-guard';
import type { SheetRead } from '../../../core/conferences/delegate-sheet';
import { DOCX_ZIP_LIMITS, type ReadFile } from './readers';
import { importsMessages as m } from './imports.messages';

/**
 * How uploaded files (plans; delegate and award lists) are read off the event loop: a few worker threads shared by
 * every kind, each bounded in memory and time.
 */
export interface ParseRunnerOptions {
  /** Workers parsing at once. */
  workers: number;
  /** Files waiting for a worker; one more is refused with 429 RATE_LIMITED. */
  queue: number;
  /** A parse that takes longer is stopped (its worker terminated) and answered 415 `timeout`. */
  timeoutMs: number;
  /** The worker's V8 heap; a parse that needs more is answered 413 `memory`. */
  maxOldGenerationSizeMb: number;
  /** The worker's young generation: reading makes short-lived garbage, and a small one keeps the worker's RSS low. */
  maxYoungGenerationSizeMb: number;
  /** An idle worker is kept this long for the next file, then ended. */
  idleMs: number;
  zipLimits: ZipLimits;
}

export const DEFAULT_PARSE_OPTIONS: ParseRunnerOptions = {
  workers: 2,
  queue: 16,
  timeoutMs: 20_000,
  maxOldGenerationSizeMb: 256,
  maxYoungGenerationSizeMb: 8,
  idleMs: 60_000,
  zipLimits: DOCX_ZIP_LIMITS,
};

export interface ParsedPlan {
  format: ReadFile['format'];
  /** The text read, when asked for (`withText`). */
  text: string | undefined;
  draft: PlanDraft;
}

/** The Excel lists read in the workers, and what each gives (delegate-sheet.import.ts, awards-sheet.import.ts). */
export interface SheetResults {
  delegates: SheetRead;
  /** The first sheet's cells as text, index 0 = row 1. */
  awards: string[][];
}
export type SheetList = keyof SheetResults;

/** What the runner sends a worker: the file's bytes and what to read them as. */
export type ParseRequest = { bytes: Uint8Array } & (
  | { kind: 'plan'; fileName: string; withText: boolean; zipLimits: ZipLimits; pdfTimeoutMs: number }
  | { kind: 'sheet'; list: SheetList }
);

/** What a worker answers: ready once loaded, then one reply per request. */
export type ParseReply =
  | { ready: true }
  | { ok: true; value: ParsedPlan | SheetResults[SheetList] }
  | { ok: false; code: ErrorCode; message: string; details: unknown };

interface Job {
  request: ParseRequest;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  job: Job | null;
  timer: NodeJS.Timeout | null;
  idle: NodeJS.Timeout | null;
}

const BOOT = new URL('./parse-worker-boot.cjs', import.meta.url);
const ENTRY = fileURLToPath(new URL('./parse-worker.ts', import.meta.url));

/**
 * Reads uploaded files in worker threads with `resourceLimits` and a time limit: plan files (read + parse) and Excel
 * lists. A worker that runs out of time or memory, or crashes, is ended and replaced; the file gets a clear 413/415
 * (`timeout`, `memory`, `crashed`) and the server goes on. Bytes held in a SharedArrayBuffer (uploads, platform/upload-size.ts) are shared with the
 * worker as they are; others are copied once and the copy moved to it.
 */
export class ParseRunner {
  private readonly slots = new Set<Slot>();
  private readonly waiting: Job[] = [];
  private closed = false;

  constructor(readonly options: ParseRunnerOptions = DEFAULT_PARSE_OPTIONS) {}

  /** Reads and parses a plan file in a worker. Throws AppError: 413/415 with `details.reason`, 429 when too many wait. */
  parse(bytes: Uint8Array, fileName: string, { withText = false } = {}): Promise<ParsedPlan> {
    return this.run(bytes, {
      kind: 'plan',
      fileName,
      withText,
      zipLimits: this.options.zipLimits,
      pdfTimeoutMs: Math.max(1_000, this.options.timeoutMs - 1_000),
    }) as Promise<ParsedPlan>;
  }

  /**
   * Reads an uploaded Excel list in a worker (the zip guard, then ExcelJS's streaming reader stopped at the row cap).
   * Throws AppError as the list's reader does (413 `too_many_rows`, `size_mismatch`, 415), and as `parse` does.
   */
  readSheet<L extends SheetList>(list: L, bytes: Uint8Array): Promise<SheetResults[L]> {
    return this.run(bytes, { kind: 'sheet', list }) as Promise<SheetResults[L]>;
  }

  private run(bytes: Uint8Array, job: DistributiveOmit<ParseRequest, 'bytes'>): Promise<unknown> {
    if (this.closed) return Promise.reject(new Error('ParseRunner is closed'));
    const busy = [...this.slots].filter((s) => s.job).length;
    if (busy + this.waiting.length >= this.options.workers + this.options.queue)
      return Promise.reject(
        new AppError('RATE_LIMITED', m.busy, {
          reason: 'busy',
        }),
      );
    // Shared memory goes to the worker as it is; other bytes are copied, and the copy is moved to the worker.
    const sent = bytes.buffer instanceof SharedArrayBuffer ? bytes : new Uint8Array(bytes);
    return new Promise((resolve, reject) => {
      this.waiting.push({ request: { ...job, bytes: sent }, resolve, reject });
      this.dispatch();
    });
  }

  /** Ends every worker; waiting files are refused. */
  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.waiting.splice(0)) job.reject(new Error('ParseRunner is closed'));
    await Promise.all([...this.slots].map((slot) => this.end(slot)));
  }

  /** Workers alive now (idle or busy). */
  get workerCount(): number {
    return this.slots.size;
  }

  private dispatch(): void {
    while (this.waiting.length > 0) {
      const free = [...this.slots].find((s) => s.ready && !s.job);
      if (free) {
        this.start(free, this.waiting.shift()!);
        continue;
      }
      const starting = [...this.slots].filter((s) => !s.ready).length;
      if (this.slots.size < this.options.workers && starting < this.waiting.length) this.spawn();
      else return;
    }
  }

  private spawn(): void {
    const worker = new Worker(BOOT, {
      workerData: { entry: ENTRY },
      execArgv: [],
      resourceLimits: {
        maxOldGenerationSizeMb: this.options.maxOldGenerationSizeMb,
        maxYoungGenerationSizeMb: this.options.maxYoungGenerationSizeMb,
      },
    });
    const slot: Slot = { worker, ready: false, job: null, timer: null, idle: null };
    this.slots.add(slot);
    worker.on('message', (reply: ParseReply) => this.onReply(slot, reply));
    worker.on('error', (error) => this.onFailure(slot, error));
    worker.on('exit', () => this.onFailure(slot, null));
  }

  private start(slot: Slot, job: Job): void {
    if (slot.idle) clearTimeout(slot.idle);
    slot.idle = null;
    slot.job = job;
    slot.worker.ref();
    slot.timer = setTimeout(() => {
      this.fail(
        slot,
        new AppError('UNSUPPORTED_MEDIA_TYPE', m.tooSlow(Math.round(this.options.timeoutMs / 1000)), {
          reason: 'timeout',
        }),
      );
    }, this.options.timeoutMs);
    const { buffer } = job.request.bytes;
    slot.worker.postMessage(job.request, buffer instanceof SharedArrayBuffer ? [] : [buffer]);
  }

  private onReply(slot: Slot, reply: ParseReply): void {
    if ('ready' in reply) {
      slot.ready = true;
      this.rest(slot);
      return;
    }
    const job = slot.job;
    if (!job) return;
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    slot.job = null;
    if (reply.ok) job.resolve(reply.value);
    else job.reject(new AppError(reply.code, reply.message, reply.details));
    this.rest(slot);
  }

  /** A free worker takes the next file, or waits `idleMs` without holding the process open, then ends. */
  private rest(slot: Slot): void {
    if (this.closed) return void this.end(slot);
    this.dispatch();
    if (slot.job) return;
    slot.worker.unref();
    slot.idle = setTimeout(() => void this.end(slot), this.options.idleMs);
    slot.idle.unref();
  }

  private onFailure(slot: Slot, error: Error | null): void {
    if (!this.slots.has(slot)) return;
    const outOfMemory = error !== null && 'code' in error && error.code === 'ERR_WORKER_OUT_OF_MEMORY';
    this.fail(
      slot,
      outOfMemory
        ? new AppError('PAYLOAD_TOO_LARGE', m.tooMuchMemory(this.options.maxOldGenerationSizeMb), {
            reason: 'memory',
          })
        : // `crashed`, not the reader's `broken`: a worker that died is told apart from a file found damaged.
          new AppError('UNSUPPORTED_MEDIA_TYPE', m.readerCrashed, {
            reason: 'crashed',
          }),
    );
  }

  /** Ends a worker and answers its file (if any) with the error; a waiting file gets a fresh worker. */
  private fail(slot: Slot, error: AppError): void {
    const job = slot.job;
    slot.job = null;
    void this.end(slot);
    if (job) job.reject(error);
    else if (!slot.ready)
      // A worker that could not start: the files waiting for it get the error rather than a wait without end.
      for (const waiting of this.waiting.splice(0)) waiting.reject(error);
    this.dispatch();
  }

  private async end(slot: Slot): Promise<void> {
    this.slots.delete(slot);
    if (slot.timer) clearTimeout(slot.timer);
    if (slot.idle) clearTimeout(slot.idle);
    await slot.worker.terminate();
  }
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

let shared: ParseRunner | undefined;

/** The server's runner (created on first use): the one bound on parse workers for every upload route. */
export function parseRunner(): ParseRunner {
  shared ??= new ParseRunner();
  return shared;
}
