import { and, eq, sql } from 'drizzle-orm';
import { conferenceItems, presentationEvents, presentations } from '../../../db/schema/conferences';
import { units } from '../../../db/schema/units';
import { instant, instantOrNull, queryRows, type Db } from '../../../platform/database';
import type { Presentation } from '../../../../contracts/conferences';

/** A tham luận as stored, with its programme item and record; the service adds what depends on today. */
export interface PresentationRow {
  id: number;
  position: number;
  topic: string;
  unitId: number | null;
  unitName: string | null;
  presenter: string | null;
  minMinutes: number | null;
  maxMinutes: number | null;
  dueDate: string | null;
  status: Presentation['status'];
  file: Presentation['file'];
  submittedAt: Date | null;
  itemId: number | null;
  events: {
    kind: Presentation['events'][number]['kind'];
    text: string | null;
    by: string | null;
    at: Date;
  }[];
}

interface Row {
  id: number;
  position: number;
  topic: string;
  unit_id: number | null;
  unit_name: string | null;
  presenter: string | null;
  min_minutes: number | null;
  max_minutes: number | null;
  due_date: string | null;
  status: Presentation['status'];
  file_name: string | null;
  file_type: string | null;
  file_size: number | null;
  submitted_at: string | null;
  item_id: number | null;
  events: {
    kind: Presentation['events'][number]['kind'];
    text: string | null;
    by: string | null;
    at: string;
  }[];
}

/** The tham luận of a conference in order, with their files (metadata only), programme item and record. */
export async function selectPresentations(
  db: Db,
  conferenceId: number,
  ids?: number[],
): Promise<PresentationRow[]> {
  const only = ids
    ? sql`AND p.id IN (${sql.join(
        ids.map((id) => sql`${id}`),
        sql`, `,
      )})`
    : sql``;
  const rows = await queryRows<Row>(
    db,
    sql`SELECT p.id, p.position, p.topic, p.unit_id, coalesce(u.full_name, p.unit_name) AS unit_name, p.presenter,
               p.min_minutes, p.max_minutes, p.due_date::text AS due_date, p.status, p.file_name, p.file_type,
               p.file_size, p.submitted_at,
               (SELECT i.id FROM conference_items i WHERE i.presentation_id = p.id ORDER BY i.position LIMIT 1) AS item_id,
               coalesce((SELECT json_agg(json_build_object('kind', e.kind, 'text', e.text, 'by', us.full_name,
                                                          'at', e.at) ORDER BY e.at, e.id)
                           FROM presentation_events e LEFT JOIN users us ON us.id = e.by_user
                          WHERE e.presentation_id = p.id), '[]'::json) AS events
          FROM presentations p LEFT JOIN units u ON u.id = p.unit_id
         WHERE p.conference_id = ${conferenceId} ${only}
         ORDER BY p.position, p.id`,
  );
  return rows.map((r) => ({
    id: r.id,
    position: r.position,
    topic: r.topic,
    unitId: r.unit_id,
    unitName: r.unit_name,
    presenter: r.presenter,
    minMinutes: r.min_minutes,
    maxMinutes: r.max_minutes,
    dueDate: r.due_date,
    status: r.status,
    file: r.file_name ? { name: r.file_name, type: r.file_type ?? '', size: r.file_size ?? 0 } : null,
    submittedAt: instantOrNull(r.submitted_at),
    itemId: r.item_id,
    events: r.events.map((e) => ({ ...e, at: instant(e.at) })),
  }));
}

/** A tham luận with what its use cases decide on: its conference (for scope) and its unit's path and name. */
export interface PresentationContext {
  id: number;
  conferenceId: number;
  position: number;
  topic: string;
  status: Presentation['status'];
  unitId: number | null;
  unitPath: string | null;
  unitName: string | null;
  dueDate: string | null;
  hasFile: boolean;
}

export async function findPresentation(db: Db, id: number): Promise<PresentationContext | null> {
  const [row] = await db
    .select({
      id: presentations.id,
      conferenceId: presentations.conferenceId,
      position: presentations.position,
      topic: presentations.topic,
      status: presentations.status,
      unitId: presentations.unitId,
      unitPath: units.path,
      unitName: sql<string | null>`coalesce(${units.fullName}, ${presentations.unitName})`,
      dueDate: presentations.dueDate,
      hasFile: sql<boolean>`${presentations.fileName} IS NOT NULL`,
    })
    .from(presentations)
    .leftJoin(units, eq(units.id, presentations.unitId))
    .where(eq(presentations.id, id));
  return (row as PresentationContext | undefined) ?? null;
}

/** A unit by id or code, the current one first. */
export async function findUnit(
  db: Db,
  ref: number | string,
): Promise<{ id: number; path: string; full_name: string } | undefined> {
  const [unit] = await db
    .select({ id: units.id, path: units.path, full_name: units.fullName })
    .from(units)
    .where(typeof ref === 'number' ? eq(units.id, ref) : eq(units.code, ref))
    .orderBy(sql`(${units.validTo} IS NULL) DESC`, sql`${units.validFrom} DESC NULLS LAST`)
    .limit(1);
  return unit;
}

export async function unitName(db: Db, unitId: number): Promise<string | null> {
  const [area] = await db.select({ fullName: units.fullName }).from(units).where(eq(units.id, unitId));
  return area?.fullName ?? null;
}

export interface PlanPresentationFacts {
  minMinutes: number | null;
  maxMinutes: number | null;
  dueDaysBefore: number | null;
}

/** What the plan's current version said about its conference's tham luận. */
export async function planPresentationFacts(db: Db, planId: number): Promise<PlanPresentationFacts | null> {
  const [row] = await queryRows<{ facts: PlanPresentationFacts | null }>(
    db,
    sql`SELECT v.draft->'conference'->'presentations' AS facts
          FROM plans p JOIN documents d ON d.id = p.document_id
          JOIN document_versions v ON v.document_id = d.id AND v.version = d.current_version
         WHERE p.id = ${planId}`,
  );
  return row?.facts ?? null;
}

type PresentationInsert = typeof presentations.$inferInsert;

/** Inserts a tham luận after the conference's last one; its id. */
export async function insertPresentationLast(
  db: Db,
  values: Omit<PresentationInsert, 'position'>,
): Promise<number> {
  const [last] = await db
    .select({ n: sql<number>`coalesce(max(${presentations.position}), 0)::int` })
    .from(presentations)
    .where(eq(presentations.conferenceId, values.conferenceId));
  const [row] = await db
    .insert(presentations)
    .values({ ...values, position: last!.n + 1 })
    .returning({ id: presentations.id });
  return row!.id;
}

export async function presentationMinutes(
  db: Db,
  id: number,
): Promise<{ min: number | null; max: number | null }> {
  const [current] = await db
    .select({ min: presentations.minMinutes, max: presentations.maxMinutes })
    .from(presentations)
    .where(eq(presentations.id, id));
  return current!;
}

export async function itemOfConference(db: Db, conferenceId: number, itemId: number): Promise<boolean> {
  const [item] = await db
    .select({ id: conferenceItems.id })
    .from(conferenceItems)
    .where(and(eq(conferenceItems.id, itemId), eq(conferenceItems.conferenceId, conferenceId)));
  return item !== undefined;
}

export async function updatePresentationRow(
  db: Db,
  id: number,
  set: Partial<PresentationInsert>,
): Promise<void> {
  await db.update(presentations).set(set).where(eq(presentations.id, id));
}

/** Places a tham luận in a programme item (null: in none); the programme's other columns are not touched. */
export async function placePresentation(
  db: Db,
  conferenceId: number,
  id: number,
  itemId: number | null,
): Promise<void> {
  await db
    .update(conferenceItems)
    .set({ presentationId: null })
    .where(and(eq(conferenceItems.presentationId, id), eq(conferenceItems.conferenceId, conferenceId)));
  if (itemId !== null)
    await db.update(conferenceItems).set({ presentationId: id }).where(eq(conferenceItems.id, itemId));
}

/** The conference's tham luận in order, locked for renumbering. */
export async function lockPresentationOrder(db: Db, conferenceId: number): Promise<number[]> {
  const rows = await db
    .select({ id: presentations.id })
    .from(presentations)
    .where(eq(presentations.conferenceId, conferenceId))
    .orderBy(presentations.position, presentations.id)
    .for('update');
  return rows.map((r) => r.id);
}

/** Numbers the tham luận 1, 2, … in the order given. */
export async function renumberPresentations(db: Db, order: number[]): Promise<void> {
  await db.execute(
    sql`UPDATE presentations p SET position = o.position
          FROM (VALUES ${sql.join(
            order.map((pid, i) => sql`(${pid}::int, ${i + 1}::int)`),
            sql`, `,
          )}) AS o(id, position)
         WHERE p.id = o.id`,
  );
}

/** Deletes a tham luận with its record, taking it out of the programme. */
export async function deletePresentationRows(db: Db, conferenceId: number, id: number): Promise<void> {
  await placePresentation(db, conferenceId, id, null);
  await db.delete(presentationEvents).where(eq(presentationEvents.presentationId, id));
  await db.delete(presentations).where(eq(presentations.id, id));
}

export async function insertPresentationEvents(
  db: Db,
  values: (typeof presentationEvents.$inferInsert)[],
): Promise<void> {
  await db.insert(presentationEvents).values(values);
}

export async function presentationFile(
  db: Db,
  id: number,
): Promise<{ file: Buffer | Uint8Array | null; file_name: string; file_type: string } | undefined> {
  const [row] = await queryRows<{ file: Buffer | Uint8Array | null; file_name: string; file_type: string }>(
    db,
    sql`SELECT ${presentations.file}, ${presentations.fileName}, ${presentations.fileType}
          FROM ${presentations} WHERE ${presentations.id} = ${id}`,
  );
  return row;
}

export interface MissingPresentation {
  id: number;
  conference_id: number;
  conference_title: string;
  topic: string;
  unit_id: number;
  unit_name: string;
  due_date: string;
  status: string;
}

/**
 * The tham luận still missing (assigned, or sent back for changes), due within `daysBefore` days of `today` or past,
 * of conferences not yet over and not reminded today; locked for the reminder.
 */
export async function lockMissingPresentations(
  db: Db,
  today: string,
  daysBefore: number,
  conferenceId?: number,
): Promise<MissingPresentation[]> {
  return queryRows<MissingPresentation>(
    db,
    sql`SELECT p.id, p.conference_id, c.title AS conference_title, p.topic, p.unit_id, u.full_name AS unit_name,
               p.due_date::text AS due_date, p.status
          FROM presentations p
          JOIN conferences c ON c.id = p.conference_id
          JOIN units u ON u.id = p.unit_id
         WHERE p.status IN ('assigned', 'changes_requested')
           AND p.due_date IS NOT NULL AND p.due_date <= ${today}::date + ${daysBefore}::int
           AND c.status NOT IN ('ended', 'cancelled') AND (c.date IS NULL OR c.date >= ${today}::date)
           ${conferenceId ? sql`AND p.conference_id = ${conferenceId}` : sql``}
           AND NOT EXISTS (SELECT 1 FROM presentation_events e
                            WHERE e.presentation_id = p.id AND e.kind = 'remind' AND e.text = ${today})
         ORDER BY p.conference_id, p.position, p.id
         FOR UPDATE OF p`,
  );
}

/** Of these tham luận, those not reminded today (read again once their rows are locked). */
export async function notRemindedToday(db: Db, ids: number[], today: string): Promise<number[]> {
  if (ids.length === 0) return [];
  const rows = await queryRows<{ id: number }>(
    db,
    sql`SELECT p.id FROM presentations p WHERE p.id IN (${sql.join(
      ids.map((id) => sql`${id}`),
      sql`, `,
    )}) AND NOT EXISTS (SELECT 1 FROM presentation_events e
                         WHERE e.presentation_id = p.id AND e.kind = 'remind' AND e.text = ${today})`,
  );
  return rows.map((r) => r.id);
}
