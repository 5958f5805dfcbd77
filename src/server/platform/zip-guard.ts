import yauzl from 'yauzl';
import { AppError } from './errors';
import { platformMessages as pm } from './platform.messages';

/**
 * Bounds for reading a zip container (DOCX, XLSX) that somebody uploaded. A zip's directory declares each entry's
 * sizes; a bomb declares gigabytes, or lies and inflates past what it declared. Both are refused: the declared sizes
 * before anything is inflated, the real ones while inflating (yauzl stops a stream that passes its declared size,
 * refused as 413 `size_mismatch`).
 */
export interface ZipLimits {
  /** Largest inflated size of one entry. */
  maxEntryBytes: number;
  /** Largest inflated size of all entries together. */
  maxTotalBytes: number;
  /** Largest inflated ÷ compressed ratio of an entry over `ratioFloorBytes` inflated. */
  maxRatio: number;
  ratioFloorBytes: number;
  /** Most entries in the directory. */
  maxEntries: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxEntryBytes: 50 * 1024 * 1024,
  maxTotalBytes: 50 * 1024 * 1024,
  maxRatio: 200,
  ratioFloorBytes: 1024 * 1024,
  maxEntries: 5_000,
};

/** Why a zip is refused: 413 for what is (or inflates) too large, 415 for what is not a readable zip. */
export class ZipRefusedError extends AppError {
  constructor(
    readonly reason:
      | 'not_zip'
      | 'broken'
      | 'too_many_entries'
      | 'entry_too_large'
      | 'total_too_large'
      | 'ratio'
      | 'size_mismatch',
    message: string,
  ) {
    super(
      reason === 'not_zip' || reason === 'broken' ? 'UNSUPPORTED_MEDIA_TYPE' : 'PAYLOAD_TOO_LARGE',
      message,
      { reason },
    );
  }
}

export interface ZipEntryInfo {
  name: string;
  compressedSize: number;
  uncompressedSize: number;
}

/** A zip whose directory passed the limits; entries are inflated one at a time, each within its limit. */
export interface CheckedZip {
  entries: ReadonlyMap<string, ZipEntryInfo>;
  has(name: string): boolean;
  /**
   * Inflates the entry a chunk at a time into `onChunk`, which may throw to stop; false when it is absent. A stream
   * past its declared size or its limit is refused as it passes it: `onChunk` never gets more than the directory
   * declared, so a reader that keeps only what it needs holds no more than that however much the part would inflate.
   */
  readChunks(name: string, onChunk: (chunk: Buffer) => void): Promise<boolean>;
  /** The entry's bytes, or null when it is absent; a stream past its limit is refused. */
  readBytes(name: string): Promise<Buffer | null>;
  readText(name: string): Promise<string | null>;
  close(): void;
}

const isZip = (bytes: Uint8Array) =>
  bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

/**
 * Opens a zip held in memory and checks its directory against the limits before inflating anything.
 * Throws ZipRefusedError (413 or 415 with the reason in Vietnamese).
 */
export async function openCheckedZip(
  bytes: Uint8Array,
  limits: ZipLimits = DEFAULT_ZIP_LIMITS,
): Promise<CheckedZip> {
  if (!isZip(bytes)) throw new ZipRefusedError('not_zip', pm.zipNotOffice);
  const buffer = Buffer.isBuffer(bytes)
    ? bytes
    : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.fromBuffer(
      buffer,
      { lazyEntries: true, validateEntrySizes: true, strictFileNames: false },
      (error, file) => (error || !file ? reject(error ?? new Error('no zip')) : resolve(file)),
    ),
  ).catch(() => {
    throw new ZipRefusedError('broken', pm.zipBroken);
  });
  const entries = new Map<string, ZipEntryInfo & { entry: yauzl.Entry }>();
  try {
    let total = 0;
    await new Promise<void>((resolve, reject) => {
      zip.on('error', () => reject(new ZipRefusedError('broken', pm.zipBroken)));
      zip.on('end', () => resolve());
      zip.on('entry', (entry: yauzl.Entry) => {
        const refuse = (error: ZipRefusedError) => {
          reject(error);
          zip.close();
        };
        if (entries.size >= limits.maxEntries)
          return refuse(new ZipRefusedError('too_many_entries', pm.zipTooManyEntries(limits.maxEntries)));
        if (entry.uncompressedSize > limits.maxEntryBytes)
          return refuse(
            new ZipRefusedError('entry_too_large', pm.zipEntryTooLarge(entry.fileName, limits.maxEntryBytes)),
          );
        total += entry.uncompressedSize;
        if (total > limits.maxTotalBytes)
          return refuse(new ZipRefusedError('total_too_large', pm.zipTotalTooLarge(limits.maxTotalBytes)));
        if (
          entry.uncompressedSize > limits.ratioFloorBytes &&
          entry.uncompressedSize > limits.maxRatio * Math.max(entry.compressedSize, 1)
        )
          return refuse(new ZipRefusedError('ratio', pm.zipRatio(limits.maxRatio)));
        entries.set(entry.fileName, {
          name: entry.fileName,
          compressedSize: entry.compressedSize,
          uncompressedSize: entry.uncompressedSize,
          entry,
        });
        zip.readEntry();
      });
      zip.readEntry();
    });
  } catch (error) {
    zip.close();
    throw error;
  }

  const readChunks = async (name: string, onChunk: (chunk: Buffer) => void): Promise<boolean> => {
    const found = entries.get(name);
    if (!found) return false;
    const stream = await new Promise<NodeJS.ReadableStream>((resolve, reject) =>
      zip.openReadStream(found.entry, (error, s) =>
        error || !s ? reject(error ?? new Error('no stream')) : resolve(s),
      ),
    ).catch(() => {
      throw new ZipRefusedError('broken', pm.zipPartBroken(name));
    });
    let size = 0;
    // What onChunk threw to stop the read, passed on as it is.
    const stop: { error?: unknown } = {};
    try {
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        size += chunk.length;
        // yauzl refuses a stream longer than its declared size, which the directory check bounded; this is the
        // second lock on the same door.
        if (size > limits.maxEntryBytes)
          throw new ZipRefusedError('entry_too_large', pm.zipEntryTooLarge(name, limits.maxEntryBytes));
        try {
          onChunk(chunk);
        } catch (error) {
          stop.error = error;
          throw error;
        }
      }
    } catch (error) {
      (stream as unknown as { destroy?: () => void }).destroy?.();
      if (error instanceof ZipRefusedError || ('error' in stop && error === stop.error)) throw error;
      // An entry that inflates past the size its directory declared is a bomb that lies: refused as too large.
      if (error instanceof Error && error.message.startsWith('too many bytes in the stream'))
        throw new ZipRefusedError('size_mismatch', pm.zipLargerThanDeclared(name));
      throw new ZipRefusedError('broken', pm.zipPartBroken(name));
    }
    return true;
  };

  const readBytes = async (name: string): Promise<Buffer | null> => {
    const chunks: Buffer[] = [];
    if (!(await readChunks(name, (chunk) => chunks.push(chunk)))) return null;
    return Buffer.concat(chunks);
  };

  return {
    entries,
    has: (name) => entries.has(name),
    readChunks,
    readBytes,
    readText: async (name) => (await readBytes(name))?.toString('utf8') ?? null,
    close: () => zip.close(),
  };
}

/**
 * Is `bytes` a zip holding the entry `name` (a DOCX's word/document.xml)? Told from the directory alone, nothing
 * inflated. A zip over the limits (a bomb) is refused with the guard's 413; a broken one, or not a zip, is false.
 */
export async function zipHoldsEntry(
  bytes: Uint8Array,
  name: string,
  limits: ZipLimits = DEFAULT_ZIP_LIMITS,
): Promise<boolean> {
  let zip: CheckedZip;
  try {
    zip = await openCheckedZip(bytes, limits);
  } catch (error) {
    if (error instanceof ZipRefusedError && error.code !== 'PAYLOAD_TOO_LARGE') return false;
    throw error;
  }
  try {
    return zip.has(name);
  } finally {
    zip.close();
  }
}
