import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { InjectOptions } from 'fastify';
import { engines } from '../../../testing/test-db';
import { useTestApp } from '../../../testing/test-app';
import { buildUser, buildVillage } from '../../../testing/factories';
import { queryRows } from '../../../platform/database';
import { attendance, delegates } from '../../../db/schema/conferences';
import { inspectDocx } from '../../../../core/documents/inspect-docx';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- answers are read as loose JSON
type Json = Record<string, any>;

describe.each(engines())('conferences on %s', (engine) => {
  const ctx = useTestApp(engine);
  const db = () => ctx.database.db;
  const as = (cookie: string) => (options: InjectOptions) =>
    ctx.app.inject({ ...options, headers: { ...options.headers, cookie } });
  const count = async (table: string) =>
    Number((await queryRows<{ n: number }>(db(), sql.raw(`SELECT count(*)::int AS n FROM ${table}`)))[0]!.n);

  async function organiser() {
    const officer = await buildUser(ctx.app, db(), { role: 'officer', unit: '18673' });
    const call = as(officer.cookie);
    const created = await call({
      method: 'POST',
      url: '/api/conferences',
      payload: {
        title: 'Hội nghị tổng kết phong trào thi đua năm 2030',
        format: 'hybrid',
        date: '2030-12-20',
        sessions: [{ label: 'Sáng', start: '07:30', end: '11:30' }],
        venue: 'Hội trường UBND xã',
        budget: { lines: [{ text: 'Khánh tiết', amount: 1_500_000, source: 'ngân sách xã' }] },
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    return { call, officer, conference: created.json<Json>() };
  }

  it('creates a conference from fields in the actor unit, with its main point', async () => {
    const { conference: c } = await organiser();
    expect(c).toMatchObject({
      kind: 'tong_ket',
      format: 'hybrid',
      status: 'planned',
      unitCode: '18673',
      planId: null,
      delegates: 0,
      present: 0,
      budgetTotal: 1_500_000,
      permissions: { canEdit: true, canCheckIn: true },
    });
    expect(c.points).toEqual([
      expect.objectContaining({ name: 'Điểm cầu chính', isMain: true, testStatus: 'untested', delegates: 0 }),
    ]);
    expect(c.invitations).toMatchObject({ invited: 0, pending: 0 });
    expect(c.warnings).toEqual([]);
  });

  it('lists what each reader may see, with delegates and arrivals counted', async () => {
    const { call, conference } = await organiser();
    const [point] = conference.points;
    const rows = await db()
      .insert(delegates)
      .values(
        [1, 2, 3].map((i) => ({
          conferenceId: conference.id,
          pointId: point.id,
          name: `Đại biểu ${i}`,
          dedupeKey: `t:${i}`,
        })),
      )
      .returning();
    await db().insert(attendance).values({
      delegateId: rows[0]!.id,
      conferenceId: conference.id,
      pointId: point.id,
      status: 'present',
    });
    await db().insert(attendance).values({
      delegateId: rows[1]!.id,
      conferenceId: conference.id,
      pointId: point.id,
      status: 'absent',
      reason: 'Ốm',
    });
    const list = await call({ method: 'GET', url: '/api/conferences?year=2030&status=planned' });
    expect(list.statusCode).toBe(200);
    const mine = list.json().items.find((i: Json) => i.id === conference.id);
    expect(mine).toMatchObject({ delegates: 3, present: 1, unitCode: '18673' });
    const detail = (await call({ method: 'GET', url: `/api/conferences/${conference.id}` })).json();
    expect(detail.points[0]).toMatchObject({ delegates: 3, present: 1 });
    expect(detail).toMatchObject({ delegates: 3, present: 1 });

    // A village of the commune reads the commune's conference; Hà Nội neither lists nor reads it.
    const village = await buildVillage(db(), '18673');
    const villager = await buildUser(ctx.app, db(), { role: 'officer', unit: village.code });
    const seen = await as(villager.cookie)({ method: 'GET', url: `/api/conferences/${conference.id}` });
    expect(seen.statusCode).toBe(200);
    expect(seen.json().permissions).toEqual({
      canEdit: false,
      canCheckIn: false,
      canDelete: false,
      canCancel: false,
    });
    const stranger = await buildUser(ctx.app, db(), { role: 'officer', unit: '00004' });
    const foreign = as(stranger.cookie);
    const hidden = await foreign({ method: 'GET', url: '/api/conferences' });
    expect(hidden.json().items.map((i: Json) => i.id)).not.toContain(conference.id);
    expect((await foreign({ method: 'GET', url: `/api/conferences/${conference.id}` })).statusCode).toBe(403);
    expect((await call({ method: 'GET', url: '/api/conferences/999999' })).statusCode).toBe(404);
  });

  it('changes only the fields a PATCH names, and moves the status forward or one step back', async () => {
    const { call, conference } = await organiser();
    const url = `/api/conferences/${conference.id}`;
    const patched = await call({
      method: 'PATCH',
      url,
      payload: { venue: 'Nhà văn hóa xã', chair: 'Đ/c Chủ tịch' },
    });
    expect(patched.statusCode, patched.body).toBe(200);
    expect(patched.json()).toMatchObject({
      venue: 'Nhà văn hóa xã',
      chair: 'Đ/c Chủ tịch',
      format: 'hybrid',
      sessions: [{ label: 'Sáng', start: '07:30' }],
      budgetTotal: 1_500_000,
    });
    for (const status of ['invited', 'ended', 'running'])
      expect((await call({ method: 'PATCH', url, payload: { status } })).json().status).toBe(status);
    const back = await call({ method: 'PATCH', url, payload: { status: 'planned' } });
    expect(back.statusCode).toBe(409);
    expect(back.json().error.message).toContain('một bước');
    const detail = (await call({ method: 'GET', url })).json();
    expect(detail.status).toBe('running');
    const audit = await queryRows<{ action: string }>(
      db(),
      sql`SELECT action FROM audit_log WHERE entity_type = 'conference' AND entity_id = ${String(conference.id)} ORDER BY id`,
    );
    expect(audit.map((a) => a.action)).toEqual([
      'conference.create',
      'conference.update',
      'conference.status.invited',
      'conference.status.ended',
      'conference.status.running',
    ]);
  });

  it('adds, tests, attaches units to and deletes bridge points', async () => {
    const { call, conference } = await organiser();
    const village = await buildVillage(db(), '18673', 'Thôn Điểm Cầu');
    const added = await call({
      method: 'POST',
      url: `/api/conferences/${conference.id}/points`,
      payload: {
        name: 'Điểm cầu Thôn Điểm Cầu',
        unit: village.code,
        room: 'Nhà văn hóa thôn',
        contactName: 'Lê Văn Kỹ',
        contactPhone: '0912345678',
        units: ['Thôn Điểm Cầu', 'Xóm Không Có Thật'],
      },
    });
    expect(added.statusCode, added.body).toBe(201);
    const point = added.json();
    expect(point).toMatchObject({
      isMain: false,
      unitName: 'Thôn Điểm Cầu',
      testStatus: 'untested',
      testedAt: null,
    });
    expect(point.units).toEqual([
      { unitId: point.unitId, name: 'Thôn Điểm Cầu' },
      { unitId: null, name: 'Xóm Không Có Thật' },
    ]);
    const tested = await call({
      method: 'PATCH',
      url: `/api/points/${point.id}`,
      payload: { testStatus: 'ok' },
    });
    expect(tested.statusCode, tested.body).toBe(200);
    expect(tested.json()).toMatchObject({
      testStatus: 'ok',
      testedAt: expect.any(String),
      room: 'Nhà văn hóa thôn',
    });
    expect(tested.json().units).toHaveLength(2);
    const main = conference.points[0];
    expect(
      (await call({ method: 'PATCH', url: `/api/points/${main.id}`, payload: { isMain: false } })).statusCode,
    ).toBe(409);
    expect((await call({ method: 'DELETE', url: `/api/points/${main.id}` })).statusCode).toBe(409);

    await db()
      .insert(delegates)
      .values({ conferenceId: conference.id, pointId: point.id, name: 'A', dedupeKey: 'p:a' });
    const busy = await call({ method: 'DELETE', url: `/api/points/${point.id}` });
    expect(busy.statusCode).toBe(409);
    expect(busy.json().error.message).toContain('1 đại biểu');
    const empty = await call({
      method: 'POST',
      url: `/api/conferences/${conference.id}/points`,
      payload: { name: 'Điểm cầu dự phòng' },
    });
    expect((await call({ method: 'DELETE', url: `/api/points/${empty.json().id}` })).statusCode).toBe(204);
    const names = (await call({ method: 'GET', url: `/api/conferences/${conference.id}` })).json().points;
    expect(names.map((p: Json) => p.name)).toEqual(['Điểm cầu chính', 'Điểm cầu Thôn Điểm Cầu']);
    expect(
      (await call({ method: 'PATCH', url: '/api/points/999999', payload: { room: 'x' } })).statusCode,
    ).toBe(404);
  });

  it('adds the checklist template once, with a line per point for an online link, due the day before', async () => {
    const { call, conference } = await organiser();
    await call({
      method: 'POST',
      url: `/api/conferences/${conference.id}/points`,
      payload: { name: 'Điểm cầu thôn' },
    });
    const url = `/api/conferences/${conference.id}/checklist/template`;
    const first = await call({ method: 'POST', url });
    expect(first.statusCode, first.body).toBe(200);
    const items = first.json();
    expect(items.map((i: Json) => i.text)).toEqual([
      'Chuẩn bị nước uống cho đại biểu',
      'Trang trí, khánh tiết, phông nền hội trường',
      'Âm thanh, ánh sáng, máy chiếu',
      'Kiểm tra đường truyền trực tuyến tại Điểm cầu chính',
      'Kiểm tra đường truyền trực tuyến tại Điểm cầu thôn',
      'Mời phóng viên, đưa tin về Hội nghị',
      'In giấy mời, tài liệu Hội nghị',
      'Chuẩn bị hoa, quà tặng, khen thưởng',
    ]);
    expect(items.every((i: Json) => i.dueDate === '2030-12-19' && i.unitName && !i.done)).toBe(true);
    const again = await call({ method: 'POST', url });
    expect(again.json()).toHaveLength(items.length);

    const own = await call({
      method: 'POST',
      url: `/api/conferences/${conference.id}/checklist`,
      payload: { text: 'Chuẩn bị xe đón đại biểu', unit: '18673', dueDate: '2030-12-18' },
    });
    expect(own.statusCode, own.body).toBe(201);
    expect(own.json()).toMatchObject({ position: items.length + 1, dueDate: '2030-12-18' });
    const done = await call({
      method: 'PATCH',
      url: `/api/checklist/${own.json().id}`,
      payload: { done: true },
    });
    expect(done.json()).toMatchObject({
      done: true,
      doneAt: expect.any(String),
      text: 'Chuẩn bị xe đón đại biểu',
    });
    const unknown = await call({
      method: 'PATCH',
      url: `/api/checklist/${own.json().id}`,
      payload: { unit: 'Phòng Không Có Thật' },
    });
    expect(unknown.statusCode).toBe(400);
    expect((await call({ method: 'DELETE', url: `/api/checklist/${own.json().id}` })).statusCode).toBe(204);
    const detail = (await call({ method: 'GET', url: `/api/conferences/${conference.id}` })).json();
    expect(detail.checklist).toHaveLength(items.length);
  });

  it('replaces the programme in one piece, computes its clock times, and keeps it when an item is bad', async () => {
    const { call, conference } = await organiser();
    const url = `/api/conferences/${conference.id}/programme`;
    const items = [
      { kind: 'van_nghe', title: 'Văn nghệ chào mừng', minutes: 15, performances: 3 },
      { kind: 'khai_mac', title: 'Phát biểu khai mạc', presenter: 'Đ/c Chủ tịch UBND xã', minutes: 10 },
      { kind: 'thao_luan', title: 'Thảo luận', minutes: null },
      { kind: 'be_mac', title: 'Bế mạc', minutes: 5 },
    ];
    const put = await call({ method: 'PUT', url, payload: { items } });
    expect(put.statusCode, put.body).toBe(200);
    expect(put.json().map((i: Json) => [i.position, i.startsAt, i.endsAt])).toEqual([
      [1, '07:30', '07:45'],
      [2, '07:45', '07:55'],
      [3, '07:55', null],
      [4, null, null],
    ]);
    const auditBefore = await count('audit_log');
    const bad = await call({
      method: 'PUT',
      url,
      payload: { items: [{ kind: 'hat_karaoke', title: 'Hát' }] },
    });
    expect(bad.statusCode).toBe(400);
    const foreignTalk = await call({
      method: 'PUT',
      url,
      payload: { items: [{ kind: 'tham_luan', title: 'Tham luận', presentationId: 999999 }] },
    });
    expect(foreignTalk.statusCode).toBe(400);
    expect(foreignTalk.json().error.details[0].path).toBe('items.0.presentationId');
    expect(await count('audit_log')).toBe(auditBefore);
    const kept = (await call({ method: 'GET', url: `/api/conferences/${conference.id}` })).json().programme;
    expect(kept.map((i: Json) => i.title)).toEqual(items.map((i) => i.title));
  });

  it('prints the run-of-show for the MC: times, MC lines, and the tham luận in order with their units', async () => {
    const { call, conference } = await organiser();
    await ctx.database.db.execute(
      sql`INSERT INTO presentations (conference_id, position, topic, unit_name, max_minutes)
          VALUES (${conference.id}, 1, 'Kinh nghiệm xây dựng thôn văn hóa', 'Thôn 1', 7),
                 (${conference.id}, 2, 'Tham luận của Hội Nông dân xã', 'Hội Nông dân xã', 7)`,
    );
    const put = await call({
      method: 'PUT',
      url: `/api/conferences/${conference.id}/programme`,
      payload: {
        items: [
          { kind: 'van_nghe', title: 'Văn nghệ chào mừng', minutes: 15, performances: 3 },
          { kind: 'khai_mac', title: 'Phát biểu khai mạc', presenter: 'Đ/c Chủ tịch UBND xã', minutes: 10 },
          { kind: 'tham_luan', title: 'Tham luận', minutes: 14 },
          { kind: 'be_mac', title: 'Bế mạc', minutes: 5 },
        ],
      },
    });
    expect(put.statusCode, put.body).toBe(200);
    const response = await call({ method: 'GET', url: `/api/conferences/${conference.id}/run-of-show.docx` });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('wordprocessingml');
    expect(response.headers['content-disposition']).toContain('kich-ban-hoi-nghi-tong-ket');
    const docx = await inspectDocx(response.rawPayload);
    expect(docx.find('KỊCH BẢN ĐIỀU HÀNH')).toMatchObject({ isBold: true, sizes: [14] });
    expect(docx.find('Thời gian: 07h30, ngày 20 tháng 12 năm 2030.').isItalic).toBe(true);
    const texts = docx.paragraphs.map((p) => p.text);
    expect(texts).toContain('07h30 - 07h45 (15 phút)');
    expect(texts).toContain('07h55 - 08h09 (14 phút)');
    expect(texts).toContain(
      'MC: Mở đầu chương trình, mời đại biểu thưởng thức chương trình văn nghệ chào mừng Hội nghị gồm 3 tiết mục.',
    );
    expect(texts).toContain(
      'MC: Trân trọng kính mời đồng chí Chủ tịch UBND xã lên phát biểu khai mạc Hội nghị.',
    );
    const first = texts.indexOf(
      '- Tham luận 1: Thôn 1, không quá 7 phút: Kinh nghiệm xây dựng thôn văn hóa.',
    );
    const second = texts.indexOf('- Tham luận 2: Hội Nông dân xã, không quá 7 phút.');
    expect(first).toBeGreaterThan(0);
    expect(second).toBeGreaterThan(first);
    const sizes = new Set(docx.paragraphs.flatMap((p) => p.sizes));
    expect([...sizes].every((s) => s === 13 || s === 14)).toBe(true);
    expect(docx.styles).toContain('Times New Roman');
  });
});
