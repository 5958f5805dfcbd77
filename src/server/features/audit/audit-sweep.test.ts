import { todayInVietnam } from '../../../core/dates/vn-dates';
import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { engines } from '../../testing/test-db';
import { useTestApp } from '../../testing/test-app';
import { buildUser, TEST_PASSWORD } from '../../testing/factories';
import { queryRows, type Db } from '../../platform/database';
import { BACKUP_TABLES } from '../backup/backup.service';
import { resolveUnit } from '../units/units.service';
import { AUDITED, NOT_AUDITED, type Kit, type Request } from './audit-sweep.cases';

const TODAY = todayInVietnam(new Date());

const STATE_CHANGING = ['POST', 'PUT', 'PATCH', 'DELETE'];

async function auditCountOf(db: Db): Promise<number> {
  const [row] = await queryRows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM audit_log`);
  return row!.n;
}

/** The tables whose rows a change writes (all a backup holds, and the sessions), the audit log aside. */
const WRITTEN_TABLES = [...BACKUP_TABLES.filter((t) => t !== 'audit_log'), 'sessions'];

/** The current transaction id: every transaction the request commits afterwards has a greater one. */
async function currentXid(db: Db): Promise<number> {
  const [row] = await queryRows<{ x: string }>(db, sql`SELECT pg_current_xact_id()::text AS x`);
  return Number(row!.x);
}

/**
 * The transactions after `since` that left rows in a table, and those that wrote audit rows (each row's xmin names
 * the transaction that wrote it; a fresh test database is far from xid wrap-around, so ids compare as numbers).
 */
async function transactionsSince(db: Db, since: number) {
  const union = sql.raw(
    WRITTEN_TABLES.map(
      (t) => `SELECT '${t}' AS t, xmin::text::bigint AS x FROM ${t} WHERE xmin::text::bigint > ${since}`,
    ).join(' UNION '),
  );
  const written = await queryRows<{ t: string; x: string }>(db, union);
  const audited = await queryRows<{ x: string }>(
    db,
    sql`SELECT DISTINCT xmin::text::bigint AS x FROM audit_log WHERE xmin::text::bigint > ${since}`,
  );
  const withAudit = new Set(audited.map((r) => r.x));
  return {
    audited: audited.length,
    /** Tables written by a transaction that wrote no audit row. */
    unaudited: [...new Set(written.filter((r) => !withAudit.has(r.x)).map((r) => r.t))].sort(),
  };
}

/** Every stored table (those a backup holds, and the sessions), for the routes that must change nothing. */
async function fingerprint(db: Db): Promise<string[]> {
  return Promise.all(
    [...BACKUP_TABLES, 'sessions'].map(async (table) => {
      const [row] = await queryRows<{ h: string }>(
        db,
        sql.raw(`SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS h FROM ${table} t`),
      );
      return `${table}:${row!.h}`;
    }),
  );
}

// Both engines: each request is a few milliseconds, the whole sweep well under the cost of one hostile-request test.
describe.each(engines())('every change writes an audit row on %s', (engine) => {
  const ctx = useTestApp(engine);

  it('covers every state-changing route of the app', () => {
    const routes = ctx.app.routeList
      .filter((r) => STATE_CHANGING.includes(r.method))
      .map((r) => `${r.method} ${r.url}`)
      .sort();
    expect(routes.length).toBeGreaterThan(60);
    expect(routes).toEqual([...Object.keys(AUDITED), ...Object.keys(NOT_AUDITED)].sort());
  });

  async function kit(): Promise<Kit> {
    const admin = await buildUser(ctx.app, ctx.database.db, {
      role: 'system_admin',
      unit: '42',
      captureScope: null,
    });
    const province = await resolveUnit(ctx.database.db, '42', TODAY);
    return { app: ctx.app, db: ctx.database.db, cookie: admin.cookie, adminUnitId: province.id };
  }

  async function send(k: Kit, route: string, request: Request) {
    const { cookie, ...options } = request;
    const headers = { ...(options.headers ?? {}), ...(cookie !== null && { cookie: cookie ?? k.cookie }) };
    return k.app.inject({ ...options, method: route.split(' ')[0], headers });
  }

  it('writes at least one audit row for each successful change', async () => {
    const k = await kit();
    const silent: string[] = [];
    const outside: string[] = [];
    for (const [route, build] of Object.entries(AUDITED)) {
      const request = await build(k);
      const since = await currentXid(k.db);
      const response = await send(k, route, request);
      expect(response.statusCode, `${route}: ${response.body.slice(0, 300)}`).toBeLessThan(300);
      const { audited, unaudited } = await transactionsSince(k.db, since);
      if (audited === 0) silent.push(route);
      // Every row the request left was written by a transaction that also wrote an audit row.
      if (unaudited.length > 0) outside.push(`${route}: ${unaudited.join(', ')}`);
    }
    expect(outside).toEqual([]);
    expect(silent).toEqual([]);
  });

  it('changes no table on the routes that only read what they are sent', async () => {
    const k = await kit();
    for (const [route, { request }] of Object.entries(NOT_AUDITED)) {
      const built = await request(k);
      const before = await fingerprint(k.db);
      const response = await send(k, route, built);
      expect(response.statusCode, `${route}: ${response.body.slice(0, 300)}`).toBeLessThan(300);
      expect(await fingerprint(k.db), route).toEqual(before);
    }
  });

  it('records a wrong password and a disabled sign-in of a known account, never an unknown name', async () => {
    const db = ctx.database.db;
    const user = await buildUser(ctx.app, db, { role: 'officer', unit: '18673' });
    const commune = await resolveUnit(db, '18673', TODAY);
    const rows = () =>
      queryRows<{ action: string; entity_id: string; unit_path: string | null; after: unknown }>(
        db,
        sql`SELECT action, entity_id, unit_path, after FROM audit_log
             WHERE action LIKE 'auth.%' AND entity_id = ${String(user.account.id)} AND action <> 'auth.login'
             ORDER BY id`,
      );
    const attempt = (username: string, password: string) =>
      ctx.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
    const before = await auditCountOf(db);
    expect((await attempt('khong.ai.co.ten.nay', 'sai-mat-khau')).statusCode).toBe(401);
    expect(await auditCountOf(db)).toBe(before);
    expect((await attempt(user.account.username, 'sai-mat-khau')).statusCode).toBe(401);
    await db.execute(sql`UPDATE users SET is_active = false WHERE id = ${user.account.id}`);
    expect((await attempt(user.account.username, TEST_PASSWORD)).statusCode).toBe(403);
    expect(await rows()).toEqual([
      {
        action: 'auth.login_failed',
        entity_id: String(user.account.id),
        unit_path: commune.path,
        after: { failedLogins: 1 },
      },
      {
        action: 'auth.login_refused',
        entity_id: String(user.account.id),
        unit_path: commune.path,
        after: { reason: 'disabled' },
      },
    ]);
  });

  it('names the home unit of the account that signs out or changes its password', async () => {
    const db = ctx.database.db;
    const commune = await resolveUnit(db, '18673', TODAY);
    const user = await buildUser(ctx.app, db, { role: 'officer', unit: '18673' });
    const headers = { cookie: user.cookie };
    const changed = await ctx.app.inject({
      method: 'POST',
      url: '/api/me/password',
      headers,
      payload: { currentPassword: TEST_PASSWORD, newPassword: 'mat-khau-moi-rat-dai' },
    });
    expect(changed.statusCode).toBe(204);
    expect((await ctx.app.inject({ method: 'POST', url: '/api/auth/logout', headers })).statusCode).toBe(204);
    const rows = await queryRows<{ action: string; unit_id: number | null; unit_path: string | null }>(
      db,
      sql`SELECT action, unit_id, unit_path FROM audit_log
           WHERE actor_id = ${user.account.id} AND action IN ('user.password_change', 'auth.logout') ORDER BY id`,
    );
    expect(rows).toEqual([
      { action: 'user.password_change', unit_id: commune.id, unit_path: commune.path },
      { action: 'auth.logout', unit_id: commune.id, unit_path: commune.path },
    ]);
  });
});
