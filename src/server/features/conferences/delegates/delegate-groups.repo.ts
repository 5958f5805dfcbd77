import { and, eq, gte, inArray, isNotNull, isNull, like, lte, ne, or, sql } from 'drizzle-orm';
import { alias, type AnyPgColumn } from 'drizzle-orm/pg-core';
import {
  attendance,
  conferencePoints,
  conferencePointUnits,
  delegateGroups,
  delegates,
} from '../../../db/schema/conferences';
import { units } from '../../../db/schema/units';
import { users } from '../../../db/schema/accounts';
import type { Db } from '../../../platform/database';
import { countWhere } from '../../../platform/count-where';
import type { DelegateGroup } from '../../../../contracts/conferences';

/** The groups of a conference (or some of them) with their delegate and presence counts. */
export async function selectGroups(db: Db, conferenceId: number, ids?: number[]): Promise<DelegateGroup[]> {
  const rows = await db
    .select({
      id: delegateGroups.id,
      position: delegateGroups.position,
      title: delegateGroups.title,
      level: delegateGroups.level,
      rule: delegateGroups.rule,
      quota: delegateGroups.quota,
      expected: delegateGroups.expected,
      pointId: delegateGroups.pointId,
      delegates: countWhere(delegates, eq(delegates.groupId, delegateGroups.id)),
      present: countWhere(
        delegates,
        and(eq(delegates.groupId, delegateGroups.id), eq(attendance.status, 'present')),
        { table: attendance, on: eq(attendance.delegateId, delegates.id) },
      ),
    })
    .from(delegateGroups)
    .where(
      and(eq(delegateGroups.conferenceId, conferenceId), ids ? inArray(delegateGroups.id, ids) : undefined),
    )
    .orderBy(delegateGroups.position, delegateGroups.id);
  return rows as DelegateGroup[];
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
  if (where.ids && where.ids.length === 0) return [];
  return db
    .select({
      id: units.id,
      code: units.code,
      level: units.level,
      type: units.type,
      name: units.name,
      full_name: units.fullName,
      short_name: units.shortName,
      path: units.path,
      parent_id: units.parentId,
    })
    .from(units)
    .where(
      and(
        or(isNull(units.validFrom), lte(units.validFrom, day)),
        or(isNull(units.validTo), gte(units.validTo, day)),
        where.under ? like(units.path, where.under + '%') : undefined,
        where.levels ? inArray(units.level, where.levels) : undefined,
        where.ids ? inArray(units.id, where.ids) : undefined,
      ),
    )
    .orderBy(units.path);
}

/** Each unit that has a bridge point of this conference: its own, or the one it joins. */
export async function pointOfUnits(db: Db, conferenceId: number): Promise<Map<number, number>> {
  const rows = (await db
    .select({ unit_id: conferencePoints.unitId, point_id: conferencePoints.id })
    .from(conferencePoints)
    .where(and(eq(conferencePoints.conferenceId, conferenceId), isNotNull(conferencePoints.unitId)))
    .unionAll(
      db
        .select({ unit_id: conferencePointUnits.unitId, point_id: conferencePointUnits.pointId })
        .from(conferencePointUnits)
        .innerJoin(conferencePoints, eq(conferencePoints.id, conferencePointUnits.pointId))
        .where(and(eq(conferencePoints.conferenceId, conferenceId), isNotNull(conferencePointUnits.unitId))),
    )) as { unit_id: number; point_id: number }[];
  const map = new Map<number, number>();
  // A unit attached to another's point is listed second and wins over its own main-point hosting.
  for (const r of rows) map.set(r.unit_id, r.point_id);
  return map;
}

/** Active accounts with a post, working in one of these units (directly, or in one of its bodies). */
export async function accountsWithPosts(db: Db, unitIds: number[]) {
  if (unitIds.length === 0) return [];
  const unitOf = alias(units, 'uu');
  const organization = alias(units, 'o');
  const inUnits = (column: AnyPgColumn) => inArray(column, unitIds);
  const rows = await db
    .select({
      unit_id: sql<number>`CASE WHEN ${inUnits(users.unitId)} THEN ${users.unitId}
                    WHEN ${unitOf.level} = 'organization' AND ${inUnits(unitOf.parentId)} THEN ${unitOf.parentId}
                    ELSE ${organization.parentId} END`,
      full_name: users.fullName,
      position: users.position,
      email: users.email,
    })
    .from(users)
    .innerJoin(unitOf, eq(unitOf.id, users.unitId))
    .leftJoin(organization, eq(organization.id, users.organizationId))
    .where(
      and(
        sql`${users.isActive}`,
        isNotNull(users.position),
        ne(users.position, ''),
        or(
          inUnits(users.unitId),
          and(eq(unitOf.level, 'organization'), inUnits(unitOf.parentId)),
          inUnits(organization.parentId),
        ),
      ),
    );
  return rows as { unit_id: number; full_name: string; position: string; email: string | null }[];
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
