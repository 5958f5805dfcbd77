import { and, eq, inArray, sql, type Column } from 'drizzle-orm';
import {
  attendance,
  conferencePoints,
  conferences,
  delegateGroups,
  delegates,
} from '../../../db/schema/conferences';
import { units } from '../../../db/schema/units';
import { queryRows, type Db } from '../../../platform/database';
import { foldedSql } from '../../../platform/fold-sql';

type Conference = typeof conferences.$inferSelect;
type Point = typeof conferencePoints.$inferSelect;

export interface CheckinConferenceRow {
  id: Conference['id'];
  unit_id: Conference['unitId'];
  unit_path: string;
  area_path: Conference['areaPath'];
  status: Conference['status'];
  secret: Conference['secret'];
  date: Conference['date'];
  points: [Point['id'], Point['name'], Point['unitPath']][];
}

/** A conference as check-in keeps it: host, status, secret, date and its points as [id, name, unit path]. */
export async function selectCheckinConference(db: Db, id: number): Promise<CheckinConferenceRow | null> {
  const [row] = await db
    .select({
      id: conferences.id,
      unit_id: conferences.unitId,
      unit_path: units.path,
      area_path: conferences.areaPath,
      status: conferences.status,
      secret: conferences.secret,
      date: conferences.date,
      points: sql<CheckinConferenceRow['points'] | string>`coalesce(
        (SELECT json_agg(json_build_array(${conferencePoints.id}, ${conferencePoints.name}, ${conferencePoints.unitPath}))
           FROM ${conferencePoints} WHERE ${conferencePoints.conferenceId} = ${conferences.id}), '[]')`,
    })
    .from(conferences)
    .innerJoin(units, eq(units.id, conferences.unitId))
    .where(eq(conferences.id, id));
  if (!row) return null;
  const points = (
    typeof row.points === 'string' ? JSON.parse(row.points) : row.points
  ) as CheckinConferenceRow['points'];
  return { ...row, points };
}

/** The delegate's point, if the delegate is one of this conference's. */
export async function seatOfDelegate(
  db: Db,
  conferenceId: number,
  delegateId: number,
): Promise<{ point_id: number | null } | undefined> {
  const [seat] = await db
    .select({ point_id: delegates.pointId })
    .from(delegates)
    .where(and(eq(delegates.id, delegateId), eq(delegates.conferenceId, conferenceId)));
  return seat;
}

/** The delegate's presence as recorded. */
export async function presenceOf(
  db: Db,
  delegateId: number,
): Promise<{ at: Date; point_id: number | null } | undefined> {
  const [first] = await db
    .select({ at: attendance.at, point_id: attendance.pointId })
    .from(attendance)
    .where(and(eq(attendance.delegateId, delegateId), eq(attendance.status, 'present')));
  return first;
}

export interface CheckinSearchRow {
  id: number;
  name: string | null;
  position: string | null;
  unit_name: string | null;
  group_title: string | null;
  present: boolean;
}

/** The delegate's unit as written, else the unit's name (the query joins `units` on the delegate's unit). */
const unitNameOf = sql<string | null>`coalesce(${delegates.unitName}, ${units.fullName})`;

/**
 * The first 20 delegates whose folded name, substitute or unit holds every word, among those at `points` (all when
 * null).
 */
export async function searchDelegates(
  db: Db,
  conferenceId: number,
  points: number[] | null,
  words: string[],
): Promise<CheckinSearchRow[]> {
  const atPoints =
    points === null ? undefined : points.length === 0 ? sql`false` : inArray(delegates.pointId, points);
  const haystack = foldedSql(
    sql`coalesce(${delegates.name}, '') || ' ' || coalesce(${delegates.substituteName}, '') || ' ' || coalesce(${delegates.unitName}, ${units.fullName}, '')`,
  );
  return db
    .select({
      id: delegates.id,
      name: delegates.name,
      position: delegates.position,
      unit_name: unitNameOf,
      group_title: delegateGroups.title,
      present: sql<boolean>`coalesce(${attendance.status} = 'present', false)`,
    })
    .from(delegates)
    .leftJoin(units, eq(units.id, delegates.unitId))
    .leftJoin(delegateGroups, eq(delegateGroups.id, delegates.groupId))
    .leftJoin(attendance, eq(attendance.delegateId, delegates.id))
    .where(
      and(
        eq(delegates.conferenceId, conferenceId),
        atPoints,
        ...words.map((w) => sql`${haystack} LIKE ${`%${w}%`}`),
      ),
    )
    .orderBy(sql`${delegates.name} NULLS LAST`, delegates.id)
    .limit(20);
}

/** A delegate with its conference and the path of its point's host unit (null without a point). */
export async function delegateWithPoint(db: Db, delegateId: number) {
  const [delegate] = await db
    .select({
      id: delegates.id,
      conference_id: delegates.conferenceId,
      point_id: delegates.pointId,
      point_path: conferencePoints.unitPath,
      name: delegates.name,
    })
    .from(delegates)
    .leftJoin(conferencePoints, eq(conferencePoints.id, delegates.pointId))
    .where(eq(delegates.id, delegateId));
  return delegate ?? null;
}

export interface AttendanceRow {
  status: 'present' | 'absent';
  at: Date;
  point_id: number | null;
  reason: string | null;
  method: string | null;
}

/** An attendance row as `AttendanceRow` names it. */
const attendanceColumns = {
  status: attendance.status,
  at: attendance.at,
  point_id: attendance.pointId,
  reason: attendance.reason,
  method: attendance.method,
};

/** `column = excluded.column`: an upsert's SET takes the value the INSERT proposed. */
const fromExcluded = (column: Column) => sql`excluded.${sql.identifier(column.name)}`;

/**
 * Records an absence with its reason at the database's time of the write (a second absence replaces it); null when
 * the delegate is present (an absence never overwrites a presence).
 */
export async function upsertAbsence(
  db: Db,
  absence: {
    delegateId: number;
    conferenceId: number;
    pointId: number | null;
    reason: string;
    byUser: number;
  },
): Promise<AttendanceRow | null> {
  const [row] = await db
    .insert(attendance)
    .values({
      delegateId: absence.delegateId,
      conferenceId: absence.conferenceId,
      pointId: absence.pointId,
      status: 'absent',
      reason: absence.reason,
      method: 'manual',
      at: sql`now()`,
      byUser: absence.byUser,
    })
    .onConflictDoUpdate({
      target: attendance.delegateId,
      set: {
        status: 'absent',
        reason: fromExcluded(attendance.reason),
        method: 'manual',
        at: fromExcluded(attendance.at),
        byUser: fromExcluded(attendance.byUser),
        pointId: fromExcluded(attendance.pointId),
      },
      setWhere: sql`${attendance.status} <> 'present'`,
    })
    .returning(attendanceColumns);
  return (row as AttendanceRow | undefined) ?? null;
}

export async function deleteAttendance(db: Db, delegateId: number): Promise<AttendanceRow | null> {
  const [removed] = await db
    .delete(attendance)
    .where(eq(attendance.delegateId, delegateId))
    .returning(attendanceColumns);
  return (removed as AttendanceRow | undefined) ?? null;
}

export async function pointPaths(db: Db, conferenceId: number): Promise<string[]> {
  const points = await db
    .select({ unitPath: conferencePoints.unitPath })
    .from(conferencePoints)
    .where(eq(conferencePoints.conferenceId, conferenceId));
  return points.map((p) => p.unitPath);
}

/** Expected delegates (those who did not decline) per point, per group and in total. */
export async function expectedCounts(db: Db, conferenceId: number) {
  return queryRows<{ point_id: number | null; group_id: number | null; by: string; n: number }>(
    db,
    sql`SELECT ${delegates.pointId} AS point_id, ${delegates.groupId} AS group_id,
               CASE WHEN grouping(${delegates.pointId}) = 0 THEN 'point'
                    WHEN grouping(${delegates.groupId}) = 0 THEN 'group' ELSE 'total' END AS by,
               count(*) FILTER (WHERE ${delegates.rsvp} <> 'no')::int AS n
          FROM ${delegates} WHERE ${delegates.conferenceId} = ${conferenceId}
         GROUP BY GROUPING SETS ((${delegates.pointId}), (${delegates.groupId}), ())`,
  );
}

/** Present and absent per point checked in at, per group and in total. */
export async function attendedCounts(db: Db, conferenceId: number) {
  return queryRows<{
    point_id: number | null;
    group_id: number | null;
    by: string;
    present: number;
    absent: number;
  }>(
    db,
    sql`SELECT ${attendance.pointId} AS point_id, ${delegates.groupId} AS group_id,
               CASE WHEN grouping(${attendance.pointId}) = 0 THEN 'point'
                    WHEN grouping(${delegates.groupId}) = 0 THEN 'group' ELSE 'total' END AS by,
               count(*) FILTER (WHERE ${attendance.status} = 'present')::int AS present,
               count(*) FILTER (WHERE ${attendance.status} = 'absent')::int AS absent
          FROM ${attendance} JOIN ${delegates} ON ${delegates.id} = ${attendance.delegateId}
         WHERE ${attendance.conferenceId} = ${conferenceId}
         GROUP BY GROUPING SETS ((${attendance.pointId}), (${delegates.groupId}), ())`,
  );
}

export async function pointNamesInOrder(db: Db, conferenceId: number) {
  return db
    .select({ id: conferencePoints.id, name: conferencePoints.name })
    .from(conferencePoints)
    .where(eq(conferencePoints.conferenceId, conferenceId))
    .orderBy(conferencePoints.position, conferencePoints.id);
}

export async function groupTitlesInOrder(db: Db, conferenceId: number) {
  return db
    .select({ id: delegateGroups.id, title: delegateGroups.title })
    .from(delegateGroups)
    .where(eq(delegateGroups.conferenceId, conferenceId))
    .orderBy(delegateGroups.position, delegateGroups.id);
}

export interface AttendanceListRow {
  name: string | null;
  position: string | null;
  unit_name: string | null;
  group_title: string | null;
  point_name: string | null;
  rsvp: string;
  substitute_name: string | null;
  status: string | null;
  reason: string | null;
  at: Date | null;
}

/** Every delegate with its attendance, by point, group and name. */
export async function attendanceList(db: Db, conferenceId: number): Promise<AttendanceListRow[]> {
  return db
    .select({
      name: delegates.name,
      position: delegates.position,
      unit_name: unitNameOf,
      group_title: delegateGroups.title,
      point_name: conferencePoints.name,
      rsvp: delegates.rsvp,
      substitute_name: delegates.substituteName,
      status: attendance.status,
      reason: attendance.reason,
      at: attendance.at,
    })
    .from(delegates)
    .leftJoin(units, eq(units.id, delegates.unitId))
    .leftJoin(delegateGroups, eq(delegateGroups.id, delegates.groupId))
    .leftJoin(attendance, eq(attendance.delegateId, delegates.id))
    .leftJoin(
      conferencePoints,
      eq(conferencePoints.id, sql`coalesce(${attendance.pointId}, ${delegates.pointId})`),
    )
    .where(eq(delegates.conferenceId, conferenceId))
    .orderBy(
      sql`${conferencePoints.position} NULLS LAST`,
      conferencePoints.id,
      sql`${delegateGroups.position} NULLS LAST`,
      delegateGroups.id,
      sql`${delegates.name} NULLS LAST`,
      delegates.id,
    );
}
