import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { engines } from '../../testing/test-db';
import { useTestApp } from '../../testing/test-app';
import { buildUser } from '../../testing/factories';
import { renderDocx } from '../../../core/documents/build-docx';
import seed003 from '../../../core/documents/fixtures/seed-003.json' with { type: 'json' };
import type { DocModel } from '../../../core/documents/model';

const fixtures = path.resolve('src/core/import/fixtures');
const seedText = fs.readFileSync(path.join(fixtures, 'seed-003.txt'));

function form(
  fileName: string,
  bytes: Uint8Array | Buffer,
): { payload: Buffer; headers: Record<string, string> } {
  const boundary = 'ptimport';
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
    ),
    Buffer.from(bytes),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

describe.each(engines())('importing plan files on %s', (engine) => {
  const ctx = useTestApp(engine);

  it('reads a text and a DOCX plan into a draft, and says why it cannot read others', async () => {
    const { cookie } = await buildUser(ctx.app, ctx.database.db, { role: 'officer', unit: '18673' });
    const upload = (fileName: string, bytes: Uint8Array | Buffer, query = '') => {
      const { payload, headers } = form(fileName, bytes);
      return ctx.app.inject({
        method: 'POST',
        url: `/api/plans/import${query}`,
        headers: { ...headers, cookie },
        payload,
      });
    };
    const text = await upload('ke-hoach.txt', seedText);
    expect(text.statusCode, text.body).toBe(200);
    expect(text.json()).toMatchObject({ kind: 'KH', number: '34/KH-BCĐ', date: '2023-02-28' });
    expect(text.json().tasks.length).toBeGreaterThanOrEqual(9);
    expect(text.json().warnings.length).toBeGreaterThan(0);

    const docx = await upload(
      'ke-hoach.docx',
      await renderDocx(seed003 as unknown as DocModel),
      '?review=true',
    );
    expect(docx.statusCode, docx.body).toBe(200);
    expect(docx.json().draft.title).toBe(seed003.title);
    expect(docx.json().lines).toContain('I. MỤC ĐÍCH, YÊU CẦU');

    const garbage = await upload(
      'x.pdf',
      Uint8Array.from({ length: 2048 }, (_, i) => (i * 131) % 256),
    );
    expect(garbage.statusCode).toBe(415);
    expect(garbage.json().error.message).toContain('không phải văn bản');
    const empty = await upload('rong.txt', new Uint8Array());
    expect(empty.json().error).toMatchObject({
      code: 'UNSUPPORTED_MEDIA_TYPE',
      details: { reason: 'empty' },
    });

    const huge = await ctx.app.inject({
      method: 'POST',
      url: '/api/plans/import',
      headers: {
        cookie,
        'content-type': 'multipart/form-data; boundary=x',
        'content-length': String(21 * 1024 * 1024),
      },
      payload: '--x--\r\n',
    });
    expect(huge.statusCode).toBe(413);
    const anonymous = await ctx.app.inject({
      method: 'POST',
      url: '/api/plans/import',
      ...form('a.txt', seedText),
    });
    expect(anonymous.statusCode).toBe(401);
  });
});

describe('plan import on the command line', () => {
  const run = promisify(execFile);
  const cli = async (...args: string[]) => {
    try {
      const { stdout, stderr } = await run(process.execPath, [
        '--import',
        'tsx',
        'src/cli/main.ts',
        'plan',
        'import',
        ...args,
      ]);
      return { code: 0, stdout, stderr };
    } catch (error) {
      const e = error as { code: number; stdout: string; stderr: string };
      return { code: e.code, stdout: e.stdout, stderr: e.stderr };
    }
  };

  it(
    'prints only the draft JSON, exits 0 with warnings and 2 when the file cannot be read',
    { timeout: 60_000 },
    async () => {
      const ok = await cli(path.join(fixtures, 'seed-000.txt'), '--json');
      expect(ok.code, ok.stderr).toBe(0);
      const draft = JSON.parse(ok.stdout) as { kind: string; warnings: unknown[] };
      expect(draft.kind).toBe('KH');
      expect(draft.warnings.length).toBeGreaterThan(0);
      const missing = await cli(path.join(os.tmpdir(), 'khong-co-tep.docx'), '--json');
      expect(missing).toMatchObject({ code: 2, stdout: '' });
      expect(missing.stderr).toContain('không tìm thấy tệp');
      const binary = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pt-import-')), 'rac.bin');
      fs.writeFileSync(binary, Buffer.from(Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)));
      const refused = await cli(binary, '--json');
      expect(refused).toMatchObject({ code: 2, stdout: '' });
      expect(refused.stderr).toContain('không phải văn bản đọc được');
    },
  );
});
