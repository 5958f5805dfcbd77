import { and, eq, inArray, ne, sql, type SQL } from 'drizzle-orm';
import {
  attendance,
  awardees,
  conferencePoints,
  delegateGroups,
  delegates,
} from '../../../db/schema/conferences';
import { units } from '../../../db/schema/units';
import { instant, instantOrNull, type Db } from '../../../platform/database';
import { foldedSql } from '../../../platform/fold-sql';
import type { Delegate } from '../../../../contracts/conferences';

const iso = (value: Date | null) => instantOrNull(value)?.toISOString() ?? null;

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
  invited_at: Date | null;
  emailed_at: Date | null;
  a_status: 'present' | 'absent' | null;
  a_at: Date | null;
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
    ? { status: r.a_status, at: instant(r.a_at!).toISOString(), pointId: r.a_point_id, reason: r.a_reason }
    : null,
});

/** What a delegate list is narrowed by: a folded search over name, unit and position, a group, a point, an answer. */
export interface DelegateFilter {
  folded?: string;
  group?: number | undefined;
  point?: number | undefined;
  rsvp?: string | undefined;
  id?: number;
}

/** The delegate's unit as written, else the unit's name (the query joins `units` on the delegate's unit). */
const unitNameOf = sql<string | null>`coalesce(${delegates.unitName}, ${units.fullName})`;

function filterSql(filter: DelegateFilter): SQL {
  const where: SQL[] = [];
  if (filter.folded) {
    const like = `%${filter.folded}%`;
    where.push(
      sql`(${foldedSql(sql`${delegates.name}`)} LIKE ${like} OR ${foldedSql(unitNameOf)} LIKE ${like}
           OR ${foldedSql(sql`${delegates.position}`)} LIKE ${like})`,
    );
  }
  if (filter.group) where.push(eq(delegates.groupId, filter.group));
  if (filter.point) where.push(eq(delegates.pointId, filter.point));
  if (filter.rsvp) where.push(eq(delegates.rsvp, filter.rsvp));
  if (filter.id !== undefined) where.push(eq(delegates.id, filter.id));
  return where.length ? sql.join(where, sql` AND `) : sql`TRUE`;
}

/**
 * Delegates of a conference matching `filter`, in group order then as added, with their attendance.
 * `page` null returns them all.
 */
export async function selectDelegates(
  db: Db,
  conferenceId: number,
  filter: DelegateFilter = {},
  page: { limit: number; offset: number } | null = null,
): Promise<{ items: Delegate[]; total: number }> {
  const where = filterSql(filter);
  const query = db
    .select({
      id: delegates.id,
      name: delegates.name,
      position: delegates.position,
      unit_id: delegates.unitId,
      unit_name: unitNameOf,
      phone: delegates.phone,
      email: delegates.email,
      group_id: delegates.groupId,
      point_id: delegates.pointId,
      seat: delegates.seat,
      source: delegates.source,
      rsvp: delegates.rsvp,
      substitute_name: delegates.substituteName,
      substitute_position: delegates.substitutePosition,
      invited_at: delegates.invitedAt,
      emailed_at: delegates.emailedAt,
      a_status: attendance.status,
      a_at: attendance.at,
      a_point_id: attendance.pointId,
      a_reason: attendance.reason,
      total: sql<number>`count(*) OVER ()::int`,
    })
    .from(delegates)
    .leftJoin(units, eq(units.id, delegates.unitId))
    .leftJoin(delegateGroups, eq(delegateGroups.id, delegates.groupId))
    .leftJoin(attendance, eq(attendance.delegateId, delegates.id))
    .where(and(eq(delegates.conferenceId, conferenceId), sql`(${where})`))
    .orderBy(sql`${delegateGroups.position} NULLS LAST`, delegateGroups.id, delegates.id)
    .$dynamic();
  const rows = (page ? await query.limit(page.limit).offset(page.offset) : await query) as DelegateRow[];
  return { items: rows.map(toDelegate), total: rows[0]?.total ?? 0 };
}

export async function getDelegateById(db: Db, conferenceId: number, id: number): Promise<Delegate> {
  const { items } = await selectDelegates(db, conferenceId, { id });
  return items[0]!;
}

/** The conference a delegate belongs to, with what deleting or editing it needs to know. */
export async function findDelegateRow(db: Db, id: number) {
  const [row] = await db
    .select({
      id: delegates.id,
      conference_id: delegates.conferenceId,
      name: delegates.name,
      position: delegates.position,
      unit_id: delegates.unitId,
      unit_name: delegates.unitName,
      phone: delegates.phone,
      email: delegates.email,
      group_id: delegates.groupId,
      point_id: delegates.pointId,
      seat: delegates.seat,
      invited_at: delegates.invitedAt,
      attendance: attendance.status,
    })
    .from(delegates)
    .leftJoin(attendance, eq(attendance.delegateId, delegates.id))
    .where(eq(delegates.id, id));
  return row ?? null;
}

/** The group, if it is one of this conference's. */
export async function groupOfConference(
  db: Db,
  conferenceId: number,
  groupId: number,
): Promise<{ id: number; pointId: number | null } | undefined> {
  const [g] = await db
    .select({ id: delegateGroups.id, pointId: delegateGroups.pointId })
    .from(delegateGroups)
    .where(and(eq(delegateGroups.id, groupId), eq(delegateGroups.conferenceId, conferenceId)));
  return g;
}

/** The point, if it is one of this conference's. */
export async function pointOfConference(
  db: Db,
  conferenceId: number,
  pointId: number,
): Promise<{ id: number } | undefined> {
  const [p] = await db
    .select({ id: conferencePoints.id })
    .from(conferencePoints)
    .where(and(eq(conferencePoints.id, pointId), eq(conferencePoints.conferenceId, conferenceId)));
  return p;
}

/** The delegate of this conference that holds a dedupe key (but `exceptId`). */
export async function findByDedupeKey(db: Db, conferenceId: number, key: string, exceptId?: number) {
  const [existing] = await db
    .select({
      id: delegates.id,
      name: delegates.name,
      position: delegates.position,
      unit_name: unitNameOf,
    })
    .from(delegates)
    .leftJoin(units, eq(units.id, delegates.unitId))
    .where(
      and(
        eq(delegates.conferenceId, conferenceId),
        eq(delegates.dedupeKey, key),
        exceptId ? ne(delegates.id, exceptId) : undefined,
      ),
    );
  return existing ?? null;
}

type DelegateInsert = typeof delegates.$inferInsert;

/** Inserts delegates, skipping those whose dedupe key is taken; answers the ones inserted. */
export async function insertDelegates(
  db: Db,
  values: DelegateInsert[],
): Promise<{ id: number; name: string | null; dedupeKey: string }[]> {
  return db
    .insert(delegates)
    .values(values)
    .onConflictDoNothing()
    .returning({ id: delegates.id, name: delegates.name, dedupeKey: delegates.dedupeKey });
}

export async function updateDelegateRow(db: Db, id: number, set: Partial<DelegateInsert>): Promise<void> {
  await db.update(delegates).set(set).where(eq(delegates.id, id));
}

/** Deletes delegates with what points at them (an absence record; an awardee keeps its row, unlinked). */
export async function deleteDelegateRows(db: Db, ids: number[]): Promise<void> {
  await db.delete(attendance).where(inArray(attendance.delegateId, ids));
  await db.update(awardees).set({ delegateId: null }).where(inArray(awardees.delegateId, ids));
  await db.delete(delegates).where(inArray(delegates.id, ids));
}

/** A unit by id, or by code (the current one first). */
export async function unitByIdOrCode(
  db: Db,
  ref: number | string,
): Promise<{ id: number; full_name: string } | undefined> {
  const columns = { id: units.id, full_name: units.fullName };
  const [unit] =
    typeof ref === 'number'
      ? await db.select(columns).from(units).where(eq(units.id, ref))
      : await db
          .select(columns)
          .from(units)
          .where(eq(units.code, ref))
          .orderBy(sql`${units.validTo} IS NULL DESC`, sql`${units.validFrom} DESC NULLS LAST`)
          .limit(1);
  return unit;
}

/** The conference's groups and points, as an imported sheet names them. */
export async function groupsAndPointsForImport(db: Db, conferenceId: number) {
  const groups = await db
    .select({ id: delegateGroups.id, title: delegateGroups.title, point_id: delegateGroups.pointId })
    .from(delegateGroups)
    .where(eq(delegateGroups.conferenceId, conferenceId));
  const points = await db
    .select({ id: conferencePoints.id, name: conferencePoints.name, unit_name: units.fullName })
    .from(conferencePoints)
    .leftJoin(units, eq(units.id, conferencePoints.unitId))
    .where(eq(conferencePoints.conferenceId, conferenceId));
  return { groups, points };
}

/** The conference's groups and points in order, as a template or a seating plan lists them. */
export async function groupsAndPointsInOrder(db: Db, conferenceId: number) {
  const groups = await db
    .select({ id: delegateGroups.id, title: delegateGroups.title })
    .from(delegateGroups)
    .where(eq(delegateGroups.conferenceId, conferenceId))
    .orderBy(delegateGroups.position, delegateGroups.id);
  const points = await db
    .select({ id: conferencePoints.id, name: conferencePoints.name })
    .from(conferencePoints)
    .where(eq(conferencePoints.conferenceId, conferenceId))
    .orderBy(conferencePoints.position, conferencePoints.id);
  return { groups, points };
}

export async function dedupeLabels(
  db: Db,
  conferenceId: number,
): Promise<{ dedupe_key: string; label: string }[]> {
  return db
    .select({
      dedupe_key: delegates.dedupeKey,
      label: sql<string>`coalesce(${delegates.name}, ${delegates.position}, '')`,
    })
    .from(delegates)
    .where(eq(delegates.conferenceId, conferenceId));
}
