import { randomBytes } from 'node:crypto';
import type { Db } from '../../platform/database';
import { AppError } from '../../platform/errors';
import type { LoginBody } from '../../../contracts/auth';
import type { Role } from '../../../contracts/auth';
import { auditUnit, recordAudit } from '../audit/audit.service';
import type { Actor } from '../../platform/actor';
import { dummyPasswordHash, verifyPassword } from '../../platform/passwords';
import { sessionTokenHash as tokenHash } from '../../platform/sessions';
import * as repo from './sessions.repo';
import { authMessages as m } from './auth.messages';

export const MAX_FAILED_LOGINS = 5;
export const LOCK_MINUTES = 15;

function lockMessage(until: Date): string {
  const local = new Date(until.getTime() + 7 * 3600_000).toISOString();
  return m.locked(MAX_FAILED_LOGINS, local);
}

export interface LoginResult {
  token: string;
  userId: number;
  expiresAt: Date;
}

type Claimed = { user: repo.UserRow; unit: { id: number; path: string } };

/**
 * Takes one of the account's MAX_FAILED_LOGINS attempts in one atomic UPDATE … RETURNING, before the password
 * is checked: the attempt that takes the last one locks the account at once, so however many attempts arrive
 * in parallel, at most MAX_FAILED_LOGINS passwords are checked before the lock. A lock past its time starts a
 * new count. Null when the account is unknown; `locked` when it is locked now.
 */
async function claimAttempt(db: Db, username: string, now: Date): Promise<Claimed | { locked: Date } | null> {
  const lockUntil = new Date(now.getTime() + LOCK_MINUTES * 60_000);
  for (let tries = 0; tries < 3; tries++) {
    const user = await repo.takeLoginAttempt(db, username, {
      now,
      maxAttempts: MAX_FAILED_LOGINS,
      lockUntil,
    });
    if (user) return { user, unit: (await repo.findUnitRef(db, user.unitId))! };
    const row = await repo.findLock(db, username, now);
    if (!row) return null;
    if (row.lockedUntil && row.isLocked) return { locked: row.lockedUntil };
    // The lock ran out between the two statements: claim again.
  }
  throw new AppError('INTERNAL');
}

/**
 * Checks a username and password. Five wrong passwords in a row lock the account for 15 minutes; the counter
 * lives in the database, so a restart does not reset it and parallel attempts cannot pass it. A wrong password
 * and an unknown username get the same answer, after a password check of the same cost.
 */
export async function login(
  db: Db,
  body: LoginBody,
  meta: { ip: string | null; userAgent: string | null; sessionHours: number; now: Date },
): Promise<LoginResult> {
  const username = body.username.trim().toLowerCase();
  const { now } = meta;
  const claimed = await claimAttempt(db, username, now);
  if (!claimed) {
    await verifyPassword(await dummyPasswordHash(), body.password);
    throw new AppError('INVALID_CREDENTIALS');
  }
  if ('locked' in claimed) {
    throw new AppError('ACCOUNT_LOCKED', lockMessage(claimed.locked), {
      lockedUntil: claimed.locked.toISOString(),
    });
  }
  const { user, unit } = claimed;
  const auditActor = { id: user.id, username: user.username, ip: meta.ip } as Actor;
  const isCorrect = await verifyPassword(user.passwordHash, body.password);
  if (!isCorrect) {
    // The attempt was counted by the claim above; the record names it, and the lock when this one set it.
    await db.transaction(async (tx) => {
      await recordAudit(tx, auditActor, {
        action: 'auth.login_failed',
        entityType: 'user',
        entityId: user.id,
        unit,
        after: { failedLogins: user.failedLogins },
      });
      if (user.failedLogins >= MAX_FAILED_LOGINS && user.lockedUntil)
        await recordAudit(tx, auditActor, {
          action: 'auth.lock',
          entityType: 'user',
          entityId: user.id,
          unit,
          after: { lockedUntil: user.lockedUntil.toISOString() },
        });
    });
    throw new AppError('INVALID_CREDENTIALS');
  }
  // The right password gives the attempts back, even to a disabled account.
  if (!user.isActive) {
    await db.transaction(async (tx) => {
      await repo.resetFailedLogins(tx, user.id);
      await recordAudit(tx, auditActor, {
        action: 'auth.login_refused',
        entityType: 'user',
        entityId: user.id,
        unit,
        after: { reason: 'disabled' },
      });
    });
    throw new AppError('ACCOUNT_DISABLED');
  }

  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + meta.sessionHours * 3600_000);
  await db.transaction(async (tx) => {
    await repo.resetFailedLogins(tx, user.id);
    await repo.insertSession(tx, {
      tokenHash: tokenHash(token),
      userId: user.id,
      expiresAt,
      ip: meta.ip,
      userAgent: meta.userAgent,
    });
    await recordAudit(tx, auditActor, {
      action: 'auth.login',
      entityType: 'session',
      entityId: user.id,
      unit,
    });
  });
  return { token, userId: user.id, expiresAt };
}

export async function logout(db: Db, actor: Actor, token: string): Promise<void> {
  await db.transaction(async (tx) => {
    await repo.deleteSession(tx, tokenHash(token));
    await recordAudit(tx, actor, {
      action: 'auth.logout',
      entityType: 'session',
      entityId: actor.id,
      unit: await auditUnit(tx, actor.unitId),
    });
  });
}

/**
 * The actor behind a session token, or null when the token is unknown, expired or its account disabled. Asked of
 * the database on every request (one lookup by primary key), never remembered: a logout, a password change or a
 * disabled account on any server process refuses the session on every other at once.
 */
export async function actorForToken(
  db: Db,
  token: string,
  ip: string | null,
  now: Date,
): Promise<Actor | null> {
  const row = await repo.findSessionAccount(db, tokenHash(token), now);
  if (!row) return null;
  return {
    id: row.id,
    username: row.username,
    role: row.role as Role,
    unitId: row.unitId,
    captureScope: row.captureId === null ? null : { id: row.captureId, path: row.capturePath! },
    viewScope: row.viewId === null ? null : { id: row.viewId, path: row.viewPath! },
    ip,
  };
}
