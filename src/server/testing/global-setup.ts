import { systemClock } from '../platform/clock';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openPostgres, pgliteExtensions, wrapPglite } from '../platform/database';
import { setupRoles, urlForRole, type RoleNames } from '../platform/roles';
import { seedAdminUnits } from '../features/units/units.seed';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplate: string;
    postgresTemplate: { adminUrl: string; template: string } | null;
  }
}

/** CI's PostgreSQL (DEVELOPERS.md); TEST_DATABASE_URL overrides it. */
export const DEFAULT_TEST_PG = 'postgres://postgres@127.0.0.1:5432/test';

async function postgresAnswers(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

export function databaseUrl(adminUrl: string, name: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * The roles PostgreSQL tests run as (`db setup-roles` on the template): the owner migrates, the runtime role is
 * what every test's database and server connect as. Not the product's names, so that a test run on a cluster that
 * also holds an installation never touches its roles.
 */
export const TEST_ROLES: RoleNames = { owner: 'phongtrao_test_owner', runtime: 'phongtrao_test_app' };
export const TEST_ROLE_PASSWORD = 'phongtrao-test-only';

/** The runtime and owner URLs of test database `name`. */
export function testRoleUrls(adminUrl: string, name: string): { runtimeUrl: string; ownerUrl: string } {
  const url = databaseUrl(adminUrl, name);
  return {
    runtimeUrl: urlForRole(url, TEST_ROLES.runtime, TEST_ROLE_PASSWORD),
    ownerUrl: urlForRole(url, TEST_ROLES.owner, TEST_ROLE_PASSWORD),
  };
}

/** Builds one migrated, unit-seeded template per engine; each test file then opens a copy of it. */
export default async function setup(project: TestProject) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'phongtrao-test-'));
  const client = await PGlite.create({ extensions: pgliteExtensions() });
  const database = wrapPglite(client);
  await database.migrate();
  await seedAdminUnits(database.db, systemClock);
  const file = path.join(dir, 'template.tar');
  fs.writeFileSync(file, Buffer.from(await (await client.dumpDataDir('none')).arrayBuffer()));
  await database.close();
  project.provide('pgliteTemplate', file);

  const adminUrl = process.env.TEST_DATABASE_URL ?? DEFAULT_TEST_PG;
  let template: string | null = null;
  if (await postgresAnswers(adminUrl)) {
    template = `phongtrao_tpl_${process.pid}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${template}`);
    await admin.query(`CREATE DATABASE ${template}`);
    await admin.end();
    // As in production: roles first, migrations as the owner, everything else as the runtime role.
    await setupRoles(databaseUrl(adminUrl, template), TEST_ROLES, {
      owner: TEST_ROLE_PASSWORD,
      runtime: TEST_ROLE_PASSWORD,
    });
    const { runtimeUrl, ownerUrl } = testRoleUrls(adminUrl, template);
    const pgDatabase = openPostgres(runtimeUrl, { ownerUrl });
    await pgDatabase.migrate();
    await seedAdminUnits(pgDatabase.db, systemClock);
    await pgDatabase.close();
    // The runtime role may not ANALYZE (the seed's statistics are skipped); the copies inherit the owner's.
    const owner = new pg.Client({ connectionString: ownerUrl });
    await owner.connect();
    await owner.query('ANALYZE');
    await owner.end();
  } else if (process.env.CI) {
    throw new Error(`CI=true but PostgreSQL does not answer at ${adminUrl}`);
  } else {
    console.warn(`PostgreSQL does not answer at ${adminUrl}: database tests run on PGlite only.`);
  }
  project.provide('postgresTemplate', template ? { adminUrl, template } : null);

  return async () => {
    fs.rmSync(dir, { recursive: true, force: true });
    if (template) {
      const admin = new pg.Client({ connectionString: adminUrl });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS ${template}`);
      await admin.end();
    }
  };
}
