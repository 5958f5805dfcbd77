import { and, desc, eq, ne, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import {
  attendance,
  conferencePoints,
  conferencePointUnits,
  delegateGroups,
  delegates,
} from '../../../db/schema/conferences';
import { units } from '../../../db/schema/units';
import { queryRows, type Db } from '../../../platform/database';
import type { BridgePoint } from '../../../../contracts/conferences';

export async function unitFullName(db: Db, unitId: number): Promise<string | null> {
  const [row] = await db.select({ fullName: units.fullName }).from(units).where(eq(units.id, unitId));
  return row?.fullName ?? null;
}

export interface PointRow {
  id: number;
  position: number;
  name: string;
  is_main: boolean;
  unit_id: number | null;
  unit_name: string | null;
  room: string | null;
  contact_name: string | null;
  contact_phone: string | null;
  test_status: BridgePoint['testStatus'];
  tested_at: Date | null;
  test_note: string | null;
  units: { unitId: number | null; name: string }[];
  delegates: number;
  present: number;
}

/** The points of a conference in order, with the units attending at each and their delegates and arrivals. */
export async function selectPoints(db: Db, conferenceId: number, only?: number): Promise<PointRow[]> {
  const joined = alias(units, 'x');
  const rows = await db
    .select({
      id: conferencePoints.id,
      position: conferencePoints.position,
      name: conferencePoints.name,
      is_main: conferencePoints.isMain,
      unit_id: conferencePoints.unitId,
      unit_name: units.fullName,
      room: conferencePoints.room,
      contact_name: conferencePoints.contactName,
      contact_phone: conferencePoints.contactPhone,
      test_status: conferencePoints.testStatus,
      tested_at: conferencePoints.testedAt,
      test_note: conferencePoints.testNote,
      units: sql<PointRow['units']>`coalesce(
        (SELECT json_agg(json_build_object('unitId', ${conferencePointUnits.unitId},
                                           'name', coalesce(${joined.fullName}, ${conferencePointUnits.name}))
                         ORDER BY ${conferencePointUnits.id})
           FROM ${conferencePointUnits} LEFT JOIN ${units} ${joined} ON ${joined.id} = ${conferencePointUnits.unitId}
          WHERE ${conferencePointUnits.pointId} = ${conferencePoints.id}), '[]'::json)`,
      delegates: sql<number>`(SELECT count(*) FROM ${delegates} WHERE ${delegates.pointId} = ${conferencePoints.id})::int`,
      present: sql<number>`(SELECT count(*) FROM ${attendance}
                             WHERE ${attendance.pointId} = ${conferencePoints.id} AND ${attendance.status} = 'present')::int`,
    })
    .from(conferencePoints)
    .leftJoin(units, eq(units.id, conferencePoints.unitId))
    .where(
      and(eq(conferencePoints.conferenceId, conferenceId), only ? eq(conferencePoints.id, only) : undefined),
    )
    .orderBy(desc(conferencePoints.isMain), conferencePoints.position, conferencePoints.id);
  return rows as PointRow[];
}

export async function replacePointUnits(
  db: Db,
  pointId: number,
  units: { unitId: number | null; name: string }[],
): Promise<void> {
  await db.delete(conferencePointUnits).where(eq(conferencePointUnits.pointId, pointId));
  if (units.length > 0)
    await db
      .insert(conferencePointUnits)
      .values(units.map((u) => ({ pointId, unitId: u.unitId, name: u.name })));
}

/** Clears the main flag of the conference's points, but `except`. */
export async function clearMainPoint(db: Db, conferenceId: number, except?: number): Promise<void> {
  await db
    .update(conferencePoints)
    .set({ isMain: false })
    .where(
      except === undefined
        ? eq(conferencePoints.conferenceId, conferenceId)
        : and(eq(conferencePoints.conferenceId, conferenceId), ne(conferencePoints.id, except)),
    );
}

export async function nextPointPosition(db: Db, conferenceId: number): Promise<number> {
  const [{ next } = { next: 1 }] = await db
    .select({ next: sql<number>`coalesce(max(${conferencePoints.position}), 0)::int + 1` })
    .from(conferencePoints)
    .where(eq(conferencePoints.conferenceId, conferenceId));
  return next;
}

type PointInsert = typeof conferencePoints.$inferInsert;

/** `testedAt: 'now'` records a connection test at the database's time of the write. */
type PointStamp = { testedAt?: 'now' | null };
const stamp = ({ testedAt }: PointStamp) =>
  testedAt === undefined ? {} : { testedAt: testedAt === 'now' ? sql`now()` : null };

export async function insertPointRow(
  db: Db,
  values: Omit<PointInsert, 'testedAt'> & PointStamp,
): Promise<number> {
  const { testedAt, ...fields } = values;
  const [point] = await db
    .insert(conferencePoints)
    .values({ ...fields, ...stamp({ testedAt }) })
    .returning({ id: conferencePoints.id });
  return point!.id;
}

export type PointRecord = typeof conferencePoints.$inferSelect;

export async function findPointRecord(db: Db, id: number): Promise<PointRecord | undefined> {
  const [point] = await db.select().from(conferencePoints).where(eq(conferencePoints.id, id));
  return point;
}

export async function updatePointRow(
  db: Db,
  id: number,
  set: Omit<Partial<PointInsert>, 'testedAt'> & PointStamp,
): Promise<void> {
  const { testedAt, ...fields } = set;
  await db
    .update(conferencePoints)
    .set({ ...fields, ...stamp({ testedAt }) })
    .where(eq(conferencePoints.id, id));
}

export async function pointUsage(db: Db, id: number): Promise<{ delegates: number; attendance: number }> {
  const [used] = await queryRows<{ delegates: number; attendance: number }>(
    db,
    sql`SELECT (SELECT count(*) FROM ${delegates} WHERE ${delegates.pointId} = ${id})::int AS delegates,
               (SELECT count(*) FROM ${attendance} WHERE ${attendance.pointId} = ${id})::int AS attendance`,
  );
  return used!;
}

/** Deletes a point: its groups keep no point, its units go with it. */
export async function deletePointRow(db: Db, id: number): Promise<void> {
  await db.update(delegateGroups).set({ pointId: null }).where(eq(delegateGroups.pointId, id));
  await db.delete(conferencePointUnits).where(eq(conferencePointUnits.pointId, id));
  await db.delete(conferencePoints).where(eq(conferencePoints.id, id));
}
