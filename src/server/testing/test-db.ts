import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { inject } from 'vitest';
import { openPostgres, pgliteExtensions, wrapPglite, type Database } from '../platform/database';
import { databaseUrl, TEST_ROLES, testRoleUrls } from './global-setup';

export type Engine = 'pglite' | 'postgres';

/** PGlite always; PostgreSQL too when the global setup found one. */
export function engines(): Engine[] {
  return inject('postgresTemplate') ? ['pglite', 'postgres'] : ['pglite'];
}

/**
 * A fresh database with migrations and the official units, copied from the run's template. On PostgreSQL it is
 * owned by the test owner role and connected as the runtime role (migrations, if run again, as the owner).
 */
export async function openTestDatabase(engine: Engine): Promise<Database> {
  if (engine === 'pglite') {
    const client = await PGlite.create({
      loadDataDir: new Blob([fs.readFileSync(inject('pgliteTemplate'))]),
      extensions: pgliteExtensions(),
    });
    return wrapPglite(client);
  }
  const { template } = inject('postgresTemplate')!;
  const { runtimeUrl, ownerUrl, drop } = await createTestPostgres('t', template);
  return withDrop(openPostgres(runtimeUrl, { ownerUrl }), drop);
}

export { databaseUrl, testRoleUrls, TEST_ROLES };

/**
 * Creates a PostgreSQL database owned by the test owner role (a copy of `template` when given) and answers its
 * name, runtime and owner URLs and how to drop it.
 */
export async function createTestPostgres(
  prefix: string,
  template?: string,
): Promise<{ name: string; runtimeUrl: string; ownerUrl: string; drop: () => Promise<void> }> {
  const { adminUrl } = inject('postgresTemplate')!;
  const name = `phongtrao_${prefix}_${randomBytes(6).toString('hex')}`;
  await adminQuery(
    adminUrl,
    `CREATE DATABASE ${name} OWNER ${TEST_ROLES.owner}${template ? ` TEMPLATE ${template}` : ''}`,
  );
  return {
    name,
    ...testRoleUrls(adminUrl, name),
    drop: () => adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${name}`),
  };
}

async function adminQuery(adminUrl: string, statement: string): Promise<void> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(statement);
  } finally {
    await admin.end();
  }
}

function withDrop(database: Database, drop: () => Promise<void>): Database {
  return {
    ...database,
    async close() {
      await database.close();
      await drop();
    },
  };
}

/**
 * A fresh migrated database without units (a restore target): PGlite in a temporary folder on disk. On PostgreSQL
 * migrated as the owner and connected as the runtime role, or, with `as: 'owner'`, as the owner (restoring a
 * backup is an owner operation: it sets the sequences, audit_log's too).
 */
export async function openEmptyTestDatabase(
  engine: Engine,
  options: { as?: 'runtime' | 'owner' } = {},
): Promise<Database> {
  if (engine === 'pglite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'phongtrao-empty-'));
    const client = await PGlite.create(dir, { extensions: pgliteExtensions() });
    const database = wrapPglite(client, () => fs.rmSync(dir, { recursive: true, force: true }));
    await database.migrate();
    return database;
  }
  const { runtimeUrl, ownerUrl, drop } = await createTestPostgres('e');
  const runtime = openPostgres(runtimeUrl, { ownerUrl });
  await runtime.migrate();
  if (options.as !== 'owner') return withDrop(runtime, drop);
  await runtime.close();
  return withDrop(openPostgres(ownerUrl), drop);
}
