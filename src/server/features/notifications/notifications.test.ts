import { todayInVietnam } from '../../../core/dates/vn-dates';
import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { engines } from '../../testing/test-db';
import { useTestApp } from '../../testing/test-app';
import { buildUnit, buildUser } from '../../testing/factories';
import { queryRows } from '../../platform/database';
import { resolveUnit } from '../units/units.service';

interface AuditRow {
  action: string;
  entity_id: string | null;
  unit_id: number | null;
  unit_path: string | null;
  actor_username: string | null;
  after: { notifications: number[] | 'all'; ids?: number[]; count?: number };
  same_time: boolean;
}

describe.each(engines())('marking notices read on %s', (engine) => {
  const ctx = useTestApp(engine);
  const db = () => ctx.database.db;

  async function notice(unitId: number): Promise<number> {
    const [row] = await queryRows<{ id: number }>(
      db(),
      sql`INSERT INTO notifications (unit_id, kind, title, body)
          VALUES (${unitId}, 'reminder.before', 'Sắp đến hạn', 'Nhiệm vụ sắp đến hạn') RETURNING id`,
    );
    return row!.id;
  }

  /** The notice audit rows written since `after`, oldest first, each with whether read_at equals its time. */
  const auditSince = (after: number) =>
    queryRows<AuditRow>(
      db(),
      sql`SELECT a.action, a.entity_id, a.unit_id, a.unit_path, a.actor_username, a.after,
                 NOT EXISTS (SELECT 1 FROM notifications n
                              WHERE n.id::text IN (SELECT jsonb_array_elements_text(
                                      CASE WHEN jsonb_typeof(a.after->'ids') = 'array' THEN a.after->'ids'
                                           ELSE a.after->'notifications' END))
                                AND n.read_at IS DISTINCT FROM a.at) AS same_time
            FROM audit_log a WHERE a.id > ${after} AND a.entity_type = 'notification' ORDER BY a.id`,
    );
  const lastAuditId = async () =>
    (await queryRows<{ id: number }>(db(), sql`SELECT coalesce(max(id), 0)::int AS id FROM audit_log`))[0]!
      .id;

  it('records the notice and its unit in the transaction that marks it, and nothing when it was already read', async () => {
    const commune = await resolveUnit(db(), '18673', todayInVietnam(new Date()));
    const officer = await buildUser(ctx.app, db(), { role: 'officer', unit: '18673' });
    const id = await notice(commune.id);
    const start = await lastAuditId();
    const read = () =>
      ctx.app.inject({
        method: 'POST',
        url: `/api/notifications/${id}/read`,
        headers: { cookie: officer.cookie },
      });
    expect((await read()).statusCode).toBe(204);
    expect(await auditSince(start)).toEqual([
      {
        action: 'notification.read',
        entity_id: String(id),
        unit_id: commune.id,
        unit_path: commune.path,
        actor_username: officer.account.username,
        after: { notifications: [id] },
        same_time: true,
      },
    ]);
    // Read again: nothing changes, so nothing is recorded.
    expect((await read()).statusCode).toBe(204);
    expect(await auditSince(start)).toHaveLength(1);
    // Another unit's notice is not found, and writes nothing.
    const other = await notice((await resolveUnit(db(), '18073', todayInVietnam(new Date()))).id);
    const refused = await ctx.app.inject({
      method: 'POST',
      url: `/api/notifications/${other}/read`,
      headers: { cookie: officer.cookie },
    });
    expect(refused.statusCode).toBe(404);
    expect(await auditSince(start)).toHaveLength(1);
  });

  it('records "all" with the ids, one row per unit whose notices it marked, and nothing when none was unread', async () => {
    const commune = await resolveUnit(db(), '18673', todayInVietnam(new Date()));
    const made = await buildUnit(db(), {
      parent: '18673',
      level: 'organization',
      type: 'Ban Chỉ đạo',
      name: 'Ban Chỉ đạo xây dựng nông thôn mới xã Cẩm Xuyên',
      shortName: 'BCĐ NTM',
    });
    const body = await resolveUnit(db(), made.code, todayInVietnam(new Date()));
    const officer = await buildUser(ctx.app, db(), { role: 'officer', unit: '18673' });
    // The account works for the commune and, as its organization, for the steering committee.
    await db().execute(sql`UPDATE users SET organization_id = ${body.id} WHERE id = ${officer.account.id}`);
    const own = [await notice(commune.id), await notice(commune.id)];
    const ofBody = [await notice(body.id)];
    const outside = await notice((await resolveUnit(db(), '18073', todayInVietnam(new Date()))).id);
    const start = await lastAuditId();
    const readAll = () =>
      ctx.app.inject({
        method: 'POST',
        url: '/api/notifications/read-all',
        headers: { cookie: officer.cookie },
      });
    expect((await readAll()).statusCode).toBe(204);
    const rows = await auditSince(start);
    const byUnit = new Map(rows.map((r) => [r.unit_id, r]));
    expect(rows).toHaveLength(2);
    expect(byUnit.get(commune.id)).toMatchObject({
      action: 'notification.read_all',
      entity_id: 'all',
      unit_path: commune.path,
      after: { notifications: 'all', ids: own, count: 2 },
      same_time: true,
    });
    expect(byUnit.get(body.id)).toMatchObject({
      unit_path: body.path,
      after: { notifications: 'all', ids: ofBody, count: 1 },
      same_time: true,
    });
    const [left] = await queryRows<{ read_at: Date | null }>(
      db(),
      sql`SELECT read_at FROM notifications WHERE id = ${outside}`,
    );
    expect(left!.read_at).toBeNull();
    expect((await readAll()).statusCode).toBe(204);
    expect(await auditSince(start)).toHaveLength(2);
  });
});
