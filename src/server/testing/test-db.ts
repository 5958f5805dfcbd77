import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { inject } from 'vitest';
import { openPostgres, pgliteExtensions, wrapPglite, type Database } from '../platform/database';
import { databaseUrl } from './global-setup';

export type Engine = 'pglite' | 'postgres';

/** PGlite always; PostgreSQL too when the global setup found one. */
export function engines(): Engine[] {
  return inject('postgresTemplate') ? ['pglite', 'postgres'] : ['pglite'];
}

/** A fresh database with migrations and the official units, copied from the run's template. */
export async function openTestDatabase(engine: Engine): Promise<Database> {
  if (engine === 'pglite') {
    const client = await PGlite.create({
      loadDataDir: new Blob([fs.readFileSync(inject('pgliteTemplate'))]),
      extensions: pgliteExtensions(),
    });
    return wrapPglite(client);
  }
  const { adminUrl, template } = inject('postgresTemplate')!;
  const name = `phongtrao_t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
  await admin.end();
  const database = openPostgres(databaseUrl(adminUrl, name));
  return {
    ...database,
    async close() {
      await database.close();
      const cleanup = new pg.Client({ connectionString: adminUrl });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name}`);
      await cleanup.end();
    },
  };
}

export { databaseUrl };

/** A fresh migrated database without units (a restore target): PGlite in a temporary folder on disk. */
export async function openEmptyTestDatabase(engine: Engine): Promise<Database> {
  if (engine === 'pglite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'phongtrao-empty-'));
    const client = await PGlite.create(dir, { extensions: pgliteExtensions() });
    const database = wrapPglite(client, () => fs.rmSync(dir, { recursive: true, force: true }));
    await database.migrate();
    return database;
  }
  const { adminUrl } = inject('postgresTemplate')!;
  const name = `phongtrao_e_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const database = openPostgres(databaseUrl(adminUrl, name));
  await database.migrate();
  return {
    ...database,
    async close() {
      await database.close();
      const cleanup = new pg.Client({ connectionString: adminUrl });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name}`);
      await cleanup.end();
    },
  };
}
