import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { engines } from '../../testing/test-db';
import { useTestApp } from '../../testing/test-app';
import { docxFile, zipFile } from '../../testing/zip-file';
import { queryRows } from '../../platform/database';
import { planTestKit } from './plans.testing';

const boundary = 'ptreport';
const form = (fileName: string, data: Buffer) =>
  Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="text"\r\n\r\nBáo cáo kèm tệp\r\n` +
        `--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="${fileName}"\r\n` +
        'Content-Type: application/octet-stream\r\n\r\n',
    ),
    data,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);

describe.each(engines())('report attachments through the zip guard on %s', (engine) => {
  const ctx = useTestApp(engine);
  const { inject, db, commune, createSeedPlan } = planTestKit(ctx);

  it('refuses a DOCX or XLSX zip bomb with 413 and its reason, and a zip of the wrong Office type with 415', async () => {
    const { bcd, officer } = await commune();
    const plan = (await createSeedPlan(officer, bcd.code)).json<{ id: number }>();
    const [task] = await queryRows<{ id: number }>(
      db(),
      sql`SELECT id FROM tasks WHERE plan_id = ${plan.id} ORDER BY id LIMIT 1`,
    );
    const send = (fileName: string, data: Buffer) =>
      inject({
        method: 'POST',
        url: `/api/tasks/${task!.id}/reports`,
        headers: { cookie: officer, 'content-type': `multipart/form-data; boundary=${boundary}` },
        payload: form(fileName, data),
      });
    const count = async () =>
      (
        await queryRows<{ reports: number; files: number }>(
          db(),
          sql`SELECT (SELECT count(*)::int FROM task_reports) AS reports,
                     (SELECT count(*)::int FROM task_attachments) AS files`,
        )
      )[0]!;
    const before = await count();

    // 2 MB of one byte compress to a few kilobytes: past the ratio any document compresses to.
    const docxBomb = docxFile(new Uint8Array(2 * 1024 * 1024));
    expect(docxBomb.length).toBeLessThan(20_000);
    const docx = await send('bao-cao.docx', docxBomb);
    expect(docx.statusCode).toBe(413);
    expect(docx.json().error).toMatchObject({
      code: 'PAYLOAD_TOO_LARGE',
      details: { reason: 'ratio', fileName: 'bao-cao.docx' },
    });
    const xlsxBomb = zipFile([
      { name: '[Content_Types].xml', data: '<Types/>' },
      { name: 'xl/workbook.xml', data: '<workbook/>' },
      { name: 'xl/worksheets/sheet1.xml', data: '<worksheet/>', declaredSize: 60 * 1024 * 1024 },
    ]);
    const xlsx = await send('so-lieu.xlsx', xlsxBomb);
    expect(xlsx.statusCode).toBe(413);
    expect(xlsx.json().error).toMatchObject({
      code: 'PAYLOAD_TOO_LARGE',
      details: { reason: 'entry_too_large' },
    });

    // Zips, but not the Office type their names claim: a workbook named .docx, a document named .xlsx.
    const workbook = zipFile([{ name: 'xl/workbook.xml', data: '<workbook/>' }]);
    const document = docxFile('<w:document/>');
    for (const [fileName, data] of [
      ['bao-cao.docx', workbook],
      ['so-lieu.xlsx', document],
      ['hong.docx', document.subarray(0, 40)],
    ] as const) {
      const wrong = await send(fileName, data);
      expect(wrong.statusCode, fileName).toBe(415);
      expect(wrong.json().error).toMatchObject({ code: 'UNSUPPORTED_MEDIA_TYPE', details: { fileName } });
    }
    expect(await count()).toEqual(before);

    const word = await send('bao-cao.docx', document);
    expect(word.statusCode, word.body).toBe(201);
    const sheet = await send('so-lieu.xlsx', workbook);
    expect(sheet.statusCode, sheet.body).toBe(201);
    expect(sheet.json().attachments[0]).toMatchObject({
      fileName: 'so-lieu.xlsx',
      contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    });
    expect(await count()).toEqual({ reports: before.reports + 2, files: before.files + 2 });
  });
});
