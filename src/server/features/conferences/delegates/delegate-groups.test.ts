import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { engines } from '../../../testing/test-db';
import { useTestApp } from '../../../testing/test-app';
import { buildUnit, buildUser, buildVillage } from '../../../testing/factories';
import { queryRows } from '../../../platform/database';
import { insertTestConference } from '../conference/conferences.testing';

type Json = Record<string, unknown>;

describe.each(engines())('delegate groups and their composition rules on %s', (engine) => {
  const ctx = useTestApp(engine);
  const db = () => ctx.database.db;
  const rows = <T>(query: ReturnType<typeof sql>) => queryRows<T>(db(), query);

  /**
   * Seed 000 is a district's conference of January 2022: the conference is moved to huyện Cẩm Xuyên (446) as the
   * units stood then, with a point at one of its communes.
   */
  async function districtConference() {
    const made = await insertTestConference(db(), { delegates: 0, date: '2022-01-15' });
    const [district] = await rows<{ id: number; path: string }>(
      sql`SELECT id, path FROM units WHERE code = '446' AND level = 'district'`,
    );
    await db().execute(
      sql`UPDATE conferences SET unit_id = ${district!.id}, area_unit_id = ${district!.id},
                 area_path = ${district!.path} WHERE id = ${made.conference.id}`,
    );
    await db().execute(
      sql`UPDATE conference_points SET unit_id = ${district!.id}, unit_path = ${district!.path}
           WHERE conference_id = ${made.conference.id}`,
    );
    const communes = await rows<{ id: number; full_name: string; path: string }>(
      sql`SELECT id, full_name, path FROM units WHERE level = 'commune' AND path LIKE ${district!.path + '%'}
             AND (valid_from IS NULL OR valid_from <= '2022-01-15') AND (valid_to IS NULL OR valid_to >= '2022-01-15')
           ORDER BY path`,
    );
    const [commune] = communes;
    const [point] = await rows<{ id: number }>(
      sql`INSERT INTO conference_points (conference_id, position, name, unit_id, unit_path)
          VALUES (${made.conference.id}, 2, ${'Điểm cầu ' + commune!.full_name}, ${commune!.id}, ${commune!.path})
          RETURNING id`,
    );
    const admin = await buildUser(ctx.app, db(), { role: 'system_admin', unit: '42', captureScope: null });
    return { ...made, district: district!, communes, commune: commune!, point: point!, cookie: admin.cookie };
  }

  const inject = (cookie: string, method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: Json) =>
    ctx.app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });

  it('expands "Chủ tịch UBND các xã, thị trấn" into one seat per commune of 2022, once', async () => {
    const { conference, communes, commune, point, cookie } = await districtConference();
    expect(communes.length).toBeGreaterThan(15);
    // The chairman of one commune has an account with that post: that seat is named.
    const chair = await buildUser(ctx.app, db(), { role: 'officer', unit: '42' });
    await db().execute(
      sql`UPDATE users SET unit_id = ${communes[1]!.id}, position = 'Chủ tịch UBND xã',
                 full_name = 'Lê Văn Chủ', email = 'chu.lv@example.vn' WHERE id = ${chair.account.id}`,
    );
    const created = await inject(cookie, 'POST', `/api/conferences/${conference.id}/groups`, {
      title: 'Tại điểm cầu xã, thị trấn',
      level: 'commune',
      rule: 'Chủ tịch UBND các xã, thị trấn',
    });
    expect(created.statusCode, created.body).toBe(201);
    const group = created.json();
    expect(group).toMatchObject({ position: 2, expected: null, delegates: 0 });

    const first = await inject(cookie, 'POST', `/api/groups/${group.id}/expand`);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toEqual({ created: communes.length, named: 1, skipped: [] });
    const seats = await rows<{
      name: string | null;
      position: string;
      unit_id: number;
      point_id: number | null;
      source: string;
    }>(
      sql`SELECT name, position, unit_id, point_id, source FROM delegates WHERE group_id = ${group.id} ORDER BY id`,
    );
    expect(new Set(seats.map((s) => s.unit_id))).toEqual(new Set(communes.map((c) => c.id)));
    expect(seats.every((s) => s.position === 'Chủ tịch UBND' && s.source === 'rule')).toBe(true);
    expect(seats.find((s) => s.unit_id === communes[1]!.id)!.name).toBe('Lê Văn Chủ');
    expect(seats.filter((s) => s.name === null)).toHaveLength(communes.length - 1);
    // The commune with its own điểm cầu sits there; the others have no point (the group has none).
    expect(seats.find((s) => s.unit_id === commune.id)!.point_id).toBe(point.id);
    expect(seats.filter((s) => s.point_id === null)).toHaveLength(communes.length - 1);

    const again = await inject(cookie, 'POST', `/api/groups/${group.id}/expand`);
    expect(again.json()).toEqual({ created: 0, named: 0, skipped: [] });
    const listed = await inject(
      cookie,
      'GET',
      `/api/conferences/${conference.id}/delegates?group=${group.id}&limit=500`,
    );
    expect(listed.json().total).toBe(communes.length);
    const detail = (
      await rows<{ expected: number }>(sql`SELECT expected FROM delegate_groups WHERE id = ${group.id}`)
    )[0];
    expect(detail!.expected).toBe(communes.length);
    const audits = await rows<{ n: number }>(
      sql`SELECT count(*)::int AS n FROM audit_log WHERE action = 'delegate_group.expand' AND entity_id = ${String(group.id)}`,
    );
    expect(audits[0]!.n).toBe(2);
  });

  it('reads every post of a line, single seats and the lines it cannot enumerate', async () => {
    const { conference, communes, cookie } = await districtConference();
    const group = (
      await inject(cookie, 'POST', `/api/conferences/${conference.id}/groups`, {
        title: 'Thành phần',
        rule: [
          '- Bí thư Đảng ủy, Chủ tịch HĐND, Chủ tịch UBND, Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam, cán bộ, công chức phụ trách công tác thi đua, khen thưởng các xã, thị trấn;',
          '- Lãnh đạo UBND tỉnh;',
          '- Đại diện lãnh đạo Ban Tuyên giáo Huyện ủy;',
          '- Các tập thể, cá nhân được khen thưởng trên địa bàn xã, thị trấn.',
        ].join('\n'),
        expected: 7,
      })
    ).json();
    const result = (await inject(cookie, 'POST', `/api/groups/${group.id}/expand`)).json();
    expect(result.created).toBe(5 * communes.length + 2);
    expect(result.skipped).toHaveLength(1);
    expect(result.skipped[0]).toContain('Các tập thể, cá nhân được khen thưởng');
    const single = await rows<{ position: string; level: string | null; valid_to: string | null }>(
      sql`SELECT d.position, u.level, u.valid_to::text AS valid_to FROM delegates d LEFT JOIN units u ON u.id = d.unit_id
           WHERE d.group_id = ${group.id} AND (d.position LIKE 'Lãnh đạo%' OR d.position LIKE 'Đại diện%')
           ORDER BY d.id`,
    );
    // "UBND tỉnh" is the province of 2022, "Huyện ủy" the district of 2022.
    expect(single).toEqual([
      { position: 'Lãnh đạo UBND tỉnh', level: 'province', valid_to: '2025-06-30' },
      { position: 'Đại diện lãnh đạo Ban Tuyên giáo Huyện ủy', level: 'district', valid_to: '2025-06-30' },
    ]);
    const posts = await rows<{ position: string; n: number }>(
      sql`SELECT position, count(*)::int AS n FROM delegates WHERE group_id = ${group.id} AND unit_id IS NOT NULL
           GROUP BY position ORDER BY position`,
    );
    expect(
      posts.find((p) => p.position === 'Cán bộ, công chức phụ trách công tác thi đua, khen thưởng')!.n,
    ).toBe(communes.length);
    // An expected count given by the organiser is kept.
    const [kept] = await rows<{ expected: number }>(
      sql`SELECT expected FROM delegate_groups WHERE id = ${group.id}`,
    );
    expect(kept!.expected).toBe(7);
  });

  it('makes a seat per village of a commune today, named after the village type, and keeps seats named since', async () => {
    const { group } = await insertTestConference(db(), { delegates: 0 });
    const officer = await buildUser(ctx.app, db(), { role: 'officer', unit: '18673' });
    await buildVillage(db(), '18673', 'Thôn Trung Đông');
    await buildUnit(db(), { parent: '18673', level: 'village', type: 'tổ dân phố', name: '3' });
    await inject(officer.cookie, 'PATCH', `/api/groups/${group.id}`, {
      rule: 'Trưởng thôn, tổ dân phố các xã, thị trấn',
    });
    const first = (await inject(officer.cookie, 'POST', `/api/groups/${group.id}/expand`)).json();
    expect(first).toMatchObject({ created: 2, named: 0 });
    const seats = await rows<{ id: number; position: string; unit_name: string }>(
      sql`SELECT id, position, unit_name FROM delegates WHERE group_id = ${group.id} ORDER BY unit_name`,
    );
    expect(seats.map((s) => [s.position, s.unit_name])).toEqual([
      ['Trưởng thôn', 'Thôn Trung Đông'],
      ['Trưởng tổ dân phố', 'Tổ dân phố 3'],
    ]);
    // Naming a seat changes its key; expanding again still makes no second seat for that post.
    const named = await inject(officer.cookie, 'PATCH', `/api/delegates/${seats[0]!.id}`, {
      name: 'Phan Văn Thôn',
    });
    expect(named.statusCode, named.body).toBe(200);
    expect((await inject(officer.cookie, 'POST', `/api/groups/${group.id}/expand`)).json()).toMatchObject({
      created: 0,
    });
    await inject(officer.cookie, 'PATCH', `/api/groups/${group.id}`, { rule: null });
    const empty = await inject(officer.cookie, 'POST', `/api/groups/${group.id}/expand`);
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.message).toContain('chưa có thành phần');
  });

  it('deletes a group with its seats, and refuses once one of them was invited', async () => {
    const { conference, group, delegates } = await insertTestConference(db(), { delegates: 2 });
    const officer = await buildUser(ctx.app, db(), { role: 'officer', unit: '18673' });
    await db().execute(sql`UPDATE delegates SET invited_at = now() WHERE id = ${delegates[0]!.id}`);
    const refused = await inject(officer.cookie, 'DELETE', `/api/groups/${group.id}`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toContain('đã được gửi giấy mời');
    await db().execute(sql`UPDATE delegates SET invited_at = NULL WHERE id = ${delegates[0]!.id}`);
    await db().execute(
      sql`INSERT INTO attendance (delegate_id, conference_id, status, reason) VALUES (${delegates[1]!.id}, ${conference.id}, 'absent', 'Ốm')`,
    );
    const deleted = await inject(officer.cookie, 'DELETE', `/api/groups/${group.id}`);
    expect(deleted.statusCode, deleted.body).toBe(204);
    const left = await rows<{ n: number }>(
      sql`SELECT count(*)::int AS n FROM delegates WHERE conference_id = ${conference.id}`,
    );
    expect(left[0]!.n).toBe(0);
    expect((await inject(officer.cookie, 'DELETE', `/api/groups/${group.id}`)).statusCode).toBe(404);
  });
});
