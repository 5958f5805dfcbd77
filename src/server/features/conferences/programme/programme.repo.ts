import { eq, sql } from 'drizzle-orm';
import { conferenceItems } from '../../../db/schema/conferences';
import { queryRows, type Db } from '../../../platform/database';
import type { ConferenceSession } from '../../../../contracts/conferences';

export type ItemRecord = typeof conferenceItems.$inferSelect;

export async function selectItems(db: Db, conferenceId: number): Promise<ItemRecord[]> {
  return db
    .select()
    .from(conferenceItems)
    .where(eq(conferenceItems.conferenceId, conferenceId))
    .orderBy(conferenceItems.position, conferenceItems.id);
}

/** Replaces the conference's programme items by `values` (inside the caller's transaction). */
export async function replaceItems(
  db: Db,
  conferenceId: number,
  values: (typeof conferenceItems.$inferInsert)[],
): Promise<void> {
  await db.delete(conferenceItems).where(eq(conferenceItems.conferenceId, conferenceId));
  if (values.length > 0) await db.insert(conferenceItems).values(values);
}

export async function presentationIdsOf(db: Db, conferenceId: number): Promise<number[]> {
  const rows = await queryRows<{ id: number }>(
    db,
    sql`SELECT id FROM presentations WHERE conference_id = ${conferenceId}`,
  );
  return rows.map((r) => r.id);
}

export async function conferenceSessions(db: Db, conferenceId: number): Promise<ConferenceSession[]> {
  const [row] = await queryRows<{ sessions: ConferenceSession[] }>(
    db,
    sql`SELECT sessions FROM conferences WHERE id = ${conferenceId}`,
  );
  return row!.sessions;
}

export interface RunOfShowRow {
  sessions: ConferenceSession[];
  date_raw: string | null;
  venue: string | null;
  chair: string | null;
  host: string;
}

export async function runOfShowRow(db: Db, conferenceId: number): Promise<RunOfShowRow> {
  const [row] = await queryRows<RunOfShowRow>(
    db,
    sql`SELECT c.sessions, c.date_raw, c.venue, c.chair, u.full_name AS host
          FROM conferences c JOIN units u ON u.id = c.unit_id WHERE c.id = ${conferenceId}`,
  );
  return row!;
}
