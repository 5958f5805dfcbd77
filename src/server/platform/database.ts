import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import pg from 'pg';
import type { SQL } from 'drizzle-orm';
import { acquireDataDirLock } from './data-dir-lock';
import { installJobsSchema } from './jobs';
import { runtimeGrantsSql } from './roles';
import { platformMessages as pm } from './platform.messages';

/** The one database type services take: a drizzle database or a transaction on it, on either driver. */
export type Db = PgDatabase<PgQueryResultHKT>;

export interface Database {
  db: Db;
  kind: 'pglite' | 'postgres';
  /** Applies the committed SQL migrations (src/server/db/migrations). */
  migrate(): Promise<void>;
  /**
   * The node-postgres pool background jobs (pg-boss) run on: on PGlite, a one-connection pool over the same
   * PGlite instance (made on first use, ended by `close`); on PostgreSQL, the application's own pool.
   */
  jobsPool(): pg.Pool;
  close(): Promise<void>;
}

export const migrationsFolder = fileURLToPath(new URL('../db/migrations', import.meta.url));

const extensions = { pg_trgm };

/** Opens PGlite in `dataDir/pglite`, behind the folder's lock file. */
export async function openPglite(dataDir: string): Promise<Database> {
  const release = acquireDataDirLock(dataDir);
  try {
    const dir = path.join(dataDir, 'pglite');
    const isNew = !fs.existsSync(path.join(dir, 'PG_VERSION'));
    const client = await PGlite.create(dir, { extensions });
    if (isNew) {
      // Keep the WAL small on embedded installs (stack-notes §1.6); each ALTER SYSTEM alone.
      await client.exec(`ALTER SYSTEM SET max_wal_size = '64MB'`);
      await client.exec(`ALTER SYSTEM SET min_wal_size = '32MB'`);
      await client.query('SELECT pg_reload_conf()');
    }
    return wrapPglite(client, release);
  } catch (error) {
    release();
    throw error;
  }
}

/** Wraps an open PGlite client (tests load one from a dumped template). */
export function wrapPglite(client: PGlite, onClose: () => void = () => {}): Database {
  const db = drizzlePglite(client);
  let jobsPool: pg.Pool | null = null;
  return {
    db: db,
    kind: 'pglite',
    migrate: () => migratePglite(db, { migrationsFolder }),
    // The config object itself, not a spread (stack-notes §8); its poolSize of 1 is the one session PGlite has.
    jobsPool: () => (jobsPool ??= new pg.Pool(createPgConfig(client))),
    async close() {
      await jobsPool?.end();
      await client.close();
      onClose();
    },
  };
}

export function pgliteExtensions() {
  return extensions;
}

export interface PostgresOptions {
  /**
   * The owner role's URL (DATABASE_OWNER_URL): migrations and pg-boss's schema install run as the owner, then the
   * runtime role's grants are re-applied. Without it the one URL does everything, as a single-role install does.
   */
  ownerUrl?: string | null;
}

export function openPostgres(databaseUrl: string, options: PostgresOptions = {}): Database {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });
  const ownerUrl = options.ownerUrl || null;
  return {
    db: drizzlePg(pool),
    kind: 'postgres',
    async migrate() {
      // One connection holds an advisory lock so that two servers starting together cannot race.
      const owner = ownerUrl ? new pg.Client({ connectionString: ownerUrl }) : null;
      if (owner) await owner.connect();
      const client = owner ?? (await pool.connect());
      try {
        await client.query('SELECT pg_advisory_lock(727001)');
        try {
          await migratePg(drizzlePg(client), { migrationsFolder });
        } catch (error) {
          throw ownerUrl ? error : withOwnerHint(error);
        }
        if (owner) {
          await installJobsSchema((text, values) => owner.query(text, values));
          const whoAmI = async (on: pg.Pool | pg.Client) =>
            (await on.query<{ name: string }>('SELECT current_user AS name')).rows[0]!.name;
          const [runtime, self] = [await whoAmI(pool), await whoAmI(owner)];
          // The same role twice is a single-role install: revoking would take rights from the owner itself.
          if (runtime !== self)
            for (const statement of runtimeGrantsSql({ owner: self, runtime })) await owner.query(statement);
        }
      } finally {
        await client.query('SELECT pg_advisory_unlock(727001)').catch(() => undefined);
        if (owner) await owner.end();
        else (client as pg.PoolClient).release();
      }
    },
    jobsPool: () => pool,
    close: () => pool.end(),
  };
}

/** A migration refused for want of rights usually means DATABASE_URL is the runtime role: say what to set. */
function withOwnerHint(error: unknown): unknown {
  const code = (error as { code?: string }).code ?? (error as { cause?: { code?: string } }).cause?.code;
  if (code !== '42501') return error;
  return new Error(pm.migrationNeedsOwner((error as Error).message), { cause: error });
}

export async function openDatabase(config: {
  dataDir: string;
  databaseUrl: string | null;
  databaseOwnerUrl?: string | null;
}): Promise<Database> {
  return config.databaseUrl
    ? openPostgres(config.databaseUrl, { ownerUrl: config.databaseOwnerUrl })
    : openPglite(config.dataDir);
}

/** Runs raw SQL and returns its rows; both drivers answer `{ rows }`. */
export async function queryRows<T>(db: Db, query: SQL): Promise<T[]> {
  const result: { rows: T[] } = (await db.execute(query)) as never;
  return result.rows;
}

/**
 * The one place a timestamp read by raw SQL becomes a `Date`. Both drivers give a `timestamptz` as text in raw
 * results ('2026-12-07 15:06:27.841+00'; drizzle turns the drivers' own parsers off), while the typed builder maps
 * its columns to `Date` itself; so a repo that selects a timestamp with raw SQL passes it through here, and nothing
 * outside the repos sees `Date | string`.
 */
export function instant(value: string | Date): Date {
  if (value instanceof Date) return value;
  const iso = value.replace(' ', 'T').replace(/([+-]\d{2})$/, '$1:00');
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) throw new RangeError(`Not a timestamp: ${value}`);
  return date;
}

/** `instant`, keeping null. */
export function instantOrNull(value: string | Date | null): Date | null {
  return value === null ? null : instant(value);
}
