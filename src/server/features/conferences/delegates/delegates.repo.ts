import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type Db } from '../../../platform/database';
import type { Delegate, DelegateGroup } from '../../../../contracts/conferences';
import { todayInVietnam } from '../../../../core/dates/vn-dates';

const iso = (value: Date | string | null) => (value === null ? null : new Date(value).toISOString());

interface DelegateRow {
  id: number;
  name: string | null;
  position: string | null;
  unit_id: number | null;
  unit_name: string | null;
  phone: string | null;
  email: string | null;
  group_id: number | null;
  point_id: number | null;
  seat: string | null;
  source: Delegate['source'];
  rsvp: Delegate['rsvp'];
  substitute_name: string | null;
  substitute_position: string | null;
  invited_at: Date | string | null;
  emailed_at: Date | string | null;
  a_status: 'present' | 'absent' | null;
  a_at: Date | string | null;
  a_point_id: number | null;
  a_reason: string | null;
  total: number;
}

const toDelegate = (r: DelegateRow): Delegate => ({
  id: r.id,
  name: r.name,
  position: r.position,
  unitId: r.unit_id,
  unitName: r.unit_name,
  phone: r.phone,
  email: r.email,
  groupId: r.group_id,
  pointId: r.point_id,
  seat: r.seat,
  source: r.source,
  rsvp: r.rsvp,
  substituteName: r.substitute_name,
  substitutePosition: r.substitute_position,
  invitedAt: iso(r.invited_at),
  emailedAt: iso(r.emailed_at),
  attendance: r.a_status
    ? { status: r.a_status, at: iso(r.a_at)!, pointId: r.a_point_id, reason: r.a_reason }
    : null,
});

/**
 * Delegates of a conference matching `where` (on `d`), in group order then as added, with their attendance.
 * `page` null returns them all.
 */
export async function selectDelegates(
  db: Db,
  conferenceId: number,
  where: SQL = sql`TRUE`,
  page: { limit: number; offset: number } | null = null,
): Promise<{ items: Delegate[]; total: number }> {
  const rows = await queryRows<DelegateRow>(
    db,
    sql`SELECT d.id, d.name, d.position, d.unit_id, coalesce(d.unit_name, u.full_name) AS unit_name, d.phone,
               d.email, d.group_id, d.point_id, d.seat, d.source, d.rsvp, d.substitute_name,
               d.substitute_position, d.invited_at, d.emailed_at, a.status AS a_status, a.at AS a_at,
               a.point_id AS a_point_id, a.reason AS a_reason, count(*) OVER ()::int AS total
          FROM delegates d
          LEFT JOIN units u ON u.id = d.unit_id
          LEFT JOIN delegate_groups g ON g.id = d.group_id
          LEFT JOIN attendance a ON a.delegate_id = d.id
         WHERE d.conference_id = ${conferenceId} AND (${where})
         ORDER BY g.position NULLS LAST, g.id, d.id
         ${page ? sql`LIMIT ${page.limit} OFFSET ${page.offset}` : sql``}`,
  );
  return { items: rows.map(toDelegate), total: rows[0]?.total ?? 0 };
}

export async function getDelegateById(db: Db, conferenceId: number, id: number): Promise<Delegate> {
  const { items } = await selectDelegates(db, conferenceId, sql`d.id = ${id}`);
  return items[0]!;
}

/** The conference a delegate belongs to, with what deleting or editing it needs to know. */
export async function findDelegateRow(db: Db, id: number) {
  const [row] = await queryRows<{
    id: number;
    conference_id: number;
    name: string | null;
    position: string | null;
    unit_id: number | null;
    unit_name: string | null;
    phone: string | null;
    email: string | null;
    group_id: number | null;
    point_id: number | null;
    seat: string | null;
    invited_at: Date | string | null;
    attendance: string | null;
  }>(
    db,
    sql`SELECT d.id, d.conference_id, d.name, d.position, d.unit_id, d.unit_name, d.phone, d.email, d.group_id,
               d.point_id, d.seat, d.invited_at, a.status AS attendance
          FROM delegates d LEFT JOIN attendance a ON a.delegate_id = d.id WHERE d.id = ${id}`,
  );
  return row ?? null;
}

/** The groups of a conference (or some of them) with their delegate and presence counts. */
export async function selectGroups(db: Db, conferenceId: number, ids?: number[]): Promise<DelegateGroup[]> {
  const only = ids
    ? sql`AND g.id IN (${sql.join(
        ids.map((id) => sql`${id}`),
        sql`, `,
      )})`
    : sql``;
  return queryRows<DelegateGroup>(
    db,
    sql`SELECT g.id, g.position, g.title, g.level, g.rule, g.quota, g.expected, g.point_id AS "pointId",
               (SELECT count(*)::int FROM delegates d WHERE d.group_id = g.id) AS delegates,
               (SELECT count(*)::int FROM delegates d JOIN attendance a ON a.delegate_id = d.id
                 WHERE d.group_id = g.id AND a.status = 'present') AS present
          FROM delegate_groups g WHERE g.conference_id = ${conferenceId} ${only}
         ORDER BY g.position, g.id`,
  );
}

export interface AreaUnit {
  id: number;
  code: string;
  level: string;
  type: string;
  name: string;
  full_name: string;
  short_name: string | null;
  path: string;
  parent_id: number | null;
}

/**
 * The units valid on the conference's date (today when it has none): before the 2025 reform a district's
 * conference counts the communes of that time. `under` is a path prefix; `levels` limits the levels.
 */
export async function unitsAt(
  db: Db,
  at: string | null,
  where: { under?: string; levels?: string[]; ids?: number[] },
): Promise<AreaUnit[]> {
  const day = at ?? todayInVietnam();
  const parts: SQL[] = [
    sql`(valid_from IS NULL OR valid_from <= ${day}) AND (valid_to IS NULL OR valid_to >= ${day})`,
  ];
  if (where.under) parts.push(sql`path LIKE ${where.under + '%'}`);
  if (where.levels)
    parts.push(
      sql`level IN (${sql.join(
        where.levels.map((l) => sql`${l}`),
        sql`, `,
      )})`,
    );
  if (where.ids) {
    if (where.ids.length === 0) return [];
    parts.push(
      sql`id IN (${sql.join(
        where.ids.map((id) => sql`${id}`),
        sql`, `,
      )})`,
    );
  }
  return queryRows<AreaUnit>(
    db,
    sql`SELECT id, code, level, type, name, full_name, short_name, path, parent_id FROM units
         WHERE ${sql.join(parts, sql` AND `)} ORDER BY path`,
  );
}

/** Each unit that has a bridge point of this conference: its own, or the one it joins. */
export async function pointOfUnits(db: Db, conferenceId: number): Promise<Map<number, number>> {
  const rows = await queryRows<{ unit_id: number; point_id: number }>(
    db,
    sql`SELECT p.unit_id, p.id AS point_id FROM conference_points p
         WHERE p.conference_id = ${conferenceId} AND p.unit_id IS NOT NULL
        UNION ALL
        SELECT pu.unit_id, pu.point_id FROM conference_point_units pu
          JOIN conference_points p ON p.id = pu.point_id
         WHERE p.conference_id = ${conferenceId} AND pu.unit_id IS NOT NULL`,
  );
  const map = new Map<number, number>();
  // A unit attached to another's point is listed second and wins over its own main-point hosting.
  for (const r of rows) map.set(r.unit_id, r.point_id);
  return map;
}

/** Active accounts with a post, working in one of these units (directly, or in one of its bodies). */
export async function accountsWithPosts(db: Db, unitIds: number[]) {
  if (unitIds.length === 0) return [];
  const ids = sql.join(
    unitIds.map((id) => sql`${id}`),
    sql`, `,
  );
  return queryRows<{ unit_id: number; full_name: string; position: string; email: string | null }>(
    db,
    sql`SELECT CASE WHEN us.unit_id IN (${ids}) THEN us.unit_id
                    WHEN uu.level = 'organization' AND uu.parent_id IN (${ids}) THEN uu.parent_id
                    ELSE o.parent_id END AS unit_id,
               us.full_name, us.position, us.email
          FROM users us JOIN units uu ON uu.id = us.unit_id LEFT JOIN units o ON o.id = us.organization_id
         WHERE us.is_active AND us.position IS NOT NULL AND us.position <> ''
           AND (us.unit_id IN (${ids}) OR (uu.level = 'organization' AND uu.parent_id IN (${ids}))
                OR o.parent_id IN (${ids}))`,
  );
}
