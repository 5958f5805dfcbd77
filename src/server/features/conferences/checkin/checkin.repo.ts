import { and, eq, sql } from 'drizzle-orm';
import { attendance, conferencePoints, delegateGroups, delegates } from '../../../db/schema/conferences';
import { instant, instantOrNull, queryRows, type Db } from '../../../platform/database';
import { foldedSql } from '../../../platform/fold-sql';

export interface CheckinConferenceRow {
  id: number;
  unit_id: number;
  unit_path: string;
  area_path: string;
  status: string;
  secret: string;
  date: string | null;
  points: [number, string, string][];
}

/** A conference as check-in keeps it: host, status, secret, date and its points as [id, name, unit path]. */
export async function selectCheckinConference(db: Db, id: number): Promise<CheckinConferenceRow | null> {
  const [row] = await queryRows<
    Omit<CheckinConferenceRow, 'points'> & { points: [number, string, string][] | string }
  >(
    db,
    sql`SELECT c.id, c.unit_id, u.path AS unit_path, c.area_path, c.status, c.secret, c.date::text AS date,
               coalesce((SELECT json_agg(json_build_array(p.id, p.name, p.unit_path))
                           FROM conference_points p WHERE p.conference_id = c.id), '[]') AS points
          FROM conferences c JOIN units u ON u.id = c.unit_id
         WHERE c.id = ${id}`,
  );
  if (!row) return null;
  const points = (typeof row.points === 'string' ? JSON.parse(row.points) : row.points) as [
    number,
    string,
    string,
  ][];
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
  const pointsFilter =
    points === null
      ? sql``
      : points.length === 0
        ? sql`AND false`
        : sql`AND d.point_id IN (${sql.join(
            points.map((id) => sql`${id}`),
            sql`, `,
          )})`;
  const haystack = foldedSql(
    sql`coalesce(d.name, '') || ' ' || coalesce(d.substitute_name, '') || ' ' || coalesce(d.unit_name, u.full_name, '')`,
  );
  const matches = sql.join(
    words.map((w) => sql`${haystack} LIKE ${`%${w}%`}`),
    sql` AND `,
  );
  return queryRows<CheckinSearchRow>(
    db,
    sql`SELECT d.id, d.name, d.position, coalesce(d.unit_name, u.full_name) AS unit_name, g.title AS group_title,
               coalesce(a.status = 'present', false) AS present
          FROM delegates d
          LEFT JOIN units u ON u.id = d.unit_id
          LEFT JOIN delegate_groups g ON g.id = d.group_id
          LEFT JOIN attendance a ON a.delegate_id = d.id
         WHERE d.conference_id = ${conferenceId} ${pointsFilter} AND ${matches}
         ORDER BY d.name NULLS LAST, d.id
         LIMIT 20`,
  );
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

type RawAttendance = Omit<AttendanceRow, 'at'> & { at: string };
const attendanceRow = (r: RawAttendance | undefined): AttendanceRow | null =>
  r ? { ...r, at: instant(r.at) } : null;

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
  const [row] = await queryRows<RawAttendance>(
    db,
    sql`INSERT INTO attendance AS a (delegate_id, conference_id, point_id, status, reason, method, at, by_user)
        VALUES (${absence.delegateId}, ${absence.conferenceId}, ${absence.pointId}, 'absent', ${absence.reason},
                'manual', now(), ${absence.byUser})
        ON CONFLICT (delegate_id) DO UPDATE
           SET status = 'absent', reason = excluded.reason, method = 'manual', at = excluded.at,
               by_user = excluded.by_user, point_id = excluded.point_id
         WHERE a.status <> 'present'
        RETURNING a.status, a.at, a.point_id, a.reason, a.method`,
  );
  return attendanceRow(row);
}

export async function deleteAttendance(db: Db, delegateId: number): Promise<AttendanceRow | null> {
  const [removed] = await db.delete(attendance).where(eq(attendance.delegateId, delegateId)).returning({
    status: attendance.status,
    at: attendance.at,
    point_id: attendance.pointId,
    reason: attendance.reason,
    method: attendance.method,
  });
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
    sql`SELECT point_id, group_id,
               CASE WHEN grouping(point_id) = 0 THEN 'point' WHEN grouping(group_id) = 0 THEN 'group'
                    ELSE 'total' END AS by,
               count(*) FILTER (WHERE rsvp <> 'no')::int AS n
          FROM delegates WHERE conference_id = ${conferenceId}
         GROUP BY GROUPING SETS ((point_id), (group_id), ())`,
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
    sql`SELECT a.point_id, d.group_id,
               CASE WHEN grouping(a.point_id) = 0 THEN 'point' WHEN grouping(d.group_id) = 0 THEN 'group'
                    ELSE 'total' END AS by,
               count(*) FILTER (WHERE a.status = 'present')::int AS present,
               count(*) FILTER (WHERE a.status = 'absent')::int AS absent
          FROM attendance a JOIN delegates d ON d.id = a.delegate_id
         WHERE a.conference_id = ${conferenceId}
         GROUP BY GROUPING SETS ((a.point_id), (d.group_id), ())`,
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
  const rows = await queryRows<Omit<AttendanceListRow, 'at'> & { at: string | null }>(
    db,
    sql`SELECT d.name, d.position, coalesce(d.unit_name, u.full_name) AS unit_name, g.title AS group_title,
               p.name AS point_name, d.rsvp, d.substitute_name, a.status, a.reason, a.at
          FROM delegates d
          LEFT JOIN units u ON u.id = d.unit_id
          LEFT JOIN delegate_groups g ON g.id = d.group_id
          LEFT JOIN attendance a ON a.delegate_id = d.id
          LEFT JOIN conference_points p ON p.id = coalesce(a.point_id, d.point_id)
         WHERE d.conference_id = ${conferenceId}
         ORDER BY p.position NULLS LAST, p.id, g.position NULLS LAST, g.id, d.name NULLS LAST, d.id`,
  );
  return rows.map((r) => ({ ...r, at: instantOrNull(r.at) }));
}
