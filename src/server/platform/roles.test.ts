import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { engines, databaseUrl, testRoleUrls, TEST_ROLES } from '../testing/test-db';
import { useTestApp } from '../testing/test-app';
import { buildUser } from '../testing/factories';
import { TEST_ROLE_PASSWORD } from '../testing/global-setup';
import { queryRows } from './database';
import { assertRoleName, quoteLiteral, setupRoles, setupRolesSql } from './roles';

describe('the roles SQL', () => {
  it('takes only plain role names and quotes passwords as literals', () => {
    expect(assertRoleName('phongtrao_app')).toBe('phongtrao_app');
    for (const bad of ['', 'Phong', 'a-b', 'x; DROP TABLE units', '"q"', 'a'.repeat(64)])
      expect(() => assertRoleName(bad)).toThrow(/không hợp lệ/);
    expect(quoteLiteral("mat'khau")).toBe("'mat''khau'");
    expect(() => setupRolesSql({ owner: 'same', runtime: 'same' })).toThrow(/phải khác nhau/);
    const printed = setupRolesSql({ owner: 'o', runtime: 'r' }, { runtime: "p'w" }).join(';\n');
    expect(printed).toContain(
      "ALTER ROLE r LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS NOINHERIT PASSWORD 'p''w'",
    );
    expect(printed).not.toMatch(/ALTER ROLE o [^;]*PASSWORD/);
  });
});

/** The rights the runtime role has on each table of `public`, from information_schema. */
async function tablePrivileges(client: pg.Client, role: string): Promise<Record<string, string[]>> {
  const { rows } = await client.query<{ table: string; privileges: string[] | null }>(
    `SELECT t.table_name AS table,
            array_agg(p.privilege_type::text ORDER BY p.privilege_type) FILTER (WHERE p.privilege_type IS NOT NULL)
              AS privileges
     FROM information_schema.tables t
     LEFT JOIN information_schema.table_privileges p
       ON p.table_schema = t.table_schema AND p.table_name = t.table_name AND p.grantee = $1
     WHERE t.table_schema = 'public' AND t.table_type = 'BASE TABLE'
     GROUP BY t.table_name ORDER BY t.table_name`,
    [role],
  );
  return Object.fromEntries(rows.map((row) => [row.table, row.privileges ?? []]));
}

const ROW_RIGHTS = ['DELETE', 'INSERT', 'SELECT', 'UPDATE'];

/** Every table the application's rows live in: all four rights; audit_log: read and append. */
function expectedPrivileges(tables: string[]): Record<string, string[]> {
  return Object.fromEntries(tables.map((t) => [t, t === 'audit_log' ? ['INSERT', 'SELECT'] : ROW_RIGHTS]));
}

describe.each(engines().filter((engine) => engine === 'postgres'))('the runtime role on %s', (engine) => {
  const ctx = useTestApp(engine);
  let runtime: pg.Client;
  let owner: pg.Client;
  let name: string;

  beforeAll(async () => {
    [{ name }] = (await queryRows<{ name: string }>(
      ctx.database.db,
      sql`SELECT current_database() AS name`,
    )) as [{ name: string }];
    const { runtimeUrl, ownerUrl } = testRoleUrls(inject('postgresTemplate')!.adminUrl, name);
    runtime = new pg.Client({ connectionString: runtimeUrl });
    owner = new pg.Client({ connectionString: ownerUrl });
    await runtime.connect();
    await owner.connect();
  });
  afterAll(async () => {
    await runtime?.end();
    await owner?.end();
  });

  /** The SQLSTATE a statement fails with, or null when it succeeds. */
  const failure = async (client: pg.Client, statement: string) =>
    client.query(statement).then(
      () => null,
      (error: { code?: string; message: string }) => `${error.code} ${error.message}`,
    );

  it('is what the application connects as: no superuser, owns nothing, member of no role', async () => {
    const [who] = await queryRows<{ name: string }>(ctx.database.db, sql`SELECT current_user AS name`);
    expect(who!.name).toBe(TEST_ROLES.runtime);
    const { rows } = await runtime.query(
      `SELECT r.rolsuper, r.rolcreatedb, r.rolcreaterole, r.rolbypassrls, r.rolreplication,
              (SELECT count(*)::int FROM pg_class c WHERE c.relowner = r.oid) AS relations,
              (SELECT count(*)::int FROM pg_namespace n WHERE n.nspowner = r.oid) AS schemas,
              (SELECT count(*)::int FROM pg_proc p WHERE p.proowner = r.oid) AS functions,
              (SELECT count(*)::int FROM pg_auth_members m WHERE m.member = r.oid) AS memberships
       FROM pg_roles r WHERE r.rolname = current_user`,
    );
    expect(rows[0]).toEqual({
      rolsuper: false,
      rolcreatedb: false,
      rolcreaterole: false,
      rolbypassrls: false,
      rolreplication: false,
      relations: 0,
      schemas: 0,
      functions: 0,
      memberships: 0,
    });
    const { rows: owners } = await owner.query(
      `SELECT DISTINCT pg_get_userbyid(c.relowner) AS owner FROM pg_class c
       JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname IN ('public', 'drizzle', 'pgboss')`,
    );
    expect(owners).toEqual([{ owner: TEST_ROLES.owner }]);
  });

  it('cannot alter history or the schema by any statement', async () => {
    const count = async () =>
      (await owner.query('SELECT count(*)::int AS n FROM audit_log')).rows[0].n as number;
    const before = await count();
    expect(before).toBeGreaterThan(0);
    const refused: Record<string, RegExp> = {
      "UPDATE audit_log SET action = 'x'": /^42501 permission denied for table audit_log/,
      'DELETE FROM audit_log': /^42501 permission denied for table audit_log/,
      'TRUNCATE audit_log': /^42501 permission denied for table audit_log/,
      'ALTER TABLE audit_log DISABLE TRIGGER ALL': /^42501 must be owner of table audit_log/,
      'ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update_delete': /^42501 must be owner/,
      'DROP TRIGGER audit_log_no_update_delete ON audit_log': /^42501 must be owner/,
      'SET session_replication_role = replica': /^42501 permission denied to set parameter/,
      'DROP TABLE audit_log': /^42501 must be owner of table audit_log/,
      'CREATE TABLE x ()': /^42501 permission denied for schema public/,
      'CREATE SCHEMA evil': /^42501 permission denied for database/,
      'ALTER TABLE units ADD COLUMN x int': /^42501 must be owner of table units/,
      'ALTER TABLE units DISABLE TRIGGER ALL': /^42501 must be owner of table units/,
      'CREATE OR REPLACE FUNCTION audit_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$':
        /^42501 permission denied for schema public/,
      "SELECT setval(pg_get_serial_sequence('audit_log', 'id'), 1)": /^42501 permission denied for sequence/,
      'DELETE FROM drizzle.__drizzle_migrations': /^42501 permission denied for schema drizzle/,
      'DROP TABLE pgboss.job': /^42501 must be owner of table job/,
      [`SET ROLE ${TEST_ROLES.owner}`]: /^42501 permission denied to set role/,
    };
    for (const [statement, expected] of Object.entries(refused))
      expect(await failure(runtime, statement), statement).toMatch(expected);
    expect(await count()).toBe(before);
    // The owner could disable the trigger (it owns the table), but the trigger stops its UPDATE too.
    expect(await failure(owner, "UPDATE audit_log SET action = 'x'")).toMatch(
      /append-only \(UPDATE refused\)/,
    );
  });

  it('appends to and reads the audit log, and serves a whole request as the runtime role', async () => {
    const { rows: inserted } = await runtime.query(
      `INSERT INTO audit_log (action, entity_type) VALUES ('test.roles', 'test') RETURNING id`,
    );
    const { rows: read } = await runtime.query('SELECT action FROM audit_log WHERE id = $1', [
      inserted[0].id,
    ]);
    expect(read).toEqual([{ action: 'test.roles' }]);

    const officer = await buildUser(ctx.app, ctx.database.db, { role: 'officer', unit: '18673' });
    const created = await ctx.app.inject({
      method: 'POST',
      url: '/api/units',
      headers: { cookie: officer.cookie },
      payload: { parent: '18673', level: 'village', type: 'thôn', name: 'Thôn Vai Trò' },
    });
    expect(created.statusCode, created.body).toBe(201);
    const { rows: audit } = await owner.query(
      `SELECT action FROM audit_log WHERE entity_id = $1 ORDER BY id`,
      [created.json().code],
    );
    expect(audit).toEqual([{ action: 'unit.create' }]);
  });

  it('holds exactly its rights on every table of the schema, after migrating and setting up again', async () => {
    const check = async () => {
      const actual = await tablePrivileges(owner, TEST_ROLES.runtime);
      expect(Object.keys(actual).length).toBeGreaterThan(30);
      expect(actual).toEqual(expectedPrivileges(Object.keys(actual)));
    };
    await check();
    // Both paths that (re)apply grants are idempotent and leave audit_log read-and-append.
    await ctx.database.migrate();
    await check();
    await setupRoles(databaseUrl(inject('postgresTemplate')!.adminUrl, name), TEST_ROLES, {
      owner: TEST_ROLE_PASSWORD,
      runtime: TEST_ROLE_PASSWORD,
    });
    await check();
  });

  it('is granted a table a later migration adds, and the check sees a table it cannot use', async () => {
    await owner.query('CREATE TABLE later_feature (id serial PRIMARY KEY, note text)');
    try {
      expect((await tablePrivileges(owner, TEST_ROLES.runtime)).later_feature).toEqual(ROW_RIGHTS);
      expect(await failure(runtime, `INSERT INTO later_feature (note) VALUES ('x')`)).toBeNull();
      await owner.query(`REVOKE ALL ON later_feature FROM ${TEST_ROLES.runtime}`);
      const actual = await tablePrivileges(owner, TEST_ROLES.runtime);
      expect(actual).not.toEqual(expectedPrivileges(Object.keys(actual)));
      // What runs after every migration puts it right.
      await ctx.database.migrate();
      expect((await tablePrivileges(owner, TEST_ROLES.runtime)).later_feature).toEqual(ROW_RIGHTS);
    } finally {
      await owner.query('DROP TABLE later_feature');
    }
  });

  it("works pg-boss's queues, creating a queue through the owner's functions", async () => {
    const name = `roles-test-${Date.now()}`;
    expect(
      await failure(runtime, `SELECT pgboss.create_queue('${name}', '{"policy":"standard"}')`),
    ).toBeNull();
    const { rows } = await owner.query(
      `SELECT pg_get_userbyid(c.relowner) AS owner FROM pgboss.queue q
       JOIN pg_class c ON c.relname = q.partition_name WHERE q.name = $1`,
      [name],
    );
    expect(rows).toEqual([{ owner: TEST_ROLES.owner }]);
    expect(await failure(runtime, `INSERT INTO pgboss.job (name, data) VALUES ('${name}', '{}')`)).toBeNull();
    expect(await failure(runtime, `DELETE FROM pgboss.job WHERE name = '${name}'`)).toBeNull();
    expect(await failure(runtime, `SELECT pgboss.delete_queue('${name}')`)).toBeNull();
  });
});
