import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parsePlanText } from '../../../core/import/parse-plan';
import { docxFile } from '../../testing/zip-file';
import { ParseRunner, DEFAULT_PARSE_OPTIONS } from './parse-runner';
import { documentXmlLines, readPlanFile } from './readers';

const seed = fs.readFileSync(path.resolve('src/core/import/fixtures/seed-003.txt'), 'utf8');

async function refusal(promise: Promise<unknown>) {
  return promise.then(
    () => null,
    (e: { code?: string; details?: unknown }) => ({ code: e.code, details: e.details }),
  );
}

describe('reading DOCX without freezing', () => {
  it('reads an unclosed <w:p  repeated 20,000 times quickly (the lazy regex was quadratic)', () => {
    const started = performance.now();
    expect(documentXmlLines('<w:p '.repeat(20_000))).toEqual([]);
    // A generous freeze guard: the old scan took tens of seconds.
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it('keeps a character reference that names no character instead of throwing', async () => {
    const read = await readPlanFile(
      docxFile('<w:p><w:t>A &#x110000; B &#99999999999; C &#xD800; &amp;</w:t></w:p>'),
    );
    expect(read.text).toBe('A &#x110000; B &#99999999999; C &#xD800; &');
  });

  it('trims a long run of spaces and dots in a line quickly', () => {
    const started = performance.now();
    parsePlanText(`${seed}\n- Phòng Văn hóa${' .'.repeat(50_000)}x\n`);
    expect(performance.now() - started).toBeLessThan(20_000);
  });
});

describe('the parse runner', () => {
  const runner = new ParseRunner({ ...DEFAULT_PARSE_OPTIONS, workers: 1, queue: 1 });
  afterAll(() => runner.close());

  it(
    'refuses declared and lying DOCX zip bombs with 413 and still parses afterwards',
    { timeout: 120_000 },
    async () => {
      const zeros = Buffer.alloc(60 * 1024 * 1024);
      expect(await refusal(runner.parse(docxFile(zeros), 'bom.docx'))).toMatchObject({
        code: 'PAYLOAD_TOO_LARGE',
        details: { reason: 'entry_too_large' },
      });
      expect(await refusal(runner.parse(docxFile(zeros, 1000), 'bom.docx'))).toMatchObject({
        code: 'PAYLOAD_TOO_LARGE',
        details: { reason: 'size_mismatch' },
      });
      const ok = await runner.parse(Buffer.from(seed), 'ke-hoach.txt');
      expect(ok.draft.number).toBe('34/KH-BCĐ');
    },
  );

  it(
    'stops a parse past its time limit (415 timeout) and refuses files past the queue (429)',
    { timeout: 120_000 },
    async () => {
      const slow = new ParseRunner({ ...DEFAULT_PARSE_OPTIONS, workers: 1, queue: 1, timeoutMs: 50 });
      try {
        const big = Buffer.from(seed.repeat(Math.ceil(1_900_000 / seed.length)));
        const jobs = [slow.parse(big, 'a.txt'), slow.parse(big, 'b.txt'), slow.parse(big, 'c.txt')];
        const results = await Promise.all(jobs.map(refusal));
        expect(results[2]).toMatchObject({ code: 'RATE_LIMITED' });
        expect(results[0]).toMatchObject({ code: 'UNSUPPORTED_MEDIA_TYPE', details: { reason: 'timeout' } });
      } finally {
        await slow.close();
      }
    },
  );
});
