import { and, desc, eq, inArray, isNotNull, ne, sql, type SQL } from 'drizzle-orm';
import {
  attendance,
  awardBatches,
  awardees,
  conferenceChecklist,
  conferenceItems,
  conferencePoints,
  conferencePointUnits,
  conferences,
  delegateGroups,
  delegates,
  presentationEvents,
  presentations,
} from '../../../db/schema/conferences';
import { units } from '../../../db/schema/units';
import { plans } from '../../../db/schema/plans';
import { documents } from '../../../db/schema/documents';
import { auditLog } from '../../../db/schema/audit';
import { queryRows, type Db } from '../../../platform/database';
import { countWhere } from '../../../platform/count-where';
import type {
  ConferenceBudget,
  ConferenceDetail,
  ConferenceSession,
  ConferenceStatus,
  ConferenceSummary,
} from '../../../../contracts/conferences';

/** What every conference use case needs to decide who may do what. */
export interface ConferenceRow {
  id: number;
  planId: number | null;
  unitId: number;
  unitPath: string;
  areaUnitId: number;
  areaPath: string;
  status: string;
  title: string;
  date: string | null;
  secret: string;
}

export async function findConference(db: Db, id: number): Promise<ConferenceRow | null> {
  const [row] = await db
    .select({
      id: conferences.id,
      planId: conferences.planId,
      unitId: conferences.unitId,
      unitPath: units.path,
      areaUnitId: conferences.areaUnitId,
      areaPath: conferences.areaPath,
      status: conferences.status,
      title: conferences.title,
      date: conferences.date,
      secret: conferences.secret,
    })
    .from(conferences)
    .innerJoin(units, eq(units.id, conferences.unitId))
    .where(eq(conferences.id, id));
  return row ?? null;
}

/** What stands in the way of deleting a conference: giấy mời issued or sent, delegates checked in. */
export async function deletionBlockers(
  db: Db,
  id: number,
): Promise<{ invited: number; present: number; invitation: boolean }> {
  const [row] = await db
    .select({
      invited: countWhere(
        delegates,
        and(eq(delegates.conferenceId, conferences.id), isNotNull(delegates.invitedAt)),
      ),
      present: countWhere(attendance, eq(attendance.conferenceId, conferences.id)),
      invitation: sql<boolean>`${conferences.invitationDocumentId} IS NOT NULL`,
    })
    .from(conferences)
    .where(eq(conferences.id, id));
  return row ?? { invited: 0, present: 0, invitation: false };
}

/** The plan's one conference that is not cancelled. */
export async function findLiveConferenceOfPlan(
  db: Db,
  planId: number,
): Promise<{ id: number; title: string } | null> {
  const [row] = await db
    .select({ id: conferences.id, title: conferences.title })
    .from(conferences)
    .where(and(eq(conferences.planId, planId), ne(conferences.status, 'cancelled')))
    .orderBy(conferences.id)
    .limit(1);
  return row ?? null;
}

export type ConferenceRecord = typeof conferences.$inferSelect;

/** The conference's row as stored (for the audit's before). */
export async function conferenceRecord(db: Db, id: number): Promise<ConferenceRecord | undefined> {
  const [row] = await db.select().from(conferences).where(eq(conferences.id, id));
  return row;
}

export async function insertConference(db: Db, values: typeof conferences.$inferInsert): Promise<number> {
  const [row] = await db.insert(conferences).values(values).returning({ id: conferences.id });
  return row!.id;
}

export async function insertGroups(db: Db, values: (typeof delegateGroups.$inferInsert)[]): Promise<void> {
  await db.insert(delegateGroups).values(values);
}

/** Inserts tham luận and returns their ids, in order. */
export async function insertPresentations(
  db: Db,
  values: (typeof presentations.$inferInsert)[],
): Promise<number[]> {
  const rows = await db.insert(presentations).values(values).returning({ id: presentations.id });
  return rows.map((r) => r.id);
}

export async function insertItems(db: Db, values: (typeof conferenceItems.$inferInsert)[]): Promise<void> {
  await db.insert(conferenceItems).values(values);
}

/** Changes the stored fields; `updated_at` is the database's time of the change, as for every record. */
export async function updateConferenceRow(
  db: Db,
  id: number,
  set: Partial<typeof conferences.$inferInsert>,
): Promise<void> {
  await db
    .update(conferences)
    .set({ ...set, updatedAt: sql`now()` })
    .where(eq(conferences.id, id));
}

/** Waits for an invitation run or a deletion in progress on the conference. */
export async function lockConference(db: Db, id: number): Promise<void> {
  await db.select({ id: conferences.id }).from(conferences).where(eq(conferences.id, id)).for('update');
}

export async function countConferenceParts(
  db: Db,
  id: number,
): Promise<{ delegates: number; points: number; items: number } | undefined> {
  const [row] = await queryRows<{ delegates: number; points: number; items: number }>(
    db,
    sql`SELECT (SELECT count(*) FROM ${delegates} WHERE ${delegates.conferenceId} = ${id})::int AS delegates,
               (SELECT count(*) FROM ${conferencePoints} WHERE ${conferencePoints.conferenceId} = ${id})::int AS points,
               (SELECT count(*) FROM ${conferenceItems} WHERE ${conferenceItems.conferenceId} = ${id})::int AS items`,
  );
  return row;
}

/** Deletes everything that hangs off a conference except its notices (the notifications feature deletes those), in the order of the keys. */
export async function deleteConferenceParts(db: Db, id: number): Promise<void> {
  const ofConference = db
    .select({ id: presentations.id })
    .from(presentations)
    .where(eq(presentations.conferenceId, id));
  await db.delete(presentationEvents).where(inArray(presentationEvents.presentationId, ofConference));
  await db.delete(conferenceItems).where(eq(conferenceItems.conferenceId, id));
  await db.delete(awardees).where(eq(awardees.conferenceId, id));
  await db.delete(awardBatches).where(eq(awardBatches.conferenceId, id));
  await db.delete(presentations).where(eq(presentations.conferenceId, id));
  await db.delete(attendance).where(eq(attendance.conferenceId, id));
  await db.delete(delegates).where(eq(delegates.conferenceId, id));
  await db.delete(delegateGroups).where(eq(delegateGroups.conferenceId, id));
  const points = db
    .select({ id: conferencePoints.id })
    .from(conferencePoints)
    .where(eq(conferencePoints.conferenceId, id));
  await db.delete(conferencePointUnits).where(inArray(conferencePointUnits.pointId, points));
  await db.delete(conferencePoints).where(eq(conferencePoints.conferenceId, id));
  await db.delete(conferenceChecklist).where(eq(conferenceChecklist.conferenceId, id));
}

export async function deleteConferenceRow(db: Db, id: number): Promise<void> {
  await db.delete(conferences).where(eq(conferences.id, id));
}

export async function markConferenceCancelled(db: Db, id: number): Promise<void> {
  await db
    .update(conferences)
    .set({ status: 'cancelled', updatedAt: sql`now()` })
    .where(eq(conferences.id, id));
}

/** How many delegates a conference has, and how many of them are present: subqueries on the conference's id. */
const delegatesOf = (conferenceId: typeof conferences.id) =>
  countWhere(delegates, eq(delegates.conferenceId, conferenceId));
const presentOf = (conferenceId: typeof conferences.id) =>
  countWhere(attendance, and(eq(attendance.conferenceId, conferenceId), eq(attendance.status, 'present')));

export interface ConferenceListFilter {
  /** The actor's view and capture scopes, or null when one of them is the whole country. */
  scopes: { path: string }[] | null;
  status?: ConferenceStatus | undefined;
  year?: number | undefined;
  limit: number;
  offset: number;
}

export async function selectConferenceSummaries(
  db: Db,
  filter: ConferenceListFilter,
): Promise<{ items: ConferenceSummary[]; total: number }> {
  const where: SQL[] = [sql`TRUE`];
  if (filter.scopes)
    where.push(
      sql`(${sql.join(
        filter.scopes.map(
          (s) =>
            sql`${conferences.areaPath} LIKE ${s.path + '%'} OR ${s.path} LIKE ${conferences.areaPath} || '%'`,
        ),
        sql` OR `,
      )})`,
    );
  if (filter.status) where.push(eq(conferences.status, filter.status));
  if (filter.year)
    where.push(
      sql`coalesce(extract(year FROM ${conferences.date})::int,
                   (SELECT ${plans.year} FROM ${plans} WHERE ${plans.id} = ${conferences.planId}),
                   extract(year FROM ${conferences.createdAt})::int) = ${filter.year}`,
    );
  const rows = await db
    .select({
      id: conferences.id,
      title: conferences.title,
      kind: conferences.kind,
      format: conferences.format,
      status: conferences.status,
      date: conferences.date,
      dateRaw: conferences.dateRaw,
      venue: conferences.venue,
      unitId: conferences.unitId,
      unitCode: units.code,
      unitName: units.fullName,
      planId: conferences.planId,
      delegates: delegatesOf(conferences.id),
      present: presentOf(conferences.id),
      n: sql<number | string>`count(*) OVER ()`,
    })
    .from(conferences)
    .innerJoin(units, eq(units.id, conferences.unitId))
    .where(and(...where))
    .orderBy(sql`coalesce(${conferences.date}, ${conferences.createdAt}::date) DESC`, desc(conferences.id))
    .limit(filter.limit)
    .offset(filter.offset);
  return {
    items: rows.map(({ n: _n, ...summary }) => summary as ConferenceSummary),
    total: Number(rows[0]?.n ?? 0),
  };
}

export interface ConferenceDetailRow {
  kind: ConferenceDetail['kind'];
  format: ConferenceDetail['format'];
  date_raw: string | null;
  sessions: ConferenceSession[];
  venue: string | null;
  capacity: number | null;
  chair: string | null;
  expected_attendees: number | null;
  budget: ConferenceBudget | null;
  unit_code: string;
  unit_name: string;
  plan_title: string | null;
  plan_number: string | null;
  delegates: number;
  present: number;
}

export async function conferenceDetailRow(db: Db, id: number): Promise<ConferenceDetailRow> {
  const [row] = await db
    .select({
      kind: conferences.kind,
      format: conferences.format,
      date_raw: conferences.dateRaw,
      sessions: conferences.sessions,
      venue: conferences.venue,
      capacity: conferences.capacity,
      chair: conferences.chair,
      expected_attendees: conferences.expectedAttendees,
      budget: conferences.budget,
      unit_code: units.code,
      unit_name: units.fullName,
      plan_title: documents.title,
      plan_number: documents.number,
      delegates: delegatesOf(conferences.id),
      present: presentOf(conferences.id),
    })
    .from(conferences)
    .innerJoin(units, eq(units.id, conferences.unitId))
    .leftJoin(plans, eq(plans.id, conferences.planId))
    .leftJoin(documents, eq(documents.id, plans.documentId))
    .where(eq(conferences.id, id));
  return row as ConferenceDetailRow;
}

export async function pointUnitPaths(db: Db, conferenceId: number): Promise<string[]> {
  const rows = await db
    .select({ unitPath: conferencePoints.unitPath })
    .from(conferencePoints)
    .where(eq(conferencePoints.conferenceId, conferenceId));
  return rows.map((r) => r.unitPath);
}

/** The reason of the conference's cancellation, kept in its audit row. */
export async function cancelReason(db: Db, id: number): Promise<string | null> {
  const [row] = await db
    .select({ reason: sql<string | null>`${auditLog.after}->>'reason'` })
    .from(auditLog)
    .where(
      and(
        eq(auditLog.entityType, 'conference'),
        eq(auditLog.entityId, String(id)),
        eq(auditLog.action, 'conference.cancel'),
      ),
    )
    .orderBy(desc(auditLog.id))
    .limit(1);
  return row?.reason ?? null;
}

/** A unit by id or code, the current one first. */
export async function findUnitRef(
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
