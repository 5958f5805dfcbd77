import { and, eq, inArray, ne, sql, type SQL } from 'drizzle-orm';
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
import { queryRows, type Db } from '../../../platform/database';
import type {
  ConferenceBudget,
  ConferenceDetail,
  ConferenceSession,
  ConferenceStatus,
  ConferenceSummary,
  DelegateGroup,
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
  const [row] = await queryRows<ConferenceRow>(
    db,
    sql`SELECT c.id, c.plan_id AS "planId", c.unit_id AS "unitId", u.path AS "unitPath",
               c.area_unit_id AS "areaUnitId", c.area_path AS "areaPath", c.status, c.title,
               c.date::text AS date, c.secret
          FROM conferences c JOIN units u ON u.id = c.unit_id WHERE c.id = ${id}`,
  );
  return row ?? null;
}

/** What stands in the way of deleting a conference: giấy mời issued or sent, delegates checked in. */
export async function deletionBlockers(
  db: Db,
  id: number,
): Promise<{ invited: number; present: number; invitation: boolean }> {
  const [row] = await queryRows<{ invited: number; present: number; invitation: boolean }>(
    db,
    sql`SELECT (SELECT count(*) FROM delegates d WHERE d.conference_id = c.id AND d.invited_at IS NOT NULL)::int AS invited,
               (SELECT count(*) FROM attendance a WHERE a.conference_id = c.id)::int AS present,
               c.invitation_document_id IS NOT NULL AS invitation
          FROM conferences c WHERE c.id = ${id}`,
  );
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
    sql`SELECT (SELECT count(*) FROM delegates WHERE conference_id = ${id})::int AS delegates,
               (SELECT count(*) FROM conference_points WHERE conference_id = ${id})::int AS points,
               (SELECT count(*) FROM conference_items WHERE conference_id = ${id})::int AS items`,
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
        filter.scopes.map((s) => sql`c.area_path LIKE ${s.path + '%'} OR ${s.path} LIKE c.area_path || '%'`),
        sql` OR `,
      )})`,
    );
  if (filter.status) where.push(sql`c.status = ${filter.status}`);
  if (filter.year)
    where.push(
      sql`coalesce(extract(year FROM c.date)::int, (SELECT p.year FROM plans p WHERE p.id = c.plan_id),
                   extract(year FROM c.created_at)::int) = ${filter.year}`,
    );
  const rows = await queryRows<ConferenceSummary & { n: number | string }>(
    db,
    sql`SELECT c.id, c.title, c.kind, c.format, c.status, c.date::text AS date, c.date_raw AS "dateRaw", c.venue,
               c.unit_id AS "unitId", u.code AS "unitCode", u.full_name AS "unitName", c.plan_id AS "planId",
               (SELECT count(*) FROM delegates d WHERE d.conference_id = c.id)::int AS delegates,
               (SELECT count(*) FROM attendance a WHERE a.conference_id = c.id AND a.status = 'present')::int AS present,
               count(*) OVER () AS n
          FROM conferences c JOIN units u ON u.id = c.unit_id
         WHERE ${sql.join(where, sql` AND `)}
         ORDER BY coalesce(c.date, c.created_at::date) DESC, c.id DESC
         LIMIT ${filter.limit} OFFSET ${filter.offset}`,
  );
  return {
    items: rows.map(({ n: _n, ...summary }) => summary),
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
  const [row] = await queryRows<ConferenceDetailRow>(
    db,
    sql`SELECT c.kind, c.format, c.date_raw, c.sessions, c.venue, c.capacity, c.chair, c.expected_attendees,
               c.budget, u.code AS unit_code, u.full_name AS unit_name, d.title AS plan_title,
               d.number AS plan_number,
               (SELECT count(*) FROM delegates g WHERE g.conference_id = c.id)::int AS delegates,
               (SELECT count(*) FROM attendance a WHERE a.conference_id = c.id AND a.status = 'present')::int AS present
          FROM conferences c JOIN units u ON u.id = c.unit_id
          LEFT JOIN plans p ON p.id = c.plan_id LEFT JOIN documents d ON d.id = p.document_id
         WHERE c.id = ${id}`,
  );
  return row!;
}

/** The delegate groups with their counts of delegates and of those present. */
export async function groupsWithCounts(db: Db, conferenceId: number): Promise<DelegateGroup[]> {
  return queryRows<DelegateGroup>(
    db,
    sql`SELECT g.id, g.position, g.title, g.level, g.rule, g.quota, g.expected, g.point_id AS "pointId",
               (SELECT count(*) FROM delegates d WHERE d.group_id = g.id)::int AS delegates,
               (SELECT count(*) FROM attendance a JOIN delegates d ON d.id = a.delegate_id
                 WHERE d.group_id = g.id AND a.status = 'present')::int AS present
          FROM delegate_groups g WHERE g.conference_id = ${conferenceId}
         ORDER BY g.position, g.id`,
  );
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
  const [row] = await queryRows<{ reason: string | null }>(
    db,
    sql`SELECT after->>'reason' AS reason FROM audit_log
         WHERE entity_type = 'conference' AND entity_id = ${String(id)} AND action = 'conference.cancel'
         ORDER BY id DESC LIMIT 1`,
  );
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
