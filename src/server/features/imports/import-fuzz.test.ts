import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ImportedDraft, ImportReview } from '../../../contracts/imports';
import { useTestApp } from '../../testing/test-app';
import { docxFile } from '../../testing/zip-file';
import { FUZZ_SEED, fuzzCases, planXml, SEED_TEXTS, type FuzzCase } from './import-fuzz.cases';
import { planImporter, planImportCli } from './imports.testing';
import { parseRunner } from './parse-runner';

/** What a file that cannot be read is answered with: 415 and why, or 413 from the zip guard and why. */
const UNREADABLE = ['empty', 'scanned_pdf', 'binary', 'legacy_doc', 'broken'];
const TOO_LARGE = ['entry_too_large', 'total_too_large', 'ratio', 'size_mismatch', 'too_many_entries'];
// Never for these files: `timeout` (past the 20 s budget), `memory`, `crashed` (a worker died), `bug` (500), `busy`.

const cases = await fuzzCases();

/**
 * Issue 11: uploaded plan files are read in worker threads bounded in time and memory. About 300 odd files, mutated
 * from the seed plans and real DOCX, go through `POST /api/plans/import` with the server's parse runner (2 workers,
 * 20 s each): each is read into a draft or refused with 413/415 and a reason of its own, none is answered 500, none
 * runs out of its time or memory, no worker dies, and the server is well afterwards. On PGlite only: the route reads
 * no table, so PostgreSQL would only run the same parses twice.
 */
describe(`fuzzing plan import uploads (seed ${FUZZ_SEED}, ${cases.length} files)`, () => {
  const ctx = useTestApp('pglite');
  let upload: Awaited<ReturnType<typeof planImporter>>['upload'];
  beforeAll(async () => {
    ({ upload } = await planImporter(ctx));
  });

  const answers = new Map<string, number>();
  afterAll(() =>
    console.info(`import fuzz answers: ${JSON.stringify(Object.fromEntries([...answers].sort()))}`),
  );
  const allowed: Record<FuzzCase['outcome'], number[]> = {
    read: [200],
    unreadable: [415],
    too_large: [413],
    any: [200, 413, 415],
  };

  // At most vitest's maxConcurrency (5) at once: under the runner's 2 workers and 16 waiting, so never 429.
  it.concurrent.each(cases.map((c, i) => [c.name, c, i] as const))(
    '%s',
    async (name: string, c: FuzzCase, i: number) => {
      const review = i % 7 === 3;
      const response = await upload(c.fileName, c.bytes, review ? '?review=true' : '');
      const said = `${name}: ${response.statusCode} ${response.body.slice(0, 300)}`;
      const body = response.json<{
        error?: { code: string; message: string; details?: { reason?: string } };
      }>();
      const reason = body.error?.details?.reason;
      const answer = `${response.statusCode} ${reason ?? 'read'}`;
      answers.set(answer, (answers.get(answer) ?? 0) + 1);
      expect(allowed[c.outcome], said).toContain(response.statusCode);
      if (response.statusCode === 200) {
        expect((review ? ImportReview : ImportedDraft).safeParse(body).success, said).toBe(true);
        return;
      }
      const { code, message } = body.error!;
      expect(code, said).toBe(response.statusCode === 413 ? 'PAYLOAD_TOO_LARGE' : 'UNSUPPORTED_MEDIA_TYPE');
      expect(message.length, said).toBeGreaterThan(0);
      expect(response.statusCode === 413 ? TOO_LARGE : UNREADABLE, said).toContain(reason);
    },
    120_000,
  );

  it('is still well afterwards: health answers, and a seed plan is read', async () => {
    expect((await ctx.app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
    const clean = await upload('ke-hoach.docx', docxFile(planXml(SEED_TEXTS[3]!.text)));
    expect(clean.statusCode, clean.body).toBe(200);
    expect(clean.json()).toMatchObject({ kind: 'KH', number: '34/KH-BCĐ' });
    // The workers that were ended (a crash, a time-out) were replaced, not added to.
    expect(parseRunner().workerCount).toBeLessThanOrEqual(2);
  });
});

describe('plan import on the command line, with hostile files', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pt-import-fuzz-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const file = (name: string, bytes: Uint8Array) => {
    fs.writeFileSync(path.join(dir, name), bytes);
    return path.join(dir, name);
  };

  it(
    'exits 2 with the reason in Vietnamese for a zip bomb and a truncated DOCX, 0 for a seed',
    { timeout: 90_000 },
    async () => {
      const seed = docxFile(planXml(SEED_TEXTS[0]!.text));
      // 60 MB of zeros in about 60 KB: past the 50 MB a part (as parse-runner.test.ts builds it).
      const bomb = file('bom.docx', docxFile(Buffer.alloc(60 * 1024 * 1024)));
      const cut = file('cut.docx', seed.subarray(0, Math.floor(seed.length * 0.6)));
      const [refusedBomb, refusedCut, read] = await Promise.all([
        planImportCli(bomb, '--json'),
        planImportCli(cut, '--json'),
        planImportCli(file('ke-hoach.docx', seed), '--json'),
      ]);
      expect(refusedBomb, refusedBomb.stderr).toMatchObject({ code: 2, stdout: '' });
      expect(refusedBomb.stderr).toContain('khi giải nén vượt 50 MB');
      expect(refusedCut, refusedCut.stderr).toMatchObject({ code: 2, stdout: '' });
      expect(refusedCut.stderr).toContain('Tệp DOCX bị hỏng');
      expect(read.code, read.stderr).toBe(0);
      expect(JSON.parse(read.stdout)).toMatchObject({ kind: 'KH' });
    },
  );
});
