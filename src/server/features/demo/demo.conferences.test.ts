import { systemClock } from '../../platform/clock';
import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { engines } from '../../testing/test-db';
import { useTestApp } from '../../testing/test-app';
import { queryRows } from '../../platform/database';
import { todayInVietnam } from '../../../core/dates/vn-dates';
import { SYSTEM_ACTOR } from '../../platform/actor';
import { getConference } from '../conferences/conference/conference-detail.service';
import { seedDemo } from './demo.seed';

describe.each(engines())('the demo conference on %s', (engine) => {
  const ctx = useTestApp(engine);

  it('shows one conference made from the plan of seed 002, dated ahead, with points, groups, programme and tham luận', async () => {
    const db = ctx.database.db;
    await seedDemo(db, 'demo-pass-1', systemClock);
    const rows = await queryRows<{ id: number }>(db, sql`SELECT id FROM conferences`);
    expect(rows).toHaveLength(1);
    const c = await getConference(db, SYSTEM_ACTOR, rows[0]!.id, todayInVietnam(new Date()));
    expect(c.title).toContain('Hội nghị tổng kết phong trào thi đua yêu nước năm 2023');
    expect(c.planId).not.toBeNull();
    expect(c.date! > todayInVietnam(new Date())).toBe(true);
    expect(c.points.map((p) => p.name)).toEqual(['Điểm cầu chính', 'Điểm cầu xã Cẩm Xuyên']);
    expect(c.groups).toHaveLength(4);
    // The commune group's rule made one seat per post per commune of Hà Tĩnh; the awardees' group names nobody yet.
    const communeGroup = c.groups.find((g) => g.level === 'commune')!;
    expect(communeGroup.delegates).toBeGreaterThan(50);
    expect(c.groups.find((g) => g.level === 'awardee')!.delegates).toBe(0);
    expect(c.programme).toHaveLength(8);
    expect(c.programme[0]!.startsAt).toBe('07:30');
    expect(c.presentations).toHaveLength(3);
    expect(c.checklist.some((i) => i.text.includes('đường truyền'))).toBe(true);
    // The commune officer of the demo checks in at the commune's point.
    const [officer] = await queryRows<{ username: string }>(
      db,
      sql`SELECT username FROM users WHERE username = 'xa.camxuyen'`,
    );
    expect(officer).toBeDefined();
    const login = await ctx.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'xa.camxuyen', password: 'demo-pass-1' },
    });
    const cookie = login.cookies.find((k) => k.name === 'pt_session')!;
    const seen = await ctx.app.inject({
      method: 'GET',
      url: `/api/conferences/${c.id}`,
      headers: { cookie: `pt_session=${cookie.value}` },
    });
    expect(seen.statusCode).toBe(200);
    expect(seen.json().permissions).toEqual({
      canEdit: false,
      canCheckIn: true,
      canDelete: false,
      canCancel: false,
    });
  });
});
