import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import { attendance, conferences, delegates } from '../../../db/schema/conferences';
import type { Db } from '../../../platform/database';

/**
 * What issuing the giấy mời and changing a delegate's link write: the conference's lock and status, the delegates'
 * invited and e-mailed marks, and the token version. The reading side is `invitations.repo.ts`.
 */

/** One generation or change at a time per conference: waits for the one in progress. */
export async function lockConferenceForInvitations(db: Db, conferenceId: number): Promise<void> {
  await db
    .select({ id: conferences.id })
    .from(conferences)
    .where(eq(conferences.id, conferenceId))
    .for('update');
}

/** The conference holds its giấy mời document and is invited (from planned). */
export async function markConferenceInvited(db: Db, conferenceId: number, documentId: number): Promise<void> {
  await db
    .update(conferences)
    .set({
      invitationDocumentId: documentId,
      status: sql`CASE WHEN ${conferences.status} = 'planned' THEN 'invited' ELSE ${conferences.status} END`,
      updatedAt: sql`now()`,
    })
    .where(eq(conferences.id, conferenceId));
}

/** Marks the delegates not yet invited as invited now; their ids. */
export async function markDelegatesInvited(db: Db, conferenceId: number): Promise<{ id: number }[]> {
  return db
    .update(delegates)
    .set({ invitedAt: sql`now()` })
    .where(and(eq(delegates.conferenceId, conferenceId), isNull(delegates.invitedAt)))
    .returning({ id: delegates.id });
}

export async function unmailedDelegateIds(db: Db, conferenceId: number): Promise<number[]> {
  const rows = await db
    .select({ id: delegates.id })
    .from(delegates)
    .where(and(eq(delegates.conferenceId, conferenceId), isNull(delegates.emailedAt)));
  return rows.map((r) => r.id);
}

export async function markEmailed(db: Db, ids: number[]): Promise<void> {
  if (ids.length === 0) return;
  await db
    .update(delegates)
    .set({ emailedAt: sql`now()` })
    .where(inArray(delegates.id, ids));
}

export interface TokenVersionBefore {
  token_version: number;
  invited_at: Date | null;
  rsvp: string;
  substitute_name: string | null;
  attendance: string | null;
  name: string | null;
  position: string | null;
}

/** The delegate's invitation as it stands, its row locked for the change. */
export async function lockDelegateInvitation(
  db: Db,
  delegateId: number,
): Promise<TokenVersionBefore | undefined> {
  const [row] = await db
    .select({
      token_version: delegates.tokenVersion,
      invited_at: delegates.invitedAt,
      rsvp: delegates.rsvp,
      substitute_name: delegates.substituteName,
      attendance: attendance.status,
      name: delegates.name,
      position: delegates.position,
    })
    .from(delegates)
    .leftJoin(attendance, eq(attendance.delegateId, delegates.id))
    .where(eq(delegates.id, delegateId))
    .for('update', { of: delegates });
  return row;
}

/** Raises the token version; `cancel` also clears the invitation and the answer. The row after. */
export async function raiseDelegateTokenVersion(
  db: Db,
  delegateId: number,
  cancel: boolean,
): Promise<{ token_version: number; invited: boolean }> {
  const cleared = {
    invitedAt: null,
    emailedAt: null,
    rsvp: 'pending',
    substituteName: null,
    substitutePosition: null,
    rsvpAt: null,
  };
  const [after] = await db
    .update(delegates)
    .set({ tokenVersion: sql`${delegates.tokenVersion} + 1`, ...(cancel ? cleared : {}) })
    .where(eq(delegates.id, delegateId))
    .returning({
      token_version: delegates.tokenVersion,
      invited: sql<boolean>`${delegates.invitedAt} IS NOT NULL`,
    });
  return after!;
}
