import { and, desc, eq, inArray, isNotNull, isNull, lt, ne, or, sql, type Column } from 'drizzle-orm';
import { users } from '../../db/schema/accounts';
import { mailOutbox, notifications } from '../../db/schema/notifications';
import { units } from '../../db/schema/units';
import { queryRows, type Db } from '../../platform/database';

/** Column names for a raw INSERT's list or an UPDATE's SET, from the schema. */
const names = (...columns: Column[]) =>
  sql.join(
    columns.map((c) => sql.identifier(c.name)),
    sql`, `,
  );

export type NewNotice = Omit<typeof notifications.$inferInsert, 'id' | 'createdAt' | 'readAt'>;
export type NewMail = Pick<typeof mailOutbox.$inferInsert, 'dedupeKey' | 'toAddress' | 'subject' | 'body'>;

/** An account's unit and organization. */
export async function findAccountUnits(db: Db, userId: number) {
  const [row] = await db
    .select({ unitId: users.unitId, organizationId: users.organizationId })
    .from(users)
    .where(eq(users.id, userId));
  return row;
}

/** The latest 50 notices of these units, newest first. */
export function selectNotices(db: Db, unitIds: number[], unreadOnly: boolean) {
  return db
    .select({
      id: notifications.id,
      kind: notifications.kind,
      title: notifications.title,
      body: notifications.body,
      taskId: notifications.taskId,
      planId: notifications.planId,
      createdAt: notifications.createdAt,
      readAt: notifications.readAt,
    })
    .from(notifications)
    .where(and(inArray(notifications.unitId, unitIds), unreadOnly ? isNull(notifications.readAt) : undefined))
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(50);
}

export async function countUnread(db: Db, unitIds: number[]): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(notifications)
    .where(and(inArray(notifications.unitId, unitIds), isNull(notifications.readAt)));
  return row!.n;
}

/** A notice marked read, with its unit. */
export interface MarkedNotice {
  id: number;
  unit_id: number;
  unit_path: string;
}

/**
 * Marks the unread notices of these units read (one of them when `id` is given) at the transaction's now(), the
 * time its audit row gets too.
 */
export function markNoticesRead(db: Db, unitIds: number[], id?: number): Promise<MarkedNotice[]> {
  return queryRows<MarkedNotice>(
    db,
    sql`UPDATE ${notifications} SET ${names(notifications.readAt)} = now() FROM ${units}
         WHERE ${id === undefined ? sql`TRUE` : sql`${notifications.id} = ${id}`}
           AND ${inArray(notifications.unitId, unitIds)} AND ${notifications.readAt} IS NULL
           AND ${units.id} = ${notifications.unitId}
     RETURNING ${notifications.id} AS id, ${notifications.unitId} AS unit_id, ${units.path} AS unit_path`,
  );
}

export async function noticeExists(db: Db, id: number, unitIds: number[]): Promise<boolean> {
  const rows = await db
    .select({ id: notifications.id })
    .from(notifications)
    .where(and(eq(notifications.id, id), inArray(notifications.unitId, unitIds)));
  return rows.length > 0;
}

/** Writes notices in bounded batches, which keep each statement's parameters well under the protocol's limit. */
export async function insertNotices(db: Db, rows: NewNotice[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 2000) await db.insert(notifications).values(rows.slice(i, i + 2000));
}

/** Writes a notice unless the unit has one of the same kind (and conference) since `since`; whether it did. */
export async function insertNoticeUnlessSince(db: Db, notice: NewNotice, since: Date): Promise<boolean> {
  const conference =
    notice.conferenceId == null
      ? sql`${notifications.conferenceId} IS NULL`
      : sql`${notifications.conferenceId} = ${notice.conferenceId}`;
  const inserted = await queryRows<{ id: number }>(
    db,
    sql`INSERT INTO ${notifications} (${names(
      notifications.unitId,
      notifications.kind,
      notifications.title,
      notifications.body,
      notifications.taskId,
      notifications.planId,
      notifications.conferenceId,
    )})
        SELECT ${notice.unitId}, ${notice.kind}, ${notice.title}, ${notice.body}, ${notice.taskId ?? null}::int,
               ${notice.planId ?? null}::int, ${notice.conferenceId ?? null}::int
         WHERE NOT EXISTS (SELECT 1 FROM ${notifications}
                            WHERE ${notifications.unitId} = ${notice.unitId} AND ${notifications.kind} = ${notice.kind}
                              AND ${conference} AND ${notifications.createdAt} >= ${since.toISOString()}::timestamptz)
        RETURNING ${names(notifications.id)}`,
  );
  return inserted.length > 0;
}

export async function deleteNoticesOfConference(db: Db, conferenceId: number): Promise<void> {
  await db.delete(notifications).where(eq(notifications.conferenceId, conferenceId));
}

/** Queues mail in batches; a dedupe key already queued is skipped. The keys queued. */
export async function insertMails(db: Db, rows: NewMail[]): Promise<string[]> {
  const queued: string[] = [];
  for (let i = 0; i < rows.length; i += 1000) {
    const inserted = await db
      .insert(mailOutbox)
      .values(rows.slice(i, i + 1000))
      .onConflictDoNothing()
      .returning({ key: mailOutbox.dedupeKey });
    queued.push(...inserted.map((r) => r.key));
  }
  return queued;
}

/** Rows claimed before `before` by a sender that died go back to pending. */
export async function releaseStaleClaims(db: Db, before: Date): Promise<void> {
  await db
    .update(mailOutbox)
    .set({ status: 'pending' })
    .where(and(eq(mailOutbox.status, 'sending'), lt(mailOutbox.claimedAt, before)));
}

/** Claims up to `limit` pending mails, oldest first, skipping rows another sender holds. */
export function claimMails(db: Db, limit: number, at: Date) {
  return queryRows<{ id: number; to_address: string; subject: string; body: string; attempts: number }>(
    db,
    sql`UPDATE ${mailOutbox} SET ${names(mailOutbox.status)} = 'sending', ${names(mailOutbox.attempts)} = ${mailOutbox.attempts} + 1,
               ${names(mailOutbox.claimedAt)} = ${at.toISOString()}::timestamptz
        WHERE ${mailOutbox.id} IN (SELECT ${mailOutbox.id} FROM ${mailOutbox} WHERE ${mailOutbox.status} = 'pending'
                                   ORDER BY ${mailOutbox.id} LIMIT ${limit} FOR UPDATE SKIP LOCKED)
        RETURNING ${names(mailOutbox.id, mailOutbox.toAddress, mailOutbox.subject, mailOutbox.body, mailOutbox.attempts)}`,
  );
}

export async function markMailSent(db: Db, id: number): Promise<void> {
  await db
    .update(mailOutbox)
    .set({ status: 'sent', sentAt: sql`now()`, lastError: null })
    .where(eq(mailOutbox.id, id));
}

export async function markMailFailed(db: Db, id: number, status: string, error: string): Promise<void> {
  await db.update(mailOutbox).set({ status, lastError: error }).where(eq(mailOutbox.id, id));
}

/** Active accounts with an e-mail address, of these units or with one of them as their organization. */
export function selectMailRecipients(db: Db, unitIds: number[]) {
  return db
    .select({
      id: users.id,
      email: sql<string>`${users.email}`,
      full_name: users.fullName,
      unit_id: users.unitId,
      organization_id: users.organizationId,
    })
    .from(users)
    .where(
      and(
        eq(users.isActive, true),
        isNotNull(users.email),
        ne(users.email, ''),
        or(inArray(users.unitId, unitIds), inArray(users.organizationId, unitIds)),
      ),
    );
}
