import type { Actor } from './actor';

/**
 * Actors of recent session tokens, for a few seconds, so that a request does not pay a session query.
 * This process forgets an entry at once on logout, password change and any change to the account; another
 * server process on the same PostgreSQL may keep serving a disabled account for at most TTL_MS.
 */
const TTL_MS = 5_000;
const MAX_ENTRIES = 10_000;
const entries = new Map<string, { actor: Actor; until: number }>();

export function cachedActor(tokenHash: string, now = Date.now()): Actor | null {
  const entry = entries.get(tokenHash);
  if (!entry) return null;
  if (entry.until <= now) {
    entries.delete(tokenHash);
    return null;
  }
  return entry.actor;
}

export function rememberActor(
  tokenHash: string,
  actor: Actor,
  sessionExpiresAt: Date,
  now = Date.now(),
): void {
  if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value!);
  entries.set(tokenHash, { actor, until: Math.min(now + TTL_MS, sessionExpiresAt.getTime()) });
}

export function forgetToken(tokenHash: string): void {
  entries.delete(tokenHash);
}

/** Drops every cached session of an account (its role, scopes, password or status changed). */
export function forgetUser(userId: number): void {
  for (const [key, entry] of entries) if (entry.actor.id === userId) entries.delete(key);
}
