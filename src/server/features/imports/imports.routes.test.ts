import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { engines } from '../../testing/test-db';
import { useTestApp } from '../../testing/test-app';
import { multipartFile } from '../../testing/multipart';
import { renderDocx } from '../../../core/documents/build-docx';
import seed003 from '../../../core/documents/fixtures/seed-003.json' with { type: 'json' };
import type { DocModel } from '../../../core/documents/model';
import { planImporter, planImportCli } from './imports.testing';

const fixtures = path.resolve('src/core/import/fixtures');
const seedText = fs.readFileSync(path.join(fixtures, 'seed-003.txt'));

describe.each(engines())('importing plan files on %s', (engine) => {
  const ctx = useTestApp(engine);

  it('reads a text and a DOCX plan into a draft, and says why it cannot read others', async () => {
    const { cookie, upload } = await planImporter(ctx);
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
      ...multipartFile('a.txt', seedText),
    });
    expect(anonymous.statusCode).toBe(401);
  });
});

describe('plan import on the command line', () => {
  it(
    'prints only the draft JSON, exits 0 with warnings and 2 when the file cannot be read',
    { timeout: 60_000 },
    async () => {
      const ok = await planImportCli(path.join(fixtures, 'seed-000.txt'), '--json');
      expect(ok.code, ok.stderr).toBe(0);
      const draft = JSON.parse(ok.stdout) as { kind: string; warnings: unknown[] };
      expect(draft.kind).toBe('KH');
      expect(draft.warnings.length).toBeGreaterThan(0);
      const missing = await planImportCli(path.join(os.tmpdir(), 'khong-co-tep.docx'), '--json');
      expect(missing).toMatchObject({ code: 2, stdout: '' });
      expect(missing.stderr).toContain('không tìm thấy tệp');
      const binary = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pt-import-')), 'rac.bin');
      fs.writeFileSync(binary, Buffer.from(Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)));
      const refused = await planImportCli(binary, '--json');
      expect(refused).toMatchObject({ code: 2, stdout: '' });
      expect(refused.stderr).toContain('không phải văn bản đọc được');
    },
  );
});
