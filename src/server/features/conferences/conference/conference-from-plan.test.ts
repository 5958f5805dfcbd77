import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { InjectOptions } from 'fastify';
import { engines } from '../../../testing/test-db';
import { useTestApp } from '../../../testing/test-app';
import { buildUser, buildVillage } from '../../../testing/factories';
import { queryRows } from '../../../platform/database';
import golden000 from '../../../../core/import/golden/seed-000.expected.json' with { type: 'json' };
import golden002 from '../../../../core/import/golden/seed-002.expected.json' with { type: 'json' };
import golden004 from '../../../../core/import/golden/seed-004.expected.json' with { type: 'json' };
import fixture000 from '../../../../core/documents/fixtures/seed-000.json' with { type: 'json' };
import fixture002 from '../../../../core/documents/fixtures/seed-002.json' with { type: 'json' };
import fixture004 from '../../../../core/documents/fixtures/seed-004.json' with { type: 'json' };

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- answers and goldens are read as loose JSON
type Json = Record<string, any>;

/**
 * A seed as the importer reads it (its golden DocumentDraft). The seeds' texts start at "Số:", so the issuing body,
 * place and signer come from their transcriptions, as the demo does; the plan is placed in xã Cẩm Xuyên (18673).
 */
const seedPlan = (golden: Json, fixture: Json) => ({
  ...golden,
  issuer: fixture.issuer,
  place: fixture.place,
  signer: fixture.signer,
});

describe.each(engines())('a conference from its plan on %s', (engine) => {
  const ctx = useTestApp(engine);
  const inject = (options: InjectOptions) => ctx.app.inject(options);
  const count = async (table: string) =>
    Number(
      (
        await queryRows<{ n: number }>(ctx.database.db, sql.raw(`SELECT count(*)::int AS n FROM ${table}`))
      )[0]!.n,
    );

  async function fromSeed(golden: Json, fixture: Json) {
    const officer = await buildUser(ctx.app, ctx.database.db, { role: 'officer', unit: '18673' });
    const plan = await inject({
      method: 'POST',
      url: '/api/plans?unit=18673',
      headers: { cookie: officer.cookie },
      payload: seedPlan(golden, fixture),
    });
    expect(plan.statusCode, plan.body).toBe(201);
    const created = await inject({
      method: 'POST',
      url: '/api/conferences',
      headers: { cookie: officer.cookie },
      payload: { fromPlan: plan.json().id },
    });
    expect(created.statusCode, created.body).toBe(201);
    return { conference: created.json(), planId: plan.json().id as number, cookie: officer.cookie };
  }

  it('creates seed 002: a dated conference with 4 groups, 8 items and 3 tham luận due 5 days before', async () => {
    const { conference: c, planId } = await fromSeed(golden002, fixture002);
    expect(c).toMatchObject({
      title:
        'Hội nghị tổng kết phong trào thi đua yêu nước năm 2023 và phát động phong trào thi đua yêu nước năm 2024',
      kind: 'tong_ket',
      format: 'in_person',
      status: 'planned',
      date: '2024-03-22',
      unitCode: '18673',
      planId,
      expectedAttendees: 325,
      permissions: { canEdit: true, canCheckIn: true },
    });
    expect(c.plan).toMatchObject({ id: planId, title: golden002.title });
    expect(c.points).toHaveLength(1);
    expect(c.points[0]).toMatchObject({ isMain: true, unitName: expect.stringContaining('Cẩm Xuyên') });
    expect(c.groups.map((g: Json) => [g.title, g.level])).toEqual([
      ['Cấp tỉnh', 'province'],
      ['Cấp huyện', 'district'],
      ['Cấp xã', 'commune'],
      ['Đại diện các tập thể và cá nhân điển hình tiên tiến được khen thưởng', 'awardee'],
    ]);
    expect(c.groups[1].rule.split('\n')).toHaveLength(6);
    expect(c.programme).toHaveLength(8);
    expect(c.programme.map((i: Json) => i.kind)).toEqual([
      'van_nghe',
      'tuyen_bo_ly_do',
      'khai_mac',
      'bao_cao',
      'tham_luan',
      'khen_thuong',
      'phat_bieu_chi_dao',
      'phat_dong',
    ]);
    expect(c.presentations).toHaveLength(3);
    for (const p of c.presentations)
      expect(p).toMatchObject({ minMinutes: 5, maxMinutes: 7, dueDate: '2024-03-17', status: 'assigned' });
    expect(c.presentations.map((p: Json) => p.unitName)).toEqual(golden002.conference.presentations.units);
    // One conference per plan: a second "create from plan" names the first instead of making a copy.
    const again = await inject({
      method: 'POST',
      url: '/api/conferences',
      headers: {
        cookie: (await buildUser(ctx.app, ctx.database.db, { role: 'officer', unit: '18673' })).cookie,
      },
      payload: { fromPlan: planId },
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.details).toEqual({ conferenceId: c.id });
    const thamLuan = c.programme[4];
    expect(thamLuan).toMatchObject({ minutes: 21, presentationId: c.presentations[0].id });
    expect(c.presentations[0].itemId).toBe(thamLuan.id);
    // No start time in the plan: the programme has no clock times yet, and the page says so.
    expect(c.programme[0].startsAt).toBeNull();
    expect(c.warnings).toContain('Chưa có giờ bắt đầu: chương trình chưa tính được giờ.');
    expect(c.warnings.join(' ')).toContain('Đại diện các tập thể');
    expect(c.budget.lines[0].source).toBe('Quỹ Thi đua - Khen thưởng hằng năm của huyện');
    expect(c.budgetTotal).toBe(0);
  });

  it('creates seed 000: online over 4 points, Phước Lộc joining at Phước Công kept by name', async () => {
    const { conference: c } = await fromSeed(golden000, fixture000);
    expect(c.format).toBe('online');
    expect(c.date).toBeNull();
    expect(c.dateRaw).toContain('trung tuần tháng 01/2022');
    expect(c.points.map((p: Json) => [p.name, p.isMain])).toEqual([
      ['Điểm cầu huyện', true],
      ['Điểm cầu xã, thị trấn', false],
      ['Điểm cầu xã Phước Công', false],
      ['Điểm cầu xã Phước Kim', false],
    ]);
    const phuocCong = c.points[2];
    expect(phuocCong.unitId).toBeNull();
    expect(phuocCong.units).toEqual([
      { unitId: null, name: 'Xã Phước Công' },
      { unitId: null, name: 'Xã Phước Lộc' },
    ]);
    expect(c.warnings.join('\n')).toContain('"Xã Phước Lộc"');
    // "Tại điểm cầu huyện" sits at the main point, "Tại điểm cầu xã, thị trấn" at that point.
    expect(c.groups.map((g: Json) => g.pointId)).toEqual([c.points[0].id, c.points[1].id]);
    expect(c.programme).toHaveLength(8);
    expect(c.programme[3]).toMatchObject({ kind: 'tham_luan', minutes: 28 });
    expect(c.presentations).toHaveLength(4);
    expect(c.warnings).toContain('4 tham luận chưa giao cho đơn vị cụ thể.');
  });

  it('creates seed 004: an điển hình tiên tiến conference of a full day with chào cờ, văn nghệ and phát động', async () => {
    const { conference: c } = await fromSeed(golden004, fixture004);
    expect(c.title).toBe('Hội nghị điển hình tiên tiến ngành Văn hóa và Thể thao Hà Nội');
    expect(c.kind).toBe('dien_hinh');
    expect(c.programme).toHaveLength(11);
    const kinds = c.programme.map((i: Json) => i.kind);
    expect(kinds).toEqual(expect.arrayContaining(['chao_co', 'van_nghe', 'phat_dong', 'be_mac']));
    expect(c.sessions.map((s: Json) => s.label)).toEqual(['Sáng', 'Chiều']);
    expect(c.programme[0]).toMatchObject({ startsAt: '07:30', endsAt: '07:45' });
    expect(c.programme[1]).toMatchObject({ startsAt: '07:45', endsAt: '07:50' });
    expect(c.presentations.map((p: Json) => p.unitName)).toEqual([
      'Phòng Quản lý Thể dục thể thao',
      'Phòng Quản lý Di sản',
    ]);
  });

  it('answers 404 for an unknown plan and 403 for a plan outside scope, writing nothing', async () => {
    const { planId } = await fromSeed(golden002, fixture002);
    const outsider = await buildUser(ctx.app, ctx.database.db, { role: 'officer', unit: '00004' });
    const before = await Promise.all(['conferences', 'conference_points', 'audit_log'].map(count));
    const unknown = await inject({
      method: 'POST',
      url: '/api/conferences',
      headers: { cookie: outsider.cookie },
      payload: { fromPlan: 999_999 },
    });
    expect(unknown.statusCode).toBe(404);
    const foreign = await inject({
      method: 'POST',
      url: '/api/conferences',
      headers: { cookie: outsider.cookie },
      payload: { fromPlan: planId, unit: '00004' },
    });
    expect(foreign.statusCode).toBe(403);
    expect(foreign.json().error.code).toBe('OUT_OF_SCOPE');
    expect(await Promise.all(['conferences', 'conference_points', 'audit_log'].map(count))).toEqual(before);
  });

  it("refuses the province plan's conference to a village officer, writing nothing, and leaves it to the owner", async () => {
    const owner = await buildUser(ctx.app, ctx.database.db, { role: 'officer', unit: '42' });
    const plan = await inject({
      method: 'POST',
      url: '/api/plans?unit=42',
      headers: { cookie: owner.cookie },
      payload: seedPlan(golden002, fixture002),
    });
    expect(plan.statusCode, plan.body).toBe(201);
    const village = await buildVillage(ctx.database.db, '18673');
    const villager = await buildUser(ctx.app, ctx.database.db, { role: 'officer', unit: village.code });
    // The village reads the province's plan it carries out…
    const read = await inject({
      method: 'GET',
      url: `/api/plans/${plan.json().id}`,
      headers: { cookie: villager.cookie },
    });
    expect(read.statusCode).toBe(200);
    const before = await Promise.all(['conferences', 'conference_points', 'audit_log'].map(count));
    // …but neither hosts its conference in the village nor links a typed-in one to it.
    for (const payload of [
      { fromPlan: plan.json().id, unit: village.code },
      { fromPlan: plan.json().id },
      { title: 'Hội nghị của thôn', unit: village.code, planId: plan.json().id },
    ]) {
      const refused = await inject({
        method: 'POST',
        url: '/api/conferences',
        headers: { cookie: villager.cookie },
        payload,
      });
      expect(refused.statusCode, JSON.stringify(payload)).toBe(403);
      expect(['OUT_OF_SCOPE', 'FORBIDDEN']).toContain(refused.json().error.code);
    }
    expect(await Promise.all(['conferences', 'conference_points', 'audit_log'].map(count))).toEqual(before);
    const own = await inject({
      method: 'POST',
      url: '/api/conferences',
      headers: { cookie: owner.cookie },
      payload: { fromPlan: plan.json().id },
    });
    expect(own.statusCode, own.body).toBe(201);
    expect(own.json()).toMatchObject({ planId: plan.json().id, unitCode: '42' });
  });

  it('lets a unit above read the plan but host the conference only where it may edit', async () => {
    const { planId } = await fromSeed(golden002, fixture002);
    const viewer = await buildUser(ctx.app, ctx.database.db, { role: 'viewer', unit: '42' });
    const before = await count('conferences');
    const refused = await inject({
      method: 'POST',
      url: '/api/conferences',
      headers: { cookie: viewer.cookie },
      payload: { fromPlan: planId },
    });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe('FORBIDDEN');
    expect(await count('conferences')).toBe(before);
  });
});
