import { describe, expect, it } from 'vitest';
import type { InjectOptions } from 'fastify';
import ExcelJS from 'exceljs';
import { sql } from 'drizzle-orm';
import { engines } from '../../../testing/test-db';
import { useTestApp } from '../../../testing/test-app';
import { buildUser } from '../../../testing/factories';
import { queryRows } from '../../../platform/database';
import { inspectDocx } from '../../../../core/documents/inspect-docx';
import { AWARD_COLUMNS } from '../../../../core/conferences/award-rows';
import { multipartFile } from '../../../testing/multipart';
import { insertTestConference } from '../conference/conferences.testing';

async function workbook(rows: (string | number | null)[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Danh sách');
  rows.forEach((row) => sheet.addRow(row));
  return Buffer.from(await book.xlsx.writeBuffer());
}

const BODY = {
  batches: [
    {
      title: 'Bằng khen của Chủ tịch UBND tỉnh',
      presenter: 'Nguyễn Văn A, Phó Chủ tịch UBND tỉnh',
      awardees: [
        {
          kind: 'individual',
          name: 'Trần Thị B',
          detail: 'Chủ tịch Hội LHPN xã',
          awardForm: 'Bằng khen của Chủ tịch UBND tỉnh',
          decisionNumber: '125/QĐ-UBND',
        },
        {
          kind: 'household',
          name: 'Hộ ông Phan Văn D',
          detail: 'Thôn 3',
          awardForm: 'Bằng khen của Chủ tịch UBND tỉnh',
          decisionNumber: '125/QĐ-UBND',
        },
        {
          kind: 'collective',
          name: 'Thôn Trung Hòa',
          awardForm: 'Bằng khen của Chủ tịch UBND tỉnh',
          decisionNumber: '125/QĐ-UBND',
        },
      ],
    },
    {
      title: 'Giấy khen của Chủ tịch UBND xã',
      presenter: 'Lê Văn C, Chủ tịch UBND xã',
      awardees: [
        { kind: 'collective', name: 'Chi hội Phụ nữ thôn 1', awardForm: 'Giấy khen của Chủ tịch UBND xã' },
      ],
    },
  ],
};

describe.each(engines())('award ceremony on %s', (engine) => {
  const ctx = useTestApp(engine);
  const db = () => ctx.database.db;
  const inject = (options: InjectOptions) => ctx.app.inject(options);

  async function setup() {
    const fixture = await insertTestConference(db(), { unit: '18673', delegates: 0 });
    const organiser = await buildUser(ctx.app, db(), { role: 'officer', unit: '18673' });
    const village = await buildUser(ctx.app, db(), { role: 'viewer', unit: '18673' });
    const outsider = await buildUser(ctx.app, db(), { role: 'officer', unit: '18073' });
    const id = fixture.conference.id;
    const put = (payload: unknown, cookie = organiser.cookie) =>
      inject({
        method: 'PUT',
        url: `/api/conferences/${id}/awards`,
        headers: { cookie },
        payload: payload as object,
      });
    const get = (cookie = organiser.cookie) =>
      inject({ method: 'GET', url: `/api/conferences/${id}/awards`, headers: { cookie } });
    const upload = (fileName: string, data: Buffer, cookie = organiser.cookie) => {
      const part = multipartFile(fileName, data);
      return inject({
        method: 'POST',
        url: `/api/conferences/${id}/awards/import`,
        headers: { cookie, ...part.headers },
        payload: part.payload,
      });
    };
    const counts = async () =>
      (
        await queryRows<{ batches: number; awardees: number }>(
          db(),
          sql`SELECT (SELECT count(*)::int FROM award_batches WHERE conference_id = ${id}) AS batches,
                     (SELECT count(*)::int FROM awardees WHERE conference_id = ${id}) AS awardees`,
        )
      )[0]!;
    return { id, organiser, village, outsider, put, get, upload, counts };
  }

  const names = (batches: { title: string; awardees: { name: string }[] }[]) =>
    batches.map((b) => [b.title, b.awardees.map((a) => a.name)]);

  it('replaces the batches in one go and calls collectives, then individuals, then households', async () => {
    const s = await setup();
    const saved = await s.put(BODY);
    expect(saved.statusCode, saved.body).toBe(200);
    expect(names(saved.json())).toEqual([
      ['Bằng khen của Chủ tịch UBND tỉnh', ['Thôn Trung Hòa', 'Trần Thị B', 'Hộ ông Phan Văn D']],
      ['Giấy khen của Chủ tịch UBND xã', ['Chi hội Phụ nữ thôn 1']],
    ]);
    expect(saved.json()[0].awardees.map((a: { position: number }) => a.position)).toEqual([1, 2, 3]);
    expect(saved.json()[0]).toMatchObject({ position: 1, presenter: 'Nguyễn Văn A, Phó Chủ tịch UBND tỉnh' });

    const invalid = await s.put({
      batches: [
        { title: 'Đợt mới', awardees: [{ kind: 'individual', name: 'Không có hình thức', awardForm: '' }] },
      ],
    });
    expect(invalid.statusCode).toBe(400);
    expect(await s.counts()).toEqual({ batches: 2, awardees: 4 });
    expect((await s.put(BODY, s.village.cookie)).statusCode).toBe(403);
    expect((await s.put({ batches: [] }, s.outsider.cookie)).statusCode).toBe(403);
    expect(await s.counts()).toEqual({ batches: 2, awardees: 4 });
    expect(names((await s.get(s.village.cookie)).json())).toEqual(names(saved.json()));

    const emptied = await s.put({ batches: [] });
    expect(emptied.json()).toEqual([]);
    expect(await s.counts()).toEqual({ batches: 0, awardees: 0 });
  });

  it('imports an xlsx after the typed list: header by names, batches continued, incomplete rows reported', async () => {
    const s = await setup();
    await s.put(BODY);
    const file = await workbook([
      ['DANH SÁCH KHEN THƯỞNG TẠI HỘI NGHỊ'],
      [],
      [
        'STT',
        'Đợt',
        'Người trao',
        'Loại',
        'Tên',
        'Chức vụ, đơn vị / Địa chỉ',
        'Hình thức khen thưởng',
        'Số quyết định',
      ],
      [
        1,
        'Giấy khen của Chủ tịch UBND xã',
        '',
        'Cá nhân',
        'Nguyễn Thị G',
        'Bí thư Chi đoàn thôn 2',
        'Giấy khen của Chủ tịch UBND xã',
        '30/QĐ-UBND',
      ],
      [2, '', '', 'Cá nhân', '', '', 'Giấy khen của Chủ tịch UBND xã', ''],
      [3, '', '', 'Tập thể', 'Hội Nông dân thôn 4', '', '', ''],
      [
        4,
        'Giấy chứng nhận',
        'Võ Văn H, Phó Chủ tịch UBND xã',
        'Hộ gia đình',
        'Hộ bà Lê Thị K',
        'Thôn 6',
        'Giấy chứng nhận Gia đình văn hóa',
        '31/QĐ-UBND',
      ],
      [
        5,
        '',
        '',
        'Hộ gia đình',
        'Hộ ông Trần Văn L',
        'Thôn 7',
        'Giấy chứng nhận Gia đình văn hóa',
        '31/QĐ-UBND',
      ],
    ]);
    const imported = await s.upload('khen-thuong.xlsx', file);
    expect(imported.statusCode, imported.body).toBe(200);
    expect(imported.json()).toEqual({
      imported: 3,
      errors: [
        { row: 5, message: 'Thiếu tên.' },
        { row: 6, message: '"Hội Nông dân thôn 4": thiếu hình thức khen thưởng.' },
      ],
    });
    const batches = (await s.get()).json();
    expect(names(batches)).toEqual([
      ['Bằng khen của Chủ tịch UBND tỉnh', ['Thôn Trung Hòa', 'Trần Thị B', 'Hộ ông Phan Văn D']],
      ['Giấy khen của Chủ tịch UBND xã', ['Chi hội Phụ nữ thôn 1', 'Nguyễn Thị G']],
      ['Giấy chứng nhận', ['Hộ bà Lê Thị K', 'Hộ ông Trần Văn L']],
    ]);
    expect(batches[2]).toMatchObject({ presenter: 'Võ Văn H, Phó Chủ tịch UBND xã' });
    expect(batches[1].awardees[1]).toMatchObject({
      kind: 'individual',
      detail: 'Bí thư Chi đoàn thôn 2',
      decisionNumber: '30/QĐ-UBND',
    });
  });

  it('refuses a file that is not xlsx or too big, and a foreign officer, before changing anything', async () => {
    const s = await setup();
    await s.put(BODY);
    const before = await s.counts();
    const exe = await s.upload('khen-thuong.xlsx', Buffer.from('MZ\x90\x00 program'));
    expect(exe.statusCode).toBe(415);
    const brokenZip = await s.upload('khen-thuong.xlsx', Buffer.from('PK\x03\x04 not really a zip'));
    expect(brokenZip.statusCode).toBe(415);
    const big = await s.upload(
      'lon.xlsx',
      Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(6 * 1024 * 1024)]),
    );
    expect(big.statusCode).toBe(413);
    const good = await workbook([
      [...AWARD_COLUMNS],
      ['', '', 'Cá nhân', 'Người ngoài', '', 'Giấy khen', ''],
    ]);
    expect((await s.upload('khen-thuong.xlsx', good, s.outsider.cookie)).statusCode).toBe(403);
    expect(await s.counts()).toEqual(before);
  });

  it('gives a template that imports as it is, with nothing to import and nothing to report', async () => {
    const s = await setup();
    const template = await inject({
      method: 'GET',
      url: `/api/conferences/${s.id}/awards/template.xlsx`,
      headers: { cookie: s.organiser.cookie },
    });
    expect(template.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(template.rawPayload as unknown as ArrayBuffer);
    const header = (book.worksheets[0]!.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual([...AWARD_COLUMNS]);
    expect(book.worksheets[0]!.getCell('C2').dataValidation).toMatchObject({ type: 'list' });
    const again = await s.upload('mau.xlsx', template.rawPayload);
    expect(again.json()).toEqual({ imported: 0, errors: [] });
  });

  it('prints the MC’s roll-call: per batch the invitation of its presenter, then the numbered awardees', async () => {
    const s = await setup();
    await s.put(BODY);
    const response = await inject({
      method: 'GET',
      url: `/api/conferences/${s.id}/roll-call.docx`,
      headers: { cookie: s.village.cookie },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('wordprocessingml');
    const docx = await inspectDocx(new Uint8Array(response.rawPayload));
    const texts = docx.paragraphs.map((p) => p.text).filter(Boolean);
    const start = texts.indexOf('Đợt 1: Bằng khen của Chủ tịch UBND tỉnh');
    expect(start).toBeGreaterThan(0);
    expect(texts.slice(start, start + 8)).toEqual([
      'Đợt 1: Bằng khen của Chủ tịch UBND tỉnh',
      'Trân trọng kính mời đồng chí Nguyễn Văn A, Phó Chủ tịch UBND tỉnh lên trao Bằng khen của Chủ tịch UBND tỉnh cho các tập thể, cá nhân, hộ gia đình sau:',
      '(Theo Quyết định số 125/QĐ-UBND)',
      'Tập thể:',
      '1. Thôn Trung Hòa',
      'Cá nhân:',
      '2. Trần Thị B, Chủ tịch Hội LHPN xã',
      'Hộ gia đình:',
    ]);
    expect(texts).toContain('3. Hộ ông Phan Văn D, Thôn 3');
    expect(texts).toContain(
      'Trân trọng kính mời đồng chí Lê Văn C, Chủ tịch UBND xã lên trao Giấy khen của Chủ tịch UBND xã cho các tập thể sau:',
    );
    expect(texts[0]).toBe('XÃ CẨM XUYÊN');
    const outsider = await inject({
      method: 'GET',
      url: `/api/conferences/${s.id}/roll-call.docx`,
      headers: { cookie: (await buildUser(ctx.app, db(), { role: 'officer', unit: '01' })).cookie },
    });
    expect(outsider.statusCode).toBe(403);
  });
});
