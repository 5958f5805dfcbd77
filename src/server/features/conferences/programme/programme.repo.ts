import { eq } from 'drizzle-orm';
import { conferenceItems, conferences, presentations } from '../../../db/schema/conferences';
import { units } from '../../../db/schema/units';
import type { Db } from '../../../platform/database';
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
  const rows = await db
    .select({ id: presentations.id })
    .from(presentations)
    .where(eq(presentations.conferenceId, conferenceId));
  return rows.map((r) => r.id);
}

export async function conferenceSessions(db: Db, conferenceId: number): Promise<ConferenceSession[]> {
  const [row] = await db
    .select({ sessions: conferences.sessions })
    .from(conferences)
    .where(eq(conferences.id, conferenceId));
  return row!.sessions as ConferenceSession[];
}

export interface RunOfShowRow {
  sessions: ConferenceSession[];
  date_raw: string | null;
  venue: string | null;
  chair: string | null;
  host: string;
}

export async function runOfShowRow(db: Db, conferenceId: number): Promise<RunOfShowRow> {
  const [row] = await db
    .select({
      sessions: conferences.sessions,
      date_raw: conferences.dateRaw,
      venue: conferences.venue,
      chair: conferences.chair,
      host: units.fullName,
    })
    .from(conferences)
    .innerJoin(units, eq(units.id, conferences.unitId))
    .where(eq(conferences.id, conferenceId));
  return { ...row!, sessions: row!.sessions as ConferenceSession[] };
}
