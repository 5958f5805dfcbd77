import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { engines } from '../../testing/test-db';
import { useTestApp } from '../../testing/test-app';
import { buildUser } from '../../testing/factories';
import { queryRows } from '../../platform/database';

describe.each(engines())('audit log on %s', (engine) => {
  const ctx = useTestApp(engine);

  it('records a change with actor, entity, before and after, readable by an admin of that scope only', async () => {
    const officer = await buildUser(ctx.app, ctx.database.db, { role: 'officer', unit: '18673' });
    const created = await ctx.app.inject({
      method: 'POST',
      url: '/api/units',
      headers: { cookie: officer.cookie },
      payload: { parent: '18673', level: 'village', type: 'thôn', name: 'Thôn Kiểm Tra' },
    });
    expect(created.statusCode).toBe(201);
    const code = created.json().code as string;
    await ctx.app.inject({
      method: 'PATCH',
      url: `/api/units/${code}`,
      headers: { cookie: officer.cookie },
      payload: { name: 'Thôn Kiểm Định' },
    });

    const admin = await buildUser(ctx.app, ctx.database.db, { role: 'unit_admin', unit: '42' });
    const log = (
      await ctx.app.inject({ url: `/api/audit?entityId=${code}`, headers: { cookie: admin.cookie } })
    ).json();
    expect(log.items.map((e: { action: string }) => e.action)).toEqual(['unit.update', 'unit.create']);
    expect(log.items[0]).toMatchObject({
      actorUsername: officer.account.username,
      entityType: 'unit',
      unitCode: code,
      before: { name: 'Thôn Kiểm Tra' },
      after: { name: 'Thôn Kiểm Định' },
    });

    const elsewhere = await buildUser(ctx.app, ctx.database.db, { role: 'unit_admin', unit: '01' });
    const hidden = (
      await ctx.app.inject({ url: `/api/audit?entityId=${code}`, headers: { cookie: elsewhere.cookie } })
    ).json();
    expect(hidden.total).toBe(0);
    const refused = await ctx.app.inject({ url: '/api/audit', headers: { cookie: officer.cookie } });
    expect(refused.statusCode).toBe(403);
  });

  it('cannot be updated, deleted or truncated, even by the application', async () => {
    const db = ctx.database.db;
    const failure = async (statement: string) => {
      const error = await db.execute(sql.raw(statement)).then(
        () => null,
        (e: Error) => e,
      );
      return String((error?.cause as Error | undefined)?.message ?? error?.message);
    };
    const before = await queryRows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM audit_log`);
    expect(before[0]!.n).toBeGreaterThan(0);
    // PGlite has one role, stopped by the trigger; on PostgreSQL the runtime role holds no such right at all
    // (the trigger stops the owner too: roles.test.ts).
    const refused = (op: string) =>
      engine === 'pglite'
        ? new RegExp(`append-only \\(${op} refused\\)`)
        : /permission denied for table audit_log/;
    expect(await failure(`UPDATE audit_log SET action = 'x'`)).toMatch(refused('UPDATE'));
    expect(await failure('DELETE FROM audit_log')).toMatch(refused('DELETE'));
    expect(await failure('TRUNCATE audit_log')).toMatch(refused('TRUNCATE'));
    expect(await queryRows(db, sql`SELECT count(*)::int AS n FROM audit_log`)).toEqual(before);
  });
});
