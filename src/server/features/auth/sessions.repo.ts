import { and, eq, gt, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { sessions, users } from '../../db/schema/accounts';
import { units } from '../../db/schema/units';
import type { Db } from '../../platform/database';

export type UserRow = typeof users.$inferSelect;

/**
 * Counts one login attempt in one atomic UPDATE … RETURNING, unless the account is locked at `now`: a lock past
 * its time starts a new count, and the attempt that reaches `maxAttempts` locks the account until `lockUntil`.
 * Null when no attempt was taken (unknown or locked account).
 */
export async function takeLoginAttempt(
  db: Db,
  username: string,
  limits: { now: Date; maxAttempts: number; lockUntil: Date },
): Promise<UserRow | null> {
  const now = sql`${limits.now.toISOString()}::timestamptz`;
  const expired = sql`(${users.lockedUntil} IS NOT NULL AND ${users.lockedUntil} <= ${now})`;
  const count = sql`CASE WHEN ${expired} THEN 1 ELSE ${users.failedLogins} + 1 END`;
  const [user] = await db
    .update(users)
    .set({
      failedLogins: count,
      lockedUntil: sql`CASE WHEN ${count} >= ${sql.raw(String(limits.maxAttempts))}
        THEN ${limits.lockUntil.toISOString()}::timestamptz
        WHEN ${expired} THEN NULL ELSE ${users.lockedUntil} END`,
    })
    .where(and(eq(users.username, username), sql`(${users.lockedUntil} IS NULL OR ${expired})`))
    .returning();
  return user ?? null;
}

/** An account's lock (null when none), and whether it still holds at `now`; null for an unknown account. */
export async function findLock(
  db: Db,
  username: string,
  now: Date,
): Promise<{ lockedUntil: Date | null; isLocked: boolean } | null> {
  const [row] = await db
    .select({ lockedUntil: users.lockedUntil })
    .from(users)
    .where(eq(users.username, username))
    .limit(1);
  if (!row) return null;
  return { lockedUntil: row.lockedUntil, isLocked: row.lockedUntil !== null && row.lockedUntil > now };
}

export async function findUnitRef(db: Db, unitId: number): Promise<{ id: number; path: string } | null> {
  const [unit] = await db.select({ id: units.id, path: units.path }).from(units).where(eq(units.id, unitId));
  return unit ?? null;
}

export async function resetFailedLogins(db: Db, userId: number): Promise<void> {
  await db.update(users).set({ failedLogins: 0, lockedUntil: null }).where(eq(users.id, userId));
}

export async function insertSession(db: Db, row: typeof sessions.$inferInsert): Promise<void> {
  await db.insert(sessions).values(row);
}

export async function deleteSession(db: Db, tokenHash: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
}

/** The account behind a session unexpired at `now`, with its scopes' units; null when none or disabled. */
export async function findSessionAccount(db: Db, tokenHash: string, now: Date) {
  const capture = alias(units, 'capture');
  const view = alias(units, 'view');
  const [row] = await db
    .select({
      id: users.id,
      username: users.username,
      role: users.role,
      unitId: users.unitId,
      captureId: capture.id,
      capturePath: capture.path,
      viewId: view.id,
      viewPath: view.path,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .leftJoin(capture, eq(capture.id, users.captureUnitId))
    .leftJoin(view, eq(view.id, users.viewUnitId))
    .where(and(eq(sessions.tokenHash, tokenHash), gt(sessions.expiresAt, now), eq(users.isActive, true)))
    .limit(1);
  return row ?? null;
}
