import { eq, sql, type SQL } from 'drizzle-orm';
import { attendance, delegateGroups, delegates } from '../../../db/schema/conferences';
import { queryRows, type Db } from '../../../platform/database';
import type { DelegateGroup } from '../../../../contracts/conferences';

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
 * The units valid on a day (the conference's date, today when it has none): before the 2025 reform a district's
 * conference counts the communes of that time. `under` is a path prefix; `levels` limits the levels.
 */
export async function unitsAt(
  db: Db,
  day: string,
  where: { under?: string; levels?: string[]; ids?: number[] },
): Promise<AreaUnit[]> {
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

export type GroupRecord = typeof delegateGroups.$inferSelect;

export async function findGroupRecord(db: Db, id: number): Promise<GroupRecord | undefined> {
  const [group] = await db.select().from(delegateGroups).where(eq(delegateGroups.id, id));
  return group;
}

/** Inserts a group after the conference's last one. */
export async function insertGroupLast(
  db: Db,
  values: Omit<typeof delegateGroups.$inferInsert, 'position'>,
): Promise<GroupRecord> {
  const [last] = await db
    .select({ position: sql<number>`coalesce(max(${delegateGroups.position}), 0)::int` })
    .from(delegateGroups)
    .where(eq(delegateGroups.conferenceId, values.conferenceId));
  const [group] = await db
    .insert(delegateGroups)
    .values({ ...values, position: (last?.position ?? 0) + 1 })
    .returning();
  return group!;
}

export async function updateGroupRow(
  db: Db,
  id: number,
  set: Partial<typeof delegateGroups.$inferInsert>,
): Promise<void> {
  await db.update(delegateGroups).set(set).where(eq(delegateGroups.id, id));
}

export async function deleteGroupRow(db: Db, id: number): Promise<void> {
  await db.delete(delegateGroups).where(eq(delegateGroups.id, id));
}

export async function groupMembers(
  db: Db,
  groupId: number,
): Promise<{ id: number; invited: boolean; present: boolean }[]> {
  return db
    .select({
      id: delegates.id,
      invited: sql<boolean>`${delegates.invitedAt} IS NOT NULL`,
      present: sql<boolean>`coalesce(${attendance.status} = 'present', false)`,
    })
    .from(delegates)
    .leftJoin(attendance, eq(attendance.delegateId, delegates.id))
    .where(eq(delegates.groupId, groupId));
}

export async function conferenceSeats(
  db: Db,
  conferenceId: number,
): Promise<{ position: string | null; unit_id: number | null; unit_name: string | null }[]> {
  return db
    .select({ position: delegates.position, unit_id: delegates.unitId, unit_name: delegates.unitName })
    .from(delegates)
    .where(eq(delegates.conferenceId, conferenceId));
}

/** Sets a group's expected number to the delegates it holds. */
export async function setExpectedToCount(db: Db, groupId: number): Promise<void> {
  const [count] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(delegates)
    .where(eq(delegates.groupId, groupId));
  await db.update(delegateGroups).set({ expected: count!.n }).where(eq(delegateGroups.id, groupId));
}
