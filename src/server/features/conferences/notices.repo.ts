/**
 * The conferences' writes to the plans feature's `notifications` and `mail_outbox` tables, in one place until they
 * go through the notifications feature's service.
 */
import { sql } from 'drizzle-orm';
import { mailOutbox, notifications } from '../../db/schema/plans';
import { queryRows, type Db } from '../../platform/database';

export async function deleteConferenceNotifications(db: Db, conferenceId: number): Promise<void> {
  await db.execute(sql`DELETE FROM notifications WHERE conference_id = ${conferenceId}`);
}

/** Queues mail (unique dedupe keys: a key already queued is skipped); the keys actually queued. */
export async function queueMail(
  tx: Db,
  rows: { dedupeKey: string; toAddress: string; subject: string; body: string }[],
) {
  const queued: string[] = [];
  for (let i = 0; i < rows.length; i += 1000) {
    const inserted = await tx
      .insert(mailOutbox)
      .values(rows.slice(i, i + 1000))
      .onConflictDoNothing()
      .returning({ key: mailOutbox.dedupeKey });
    queued.push(...inserted.map((r) => r.key));
  }
  return queued;
}

/** A unit's notice of delegates who have not answered, at most once per conference per Vietnam day; 1 if written. */
export async function insertRsvpPendingNotice(
  tx: Db,
  notice: { unitId: number; conferenceId: number; body: string; today: string },
): Promise<number> {
  const { unitId, conferenceId, body, today } = notice;
  const inserted = await queryRows<{ id: number }>(
    tx,
    sql`INSERT INTO notifications (unit_id, kind, title, body, conference_id)
        SELECT ${unitId}, 'rsvp_pending', 'Đại biểu chưa xác nhận dự hội nghị', ${body}, ${conferenceId}
         WHERE NOT EXISTS (SELECT 1 FROM notifications n
                            WHERE n.unit_id = ${unitId} AND n.kind = 'rsvp_pending' AND n.conference_id = ${conferenceId}
                              AND n.created_at >= (${today}::date::timestamp AT TIME ZONE 'UTC') - interval '7 hours')
        RETURNING id`,
  );
  return inserted.length;
}

export async function insertNotifications(
  tx: Db,
  values: (typeof notifications.$inferInsert)[],
): Promise<void> {
  await tx.insert(notifications).values(values);
}

/** Queues mail in one statement, skipping keys already queued; how many were queued. */
export async function queueMailOnce(tx: Db, rows: (typeof mailOutbox.$inferInsert)[]): Promise<number> {
  const inserted = await tx
    .insert(mailOutbox)
    .values(rows)
    .onConflictDoNothing()
    .returning({ id: mailOutbox.id });
  return inserted.length;
}
