import { createHash } from 'node:crypto';
import { and, eq, ne } from 'drizzle-orm';
import { sessions } from '../db/schema/accounts';
import type { Db } from './database';

/**
 * What a session cookie is stored as: its SHA-256, never the token itself. The auth feature opens, reads and closes
 * sessions; ending an account's sessions is also the users feature's (a password set or an account disabled), so it
 * lives here, below both, and neither feature imports the other for it.
 */
export const sessionTokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

/** Ends every session of an account (after a password change or when it is disabled), but `keepToken`'s. */
export async function endSessions(db: Db, userId: number, keepToken?: string): Promise<void> {
  const keep = keepToken ? sessionTokenHash(keepToken) : '';
  await db.delete(sessions).where(and(eq(sessions.userId, userId), ne(sessions.tokenHash, keep)));
}
