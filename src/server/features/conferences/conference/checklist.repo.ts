import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import { conferenceChecklist, conferencePoints, conferences } from '../../../db/schema/conferences';
import { units } from '../../../db/schema/units';
import type { Db } from '../../../platform/database';

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
  const rows = await db
    .select({
      id: conferenceChecklist.id,
      position: conferenceChecklist.position,
      text: conferenceChecklist.text,
      unit_id: conferenceChecklist.unitId,
      unit_name: units.fullName,
      due_date: conferenceChecklist.dueDate,
      done: conferenceChecklist.done,
      done_at: conferenceChecklist.doneAt,
      note: conferenceChecklist.note,
    })
    .from(conferenceChecklist)
    .leftJoin(units, eq(units.id, conferenceChecklist.unitId))
    .where(
      and(
        eq(conferenceChecklist.conferenceId, conferenceId),
        ids && ids.length > 0 ? inArray(conferenceChecklist.id, ids) : undefined,
      ),
    )
    .orderBy(conferenceChecklist.position, conferenceChecklist.id);
  return rows;
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
