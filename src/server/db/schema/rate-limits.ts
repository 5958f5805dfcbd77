import { integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Rate-limit counters shared by every server process on the database: one row per route and key (the SHA-256 of an
 * address or a session), its fixed window's start and length and the hits in it, advanced by one atomic upsert per
 * request (`platform/rate-limit-store.ts`). A few rows per active client; rows of ended windows are deleted.
 */
export const rateLimits = pgTable('rate_limits', {
  key: text('key').primaryKey(),
  windowStart: timestamp('window_start', { withTimezone: true }).notNull(),
  windowMs: integer('window_ms').notNull(),
  hits: integer('hits').notNull(),
});
