import { Readable } from 'node:stream';
import multipart from '@fastify/multipart';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from './errors';
import { readOneFile } from './upload-size';

const BOUNDARY = 'phongtrao-test-boundary';

/** A multipart body holding one file of `bytes` in the field "file". */
function form(bytes: Buffer): Buffer {
  return Buffer.concat([
    Buffer.from(
      `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="danh-sach.xlsx"\r\n` +
        'Content-Type: application/octet-stream\r\n\r\n',
    ),
    bytes,
    Buffer.from(`\r\n--${BOUNDARY}--\r\n`),
  ]);
}

/** `count` bytes that are not all alike, so that a byte out of place shows. */
const pattern = (count: number) => Buffer.from(Array.from({ length: count }, (_, i) => (i * 31 + 7) % 256));

describe('reading an uploaded file', () => {
  let app: FastifyInstance;
  let held: Buffer | null = null;
  let declared: string | undefined;

  beforeAll(async () => {
    app = Fastify();
    await app.register(multipart);
    app.setErrorHandler((error, _request, reply) =>
      reply.code(error instanceof AppError ? 413 : 500).send({ message: (error as Error).message }),
    );
    app.post('/upload', async (request) => {
      const { fileName, data } = await readOneFile(request, { maxBytes: 2 * 1024 * 1024, what: 'tệp' });
      held = data;
      declared = request.headers['content-length'];
      return { fileName, size: data.length };
    });
    await app.ready();
  });
  afterAll(() => app.close());

  it('holds the file once, in shared memory sized by the declared length: a worker reads it with no copy', async () => {
    const file = pattern(1_500_000);
    const body = form(file);
    const response = await app.inject({
      method: 'POST',
      url: '/upload',
      headers: { 'content-type': `multipart/form-data; boundary=${BOUNDARY}` },
      payload: body,
    });
    expect(response.json()).toEqual({ fileName: 'danh-sach.xlsx', size: file.length });
    expect(held!.equals(file)).toBe(true);
    // One buffer of the body's declared size (the file and the form's own lines), not chunks joined at the end.
    expect(held!.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(held!.buffer.byteLength).toBe(body.length);
  });

  it('gives the event loop turns while it reads a file', async () => {
    // Pieces of 4 KB given at once: read in one go (as it was), other work waited for the whole file.
    const file = pattern(512 * 1024);
    const body = form(file);
    const pieces = Array.from({ length: Math.ceil(body.length / 4096) }, (_, i) =>
      body.subarray(i * 4096, (i + 1) * 4096),
    );
    let turns = 0;
    let reading = true;
    const count = () => {
      turns++;
      if (reading) setImmediate(count);
    };
    setImmediate(count);
    const response = await app.inject({
      method: 'POST',
      url: '/upload',
      headers: { 'content-type': `multipart/form-data; boundary=${BOUNDARY}` },
      payload: Readable.from(pieces),
    });
    reading = false;
    expect(response.json()).toEqual({ fileName: 'danh-sach.xlsx', size: file.length });
    // A turn for each chunk read, and a chunk holds what the stream buffered meanwhile: at least one per 64 KB.
    expect(turns).toBeGreaterThanOrEqual(file.length / (64 * 1024));
  });

  it('reads a body sent without Content-Length into a buffer that grows, and refuses one past the limit', async () => {
    const chunked = (bytes: Buffer) =>
      app.inject({
        method: 'POST',
        url: '/upload',
        headers: { 'content-type': `multipart/form-data; boundary=${BOUNDARY}` },
        // A stream: sent chunked, with no Content-Length to size the buffer by.
        payload: Readable.from([bytes.subarray(0, 1000), bytes.subarray(1000)]),
      });
    const file = pattern(1_200_000);
    const response = await chunked(form(file));
    expect(response.json()).toEqual({ fileName: 'danh-sach.xlsx', size: file.length });
    expect(declared).toBeUndefined();
    expect(held!.equals(file)).toBe(true);
    expect(held!.buffer).toBeInstanceOf(SharedArrayBuffer);

    held = null;
    const tooLarge = await chunked(form(pattern(2 * 1024 * 1024 + 1)));
    expect(tooLarge.statusCode).toBe(413);
    expect(tooLarge.json()).toEqual({ message: 'Tệp lớn hơn 2 MB, không nhận.' });
    expect(held).toBeNull();
  });
});
