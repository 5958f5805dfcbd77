import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { sql } from 'drizzle-orm';
import { engines } from '../../../testing/test-db';
import { useTestApp } from '../../../testing/test-app';
import { buildUser } from '../../../testing/factories';
import { queryRows } from '../../../platform/database';
import { insertTestConference } from '../conference/conferences.testing';
import { cellText } from './delegate-sheet.import';

type Json = Record<string, unknown>;

describe.each(engines())('delegates on %s', (engine) => {
  const ctx = useTestApp(engine);
  const db = () => ctx.database.db;

  async function setUp(delegates = 0) {
    const made = await insertTestConference(db(), { delegates, points: ['18676'] });
    const officer = await buildUser(ctx.app, db(), { role: 'officer', unit: '18673' });
    const call = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: Json) =>
      ctx.app.inject({ method, url, headers: { cookie: officer.cookie }, ...(payload ? { payload } : {}) });
    return { ...made, officer, call };
  }

  it('adds delegates, refuses a duplicate naming the delegate it repeats, and finds them by folded text', async () => {
    const { conference, group, points, call } = await setUp();
    const url = `/api/conferences/${conference.id}/delegates`;
    const an = await call('POST', url, {
      name: 'Nguyễn Văn An',
      position: 'Chủ tịch UBND',
      unit: 'UBND xã Cẩm Xuyên',
      phone: '+84 912 345 678',
      groupId: group.id,
    });
    expect(an.statusCode, an.body).toBe(201);
    expect(an.json()).toMatchObject({
      name: 'Nguyễn Văn An',
      unitName: 'UBND xã Cẩm Xuyên',
      source: 'manual',
      rsvp: 'pending',
      attendance: null,
    });
    // The same phone written another way is the same person.
    const again = await call('POST', url, { name: 'Nguyễn V. An', phone: '0912.345.678' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toMatchObject({ code: 'CONFLICT', details: { delegateId: an.json().id } });
    expect(again.json().error.message).toContain('Nguyễn Văn An');
    // Without phone or e-mail: the folded name and unit decide.
    expect((await call('POST', url, { name: 'Lê Thị Hoà', unit: 'Xã Thiên Cầm' })).statusCode).toBe(201);
    expect((await call('POST', url, { name: 'LÊ THỊ HÒA', unit: 'xã thiên cầm' })).statusCode).toBe(409);
    const bad = await call('POST', url, { name: 'X', groupId: 999_999 });
    expect(bad.statusCode).toBe(400);
    const third = await call('POST', url, {
      name: 'Trần Bình',
      position: 'Công chức Văn hóa - Xã hội',
      email: 'Binh.Tran@Example.vn',
      pointId: points[1]!.id,
    });
    expect(third.json()).toMatchObject({ email: 'binh.tran@example.vn', pointId: points[1]!.id });

    const search = async (query: string) => (await call('GET', `${url}?${query}`)).json();
    expect((await search('q=nguyen%20van')).items.map((d: Json) => d.name)).toEqual(['Nguyễn Văn An']);
    expect((await search('q=THỊ%20HOÀ')).items.map((d: Json) => d.name)).toEqual(['Lê Thị Hoà']);
    expect((await search('q=van%20hoa')).items.map((d: Json) => d.name)).toEqual(['Trần Bình']);
    expect((await search(`group=${group.id}`)).total).toBe(1);
    expect((await search(`point=${points[1]!.id}`)).items[0].name).toBe('Trần Bình');
    expect((await search('rsvp=yes')).total).toBe(0);
    const page = await search('limit=2&offset=2');
    expect(page.total).toBe(3);
    expect(page.items).toHaveLength(1);
  });

  it('names a seat, moves a delegate, and refuses to delete one who checked in', async () => {
    const { conference, group, points, delegates, call } = await setUp(2);
    const seat = await call('POST', `/api/conferences/${conference.id}/delegates`, {
      position: 'Chủ tịch UBND',
      unit: '18673',
      groupId: group.id,
    });
    expect(seat.statusCode, seat.body).toBe(201);
    expect(seat.json()).toMatchObject({ name: null, unitName: 'Xã Cẩm Xuyên' });
    const named = await call('PATCH', `/api/delegates/${seat.json().id}`, {
      name: 'Võ Văn Chủ',
      pointId: points[1]!.id,
    });
    expect(named.statusCode, named.body).toBe(200);
    expect(named.json()).toMatchObject({
      name: 'Võ Văn Chủ',
      position: 'Chủ tịch UBND',
      pointId: points[1]!.id,
    });
    // Renaming a delegate into another one's identity is a conflict.
    const clash = await call('PATCH', `/api/delegates/${delegates[1]!.id}`, {
      name: 'VÕ VĂN CHỦ',
      unit: '18673',
      email: null,
    });
    expect(clash.statusCode).toBe(409);

    await db().execute(
      sql`INSERT INTO attendance (delegate_id, conference_id, point_id, status, method)
          VALUES (${delegates[0]!.id}, ${conference.id}, ${points[0]!.id}, 'present', 'qr')`,
    );
    const listed = (await call('GET', `/api/conferences/${conference.id}/delegates`)).json();
    expect(listed.items.find((d: Json) => d.id === delegates[0]!.id).attendance).toMatchObject({
      status: 'present',
      pointId: points[0]!.id,
    });
    const refused = await call('DELETE', `/api/delegates/${delegates[0]!.id}`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toContain('đã điểm danh');
    expect((await call('DELETE', `/api/delegates/${delegates[1]!.id}`)).statusCode).toBe(204);
    const [left] = await queryRows<{ n: number }>(
      db(),
      sql`SELECT count(*)::int AS n FROM delegates WHERE conference_id = ${conference.id}`,
    );
    expect(left!.n).toBe(2);
  });

  it('lets a viewer read the list but not change it', async () => {
    const { conference } = await setUp(1);
    const viewer = await buildUser(ctx.app, db(), { role: 'viewer', unit: '18673' });
    const read = await ctx.app.inject({
      method: 'GET',
      url: `/api/conferences/${conference.id}/delegates`,
      headers: { cookie: viewer.cookie },
    });
    expect(read.statusCode).toBe(200);
    const write = await ctx.app.inject({
      method: 'POST',
      url: `/api/conferences/${conference.id}/delegates`,
      headers: { cookie: viewer.cookie },
      payload: { name: 'Người xem' },
    });
    expect(write.statusCode).toBe(403);
  });

  it('prints the seating list by group, numbering empty seats and showing a seat by its post', async () => {
    const { conference, group, call } = await setUp(3);
    const second = (
      await call('POST', `/api/conferences/${conference.id}/groups`, { title: 'Khách mời' })
    ).json();
    await call('POST', `/api/conferences/${conference.id}/delegates`, {
      position: 'Chủ tịch UBND',
      unit: '18676',
      groupId: second.id,
    });
    await call('POST', `/api/conferences/${conference.id}/delegates`, {
      name: 'Hồ Sĩ Khách',
      groupId: second.id,
      seat: 'B01',
    });
    const [first] = await queryRows<{ id: number }>(
      db(),
      sql`SELECT id FROM delegates WHERE group_id = ${group.id} ORDER BY id LIMIT 1`,
    );
    await call('PATCH', `/api/delegates/${first!.id}`, { seat: 'A02' });
    const response = await call('GET', `/api/conferences/${conference.id}/seating.xlsx`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('spreadsheetml');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    const texts = (r: number) => [1, 2, 3, 4, 5, 6].map((c) => cellText(sheet.getCell(r, c)));
    expect(texts(4)).toEqual(['STT', 'Chỗ ngồi', 'Họ và tên', 'Chức vụ', 'Đơn vị', 'Điểm cầu']);
    expect(texts(5)[0]).toBe('I. Cấp xã (3 đại biểu)');
    expect([texts(6), texts(7), texts(8)].map((t) => [t[0], t[1], t[2]])).toEqual([
      ['1', 'A02', 'Đại biểu 1'],
      ['2', 'A01', 'Đại biểu 2'],
      ['3', 'A03', 'Đại biểu 3'],
    ]);
    expect(texts(9)[0]).toBe('II. Khách mời (2 đại biểu)');
    expect(texts(10).slice(1, 5)).toEqual(['B02', 'Chủ tịch UBND', 'Chủ tịch UBND', 'Xã Thiên Cầm']);
    expect(texts(11).slice(1, 3)).toEqual(['B01', 'Hồ Sĩ Khách']);
    expect(sheet.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 9 });
  });
});
