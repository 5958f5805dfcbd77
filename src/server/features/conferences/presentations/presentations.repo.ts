import {
  and,
  eq,
  inArray,
  isNotNull,
  isNull,
  lte,
  notExists,
  notInArray,
  or,
  sql,
  type SQL,
} from 'drizzle-orm';
import { users } from '../../../db/schema/accounts';
import {
  conferenceItems,
  conferences,
  presentationEvents,
  presentations,
} from '../../../db/schema/conferences';
import { documents, documentVersions } from '../../../db/schema/documents';
import { plans } from '../../../db/schema/plans';
import { units } from '../../../db/schema/units';
import { instant, queryRows, type Db } from '../../../platform/database';
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

/** A record entry as `json_build_object` gives it: its time is text. */
type EventJson = Omit<PresentationRow['events'][number], 'at'> & { at: string };

/** The tham luận of a conference in order, with their files (metadata only), programme item and record. */
export async function selectPresentations(
  db: Db,
  conferenceId: number,
  ids?: number[],
): Promise<PresentationRow[]> {
  const rows = await db
    .select({
      id: presentations.id,
      position: presentations.position,
      topic: presentations.topic,
      unitId: presentations.unitId,
      unitName: sql<string | null>`coalesce(${units.fullName}, ${presentations.unitName})`,
      presenter: presentations.presenter,
      minMinutes: presentations.minMinutes,
      maxMinutes: presentations.maxMinutes,
      dueDate: presentations.dueDate,
      status: presentations.status,
      fileName: presentations.fileName,
      fileType: presentations.fileType,
      fileSize: presentations.fileSize,
      submittedAt: presentations.submittedAt,
      itemId: sql<number | null>`(SELECT ${conferenceItems.id} FROM ${conferenceItems}
                                   WHERE ${conferenceItems.presentationId} = ${presentations.id}
                                   ORDER BY ${conferenceItems.position} LIMIT 1)`,
      events: sql<EventJson[]>`coalesce(
        (SELECT json_agg(json_build_object('kind', ${presentationEvents.kind}, 'text', ${presentationEvents.text},
                                           'by', ${users.fullName}, 'at', ${presentationEvents.at})
                         ORDER BY ${presentationEvents.at}, ${presentationEvents.id})
           FROM ${presentationEvents} LEFT JOIN ${users} ON ${users.id} = ${presentationEvents.byUser}
          WHERE ${presentationEvents.presentationId} = ${presentations.id}), '[]'::json)`,
    })
    .from(presentations)
    .leftJoin(units, eq(units.id, presentations.unitId))
    .where(
      and(eq(presentations.conferenceId, conferenceId), ids ? inArray(presentations.id, ids) : undefined),
    )
    .orderBy(presentations.position, presentations.id);
  return rows.map(({ fileName, fileType, fileSize, ...r }) => ({
    ...r,
    status: r.status as Presentation['status'],
    file: fileName ? { name: fileName, type: fileType ?? '', size: fileSize ?? 0 } : null,
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
  const [row] = await db
    .select({
      facts: sql<PlanPresentationFacts | null>`${documentVersions.draft}->'conference'->'presentations'`,
    })
    .from(plans)
    .innerJoin(documents, eq(documents.id, plans.documentId))
    .innerJoin(
      documentVersions,
      and(
        eq(documentVersions.documentId, documents.id),
        eq(documentVersions.version, documents.currentVersion),
      ),
    )
    .where(eq(plans.id, planId));
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
    sql`UPDATE ${presentations} SET ${sql.identifier(presentations.position.name)} = o.position
          FROM (VALUES ${sql.join(
            order.map((pid, i) => sql`(${pid}::int, ${i + 1}::int)`),
            sql`, `,
          )}) AS o(id, position)
         WHERE ${presentations.id} = o.id`,
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

/** Not reminded on `today`: no 'remind' event of that day for the tham luận of the outer query. */
const notRemindedOn = (db: Db, today: string): SQL =>
  notExists(
    db
      .select({ one: sql`1` })
      .from(presentationEvents)
      .where(
        and(
          eq(presentationEvents.presentationId, presentations.id),
          eq(presentationEvents.kind, 'remind'),
          eq(presentationEvents.text, today),
        ),
      ),
  );

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
  const rows = await db
    .select({
      id: presentations.id,
      conference_id: presentations.conferenceId,
      conference_title: conferences.title,
      topic: presentations.topic,
      unit_id: presentations.unitId,
      unit_name: units.fullName,
      due_date: presentations.dueDate,
      status: presentations.status,
    })
    .from(presentations)
    .innerJoin(conferences, eq(conferences.id, presentations.conferenceId))
    .innerJoin(units, eq(units.id, presentations.unitId))
    .where(
      and(
        inArray(presentations.status, ['assigned', 'changes_requested']),
        isNotNull(presentations.dueDate),
        lte(presentations.dueDate, sql`${today}::date + ${daysBefore}::int`),
        notInArray(conferences.status, ['ended', 'cancelled']),
        or(isNull(conferences.date), sql`${conferences.date} >= ${today}::date`),
        conferenceId ? eq(presentations.conferenceId, conferenceId) : undefined,
        notRemindedOn(db, today),
      ),
    )
    .orderBy(presentations.conferenceId, presentations.position, presentations.id)
    .for('update', { of: presentations });
  // The inner join on the unit and the due date's filter make both non-null.
  return rows as MissingPresentation[];
}

/** Of these tham luận, those not reminded today (read again once their rows are locked). */
export async function notRemindedToday(db: Db, ids: number[], today: string): Promise<number[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select({ id: presentations.id })
    .from(presentations)
    .where(and(inArray(presentations.id, ids), notRemindedOn(db, today)));
  return rows.map((r) => r.id);
}
