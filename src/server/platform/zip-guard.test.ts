import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { zipFile } from '../testing/zip-file';
import { DEFAULT_ZIP_LIMITS, openCheckedZip, ZipRefusedError } from './zip-guard';

const zipOf = async (files: Record<string, Uint8Array | string>) => {
  const zip = new JSZip();
  for (const [name, data] of Object.entries(files)) zip.file(name, data);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
};

/** Rewrites every declared uncompressed size (local headers and the central directory) to `size`: a zip that lies. */
function declareSize(zip: Buffer, size: number): Buffer {
  const out = Buffer.from(zip);
  for (let i = 0; i + 4 <= out.length; i++) {
    const signature = out.readUInt32LE(i);
    if (signature === 0x04034b50) out.writeUInt32LE(size, i + 22);
    if (signature === 0x02014b50) out.writeUInt32LE(size, i + 24);
  }
  return out;
}

async function refusal(promise: Promise<unknown>): Promise<ZipRefusedError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ZipRefusedError);
  return error as ZipRefusedError;
}

describe('openCheckedZip', () => {
  it('reads the entries of an ordinary zip', async () => {
    const zip = await openCheckedZip(
      await zipOf({ 'word/document.xml': '<w:document>xin chào</w:document>' }),
    );
    expect(zip.has('word/document.xml')).toBe(true);
    expect(await zip.readText('word/document.xml')).toBe('<w:document>xin chào</w:document>');
    expect(await zip.readText('missing.xml')).toBeNull();
    zip.close();
  });

  it('refuses bytes that are no zip, and a truncated zip, as 415', async () => {
    expect((await refusal(openCheckedZip(Buffer.from('hello world')))).code).toBe('UNSUPPORTED_MEDIA_TYPE');
    const whole = await zipOf({ 'a.xml': 'x'.repeat(10_000) });
    const cut = await refusal(openCheckedZip(whole.subarray(0, whole.length - 30)));
    expect(cut.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    expect(cut.reason).toBe('broken');
  });

  it('refuses an entry declared over the limit before inflating it (413)', async () => {
    const bomb = await zipOf({ 'word/document.xml': new Uint8Array(DEFAULT_ZIP_LIMITS.maxEntryBytes + 1) });
    expect(bomb.length).toBeLessThan(200_000);
    const error = await refusal(openCheckedZip(bomb));
    expect(error.code).toBe('PAYLOAD_TOO_LARGE');
    expect(error.reason).toBe('entry_too_large');
    expect(error.message).toContain('50 MB');
  });

  it('refuses entries that are small alone but too large together', async () => {
    const part = new Uint8Array(20 * 1024 * 1024).fill(65);
    const error = await refusal(openCheckedZip(await zipOf({ 'a.xml': part, 'b.xml': part, 'c.xml': part })));
    expect(error.reason).toMatch(/total_too_large|ratio/);
  });

  it('refuses an entry compressed far beyond what documents compress to', async () => {
    const error = await refusal(openCheckedZip(await zipOf({ 'a.xml': new Uint8Array(10 * 1024 * 1024) })));
    expect(error.reason).toBe('ratio');
  });

  it('stops an entry that inflates past the size its directory declares', async () => {
    const real = new Uint8Array(900_000);
    for (let i = 0; i < real.length; i++) real[i] = (i * 7919) % 251;
    const lying = declareSize(await zipOf({ 'word/document.xml': real }), 1000);
    const read = async () => {
      const zip = await openCheckedZip(lying);
      try {
        return await zip.readBytes('word/document.xml');
      } finally {
        zip.close();
      }
    };
    expect((await refusal(read())).code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('refuses as too large an entry whose deflated stream inflates past its declared size', async () => {
    // The directory says 1,000 bytes; the stream inflates to 60 MB. Only reading finds out, and stops early.
    const lying = zipFile([
      { name: 'word/document.xml', data: Buffer.alloc(60 * 1024 * 1024), declaredSize: 1000 },
    ]);
    const zip = await openCheckedZip(lying);
    const error = await refusal(zip.readBytes('word/document.xml'));
    zip.close();
    expect(error.code).toBe('PAYLOAD_TOO_LARGE');
    expect(error.reason).toBe('size_mismatch');
  });

  it('gives a lying entry to its reader no further than its declared size before refusing it', async () => {
    // Declared 1 MB, inflates to 60 MB: the reader sees at most the declared megabyte, then the refusal.
    const declared = 1024 * 1024;
    const lying = zipFile([
      { name: 'word/document.xml', data: Buffer.alloc(60 * 1024 * 1024, 0x20), declaredSize: declared },
    ]);
    const zip = await openCheckedZip(lying, { ...DEFAULT_ZIP_LIMITS, maxRatio: Number.MAX_SAFE_INTEGER });
    let seen = 0;
    const error = await refusal(zip.readChunks('word/document.xml', (chunk) => void (seen += chunk.length)));
    zip.close();
    expect(error.reason).toBe('size_mismatch');
    expect(seen).toBeGreaterThan(0);
    expect(seen).toBeLessThanOrEqual(declared);
  });

  it('passes on what the reader throws to stop, and says an absent entry is absent', async () => {
    const zip = await openCheckedZip(await zipOf({ 'word/document.xml': 'xin chào' }));
    const stop = new Error('enough');
    await expect(
      zip.readChunks('word/document.xml', () => {
        throw stop;
      }),
    ).rejects.toBe(stop);
    expect(await zip.readChunks('missing.xml', () => undefined)).toBe(false);
    zip.close();
  });

  it('refuses a directory of too many entries', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 30; i++) files[`f${i}.xml`] = 'x';
    const error = await refusal(
      openCheckedZip(await zipOf(files), { ...DEFAULT_ZIP_LIMITS, maxEntries: 20 }),
    );
    expect(error.reason).toBe('too_many_entries');
  });
});
