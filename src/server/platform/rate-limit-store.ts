import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { FastifyRateLimitOptions, FastifyRateLimitStore } from '@fastify/rate-limit';
import { queryRows, type Db } from './database';

type Callback = (error: Error | null, result?: { current: number; ttl: number }) => void;

/** How often one process deletes the rows of ended windows (opportunistically, on a hit). */
const CLEANUP_EVERY_MS = 60_000;

/** The row's key: the SHA-256 of route and client key, so that a session token never lands in the table. */
const rowKey = (scope: string, key: string) => createHash('sha256').update(`${scope}\n${key}`).digest('hex');

/**
 * A fixed window per route and key, counted in PostgreSQL so that every server process on the database counts the
 * same hits: one upsert per request, atomic under concurrency (the row lock orders the hits; a hit after the
 * window ended starts a new window at 1). The window is timed by the database's clock, the same for every process.
 * `continueExceeding`, `exponentialBackoff` and `ban` are not supported (no route of ours uses them).
 */
export async function hitRateLimit(
  db: Db,
  scope: string,
  key: string,
  windowMs: number,
): Promise<{ current: number; ttl: number }> {
  const [row] = await queryRows<{ hits: number; ttl: number }>(
    db,
    sql`INSERT INTO rate_limits AS r (key, window_start, window_ms, hits)
        VALUES (${rowKey(scope, key)}, now(), ${windowMs}, 1)
        ON CONFLICT (key) DO UPDATE
           SET hits = CASE WHEN r.window_start + r.window_ms * interval '1 millisecond' <= now() THEN 1
                           ELSE r.hits + 1 END,
               window_start = CASE WHEN r.window_start + r.window_ms * interval '1 millisecond' <= now() THEN now()
                                   ELSE r.window_start END,
               window_ms = excluded.window_ms
        RETURNING hits,
                  greatest(0, extract(epoch FROM r.window_start + r.window_ms * interval '1 millisecond' - now())
                              * 1000)::int AS ttl`,
  );
  return { current: Number(row!.hits), ttl: Number(row!.ttl) };
}

/** The hits of the current window, without counting one. */
export async function readRateLimit(
  db: Db,
  scope: string,
  key: string,
): Promise<{ current: number; ttl: number }> {
  const [row] = await queryRows<{ hits: number; ttl: number }>(
    db,
    sql`SELECT hits,
               greatest(0, extract(epoch FROM window_start + window_ms * interval '1 millisecond' - now())
                           * 1000)::int AS ttl
          FROM rate_limits
         WHERE key = ${rowKey(scope, key)} AND window_start + window_ms * interval '1 millisecond' > now()`,
  );
  return row ? { current: Number(row.hits), ttl: Number(row.ttl) } : { current: 0, ttl: 0 };
}

/** Deletes the rows whose window has ended; answers how many. */
export async function deleteEndedRateLimits(db: Db): Promise<number> {
  const rows = await queryRows<{ key: string }>(
    db,
    sql`DELETE FROM rate_limits WHERE window_start + window_ms * interval '1 millisecond' <= now() RETURNING key`,
  );
  return rows.length;
}

/**
 * The `store` option of `@fastify/rate-limit` over this database: each route's limiter (`child`) counts under its
 * method and URL; the default store kept the counters in this process, so two processes allowed twice the limit.
 */
export function databaseRateLimitStore(
  db: Db,
): new (options: FastifyRateLimitOptions) => FastifyRateLimitStore {
  let lastCleanup = Date.now();
  function cleanupNow(): void {
    if (Date.now() - lastCleanup < CLEANUP_EVERY_MS) return;
    lastCleanup = Date.now();
    void deleteEndedRateLimits(db).catch(() => undefined);
  }

  class DatabaseRateLimitStore implements FastifyRateLimitStore {
    constructor(
      _options: FastifyRateLimitOptions,
      private readonly scope = 'global',
    ) {}

    incr(key: string, callback: Callback, timeWindow: number): void {
      hitRateLimit(db, this.scope, key, timeWindow).then(
        (result) => callback(null, result),
        (error: Error) => callback(error),
      );
      cleanupNow();
    }

    read(key: string, callback: Callback): void {
      readRateLimit(db, this.scope, key).then(
        (result) => callback(null, result),
        (error: Error) => callback(error),
      );
    }

    child(routeOptions: FastifyRateLimitOptions & { routeInfo?: { method?: unknown; url?: string } }) {
      const route = routeOptions.routeInfo;
      const scope = route?.url ? `${[route.method].flat().join(',')} ${route.url}` : 'custom';
      return new DatabaseRateLimitStore(routeOptions, scope);
    }
  }
  return DatabaseRateLimitStore;
}
