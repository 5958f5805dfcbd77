import { desc, eq, sql } from 'drizzle-orm';
import { conferenceChecklist, conferencePoints, conferences } from '../../../db/schema/conferences';
import { instantOrNull, queryRows, type Db } from '../../../platform/database';

export interface ChecklistRow {
  id: number;
  position: number;
  text: string;
  unit_id: number | null;
  unit_name: string | null;
  due_date: string | null;
  done: boolean;
  done_at: Date | null;
  note: string | null;
}

export async function selectChecklist(db: Db, conferenceId: number, ids?: number[]): Promise<ChecklistRow[]> {
  const only =
    ids && ids.length > 0
      ? sql`AND c.id IN (${sql.join(
          ids.map((id) => sql`${id}`),
          sql`, `,
        )})`
      : sql``;
  const rows = await queryRows<Omit<ChecklistRow, 'done_at'> & { done_at: string | null }>(
    db,
    sql`SELECT c.id, c.position, c.text, c.unit_id, u.full_name AS unit_name, c.due_date::text AS due_date, c.done,
               c.done_at, c.note
          FROM conference_checklist c LEFT JOIN units u ON u.id = c.unit_id
         WHERE c.conference_id = ${conferenceId} ${only}
         ORDER BY c.position, c.id`,
  );
  return rows.map((r) => ({ ...r, done_at: instantOrNull(r.done_at) }));
}

export async function nextChecklistPosition(db: Db, conferenceId: number): Promise<number> {
  const [row] = await db
    .select({ next: sql<number>`coalesce(max(${conferenceChecklist.position}), 0)::int + 1` })
    .from(conferenceChecklist)
    .where(eq(conferenceChecklist.conferenceId, conferenceId));
  return row!.next;
}

export type ChecklistRecord = typeof conferenceChecklist.$inferSelect;
type ChecklistInsert = typeof conferenceChecklist.$inferInsert;

export async function findChecklistItem(db: Db, id: number): Promise<ChecklistRecord | undefined> {
  const [item] = await db.select().from(conferenceChecklist).where(eq(conferenceChecklist.id, id));
  return item;
}

export async function insertChecklistItems(db: Db, values: ChecklistInsert[]): Promise<number[]> {
  const rows = await db.insert(conferenceChecklist).values(values).returning({ id: conferenceChecklist.id });
  return rows.map((r) => r.id);
}

export async function updateChecklistRow(db: Db, id: number, set: Partial<ChecklistInsert>): Promise<void> {
  await db.update(conferenceChecklist).set(set).where(eq(conferenceChecklist.id, id));
}

export async function deleteChecklistRow(db: Db, id: number): Promise<void> {
  await db.delete(conferenceChecklist).where(eq(conferenceChecklist.id, id));
}

export async function checklistTexts(db: Db, conferenceId: number): Promise<string[]> {
  const rows = await db
    .select({ text: conferenceChecklist.text })
    .from(conferenceChecklist)
    .where(eq(conferenceChecklist.conferenceId, conferenceId));
  return rows.map((r) => r.text);
}

export async function conferenceFormat(db: Db, conferenceId: number): Promise<string> {
  const [row] = await db
    .select({ format: conferences.format })
    .from(conferences)
    .where(eq(conferences.id, conferenceId));
  return row!.format;
}

/** The points of a conference, main first, as the checklist names them. */
export async function pointsForChecklist(
  db: Db,
  conferenceId: number,
): Promise<{ name: string; unit_id: number | null }[]> {
  return db
    .select({ name: conferencePoints.name, unit_id: conferencePoints.unitId })
    .from(conferencePoints)
    .where(eq(conferencePoints.conferenceId, conferenceId))
    .orderBy(desc(conferencePoints.isMain), conferencePoints.position, conferencePoints.id);
}
