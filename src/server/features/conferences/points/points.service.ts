import { and, eq, ne, sql } from 'drizzle-orm';
import { conferencePoints, conferencePointUnits, delegateGroups } from '../../../db/schema/conferences';
import { queryRows, type Db } from '../../../platform/database';
import { AppError, notFound } from '../../../platform/errors';
import type { BridgePoint, BridgePointInput } from '../../../../contracts/conferences';
import type { Actor } from '../../auth/actor';
import {
  assertChangesConference,
  auditConference,
  requireConference,
  type ConferenceRow,
} from '../conference/conference-access.service';
import { UnitRefs, type UnitRef } from '../conference/unit-refs.service';
import { forgetCheckinConference } from '../checkin/checkin-cache.service';

/** The area whose names a conference resolves: the host's area, as for plans. */
export async function conferenceUnitRefs(db: Db, conference: Pick<ConferenceRow, 'areaUnitId' | 'areaPath'>) {
  const [area] = await queryRows<{ full_name: string }>(
    db,
    sql`SELECT full_name FROM units WHERE id = ${conference.areaUnitId}`,
  );
  return UnitRefs.forArea(db, {
    unitId: conference.areaUnitId,
    path: conference.areaPath,
    name: area?.full_name ?? '',
  });
}

/** The points of a conference in order, with the units attending at each and their delegates and arrivals. */
export async function listPoints(db: Db, conferenceId: number, only?: number): Promise<BridgePoint[]> {
  const rows = await queryRows<{
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
    tested_at: Date | string | null;
    test_note: string | null;
    units: { unitId: number | null; name: string }[];
    delegates: number;
    present: number;
  }>(
    db,
    sql`SELECT p.id, p.position, p.name, p.is_main, p.unit_id, u.full_name AS unit_name, p.room, p.contact_name,
               p.contact_phone, p.test_status, p.tested_at, p.test_note,
               coalesce((SELECT json_agg(json_build_object('unitId', pu.unit_id, 'name', coalesce(x.full_name, pu.name))
                                         ORDER BY pu.id)
                           FROM conference_point_units pu LEFT JOIN units x ON x.id = pu.unit_id
                          WHERE pu.point_id = p.id), '[]'::json) AS units,
               (SELECT count(*) FROM delegates d WHERE d.point_id = p.id)::int AS delegates,
               (SELECT count(*) FROM attendance a WHERE a.point_id = p.id AND a.status = 'present')::int AS present
          FROM conference_points p LEFT JOIN units u ON u.id = p.unit_id
         WHERE p.conference_id = ${conferenceId} ${only ? sql`AND p.id = ${only}` : sql``}
         ORDER BY p.is_main DESC, p.position, p.id`,
  );
  return rows.map((r) => ({
    id: r.id,
    position: r.position,
    name: r.name,
    isMain: r.is_main,
    unitId: r.unit_id,
    unitName: r.unit_name,
    room: r.room,
    contactName: r.contact_name,
    contactPhone: r.contact_phone,
    testStatus: r.test_status,
    testedAt: r.tested_at === null ? null : new Date(r.tested_at).toISOString(),
    testNote: r.test_note,
    units: [...(r.unit_id !== null ? [{ unitId: r.unit_id, name: r.unit_name! }] : []), ...r.units],
    delegates: r.delegates,
    present: r.present,
  }));
}

export interface PointValues {
  name: string;
  isMain: boolean;
  host: UnitRef | null;
  room?: string | null | undefined;
  contactName?: string | null | undefined;
  contactPhone?: string | null | undefined;
  testStatus?: BridgePoint['testStatus'] | undefined;
  testNote?: string | null | undefined;
  units: UnitRef[];
}

/** Writes the units joining at a point (the host itself is not repeated). */
async function writePointUnits(tx: Db, pointId: number, host: UnitRef | null, units: UnitRef[]) {
  await tx.delete(conferencePointUnits).where(eq(conferencePointUnits.pointId, pointId));
  const seen = new Set<string>(host?.unitId ? [`id:${host.unitId}`] : []);
  const rows = units.filter((u) => {
    const k = u.unitId ? `id:${u.unitId}` : `name:${u.name.toLowerCase()}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  if (rows.length > 0)
    await tx
      .insert(conferencePointUnits)
      .values(rows.map((u) => ({ pointId, unitId: u.unitId, name: u.name })));
}

/** Inserts a point at the end of the conference's list; a new main point takes over from the old one. */
export async function insertPoint(
  tx: Db,
  conference: Pick<ConferenceRow, 'id' | 'areaPath'>,
  values: PointValues,
): Promise<number> {
  if (values.isMain)
    await tx
      .update(conferencePoints)
      .set({ isMain: false })
      .where(eq(conferencePoints.conferenceId, conference.id));
  const [{ next } = { next: 1 }] = await queryRows<{ next: number }>(
    tx,
    sql`SELECT coalesce(max(position), 0)::int + 1 AS next FROM conference_points WHERE conference_id = ${conference.id}`,
  );
  const [point] = await tx
    .insert(conferencePoints)
    .values({
      conferenceId: conference.id,
      position: next,
      name: values.name,
      isMain: values.isMain,
      unitId: values.host?.unitId ?? null,
      unitPath: values.host?.path ?? conference.areaPath,
      room: values.room ?? null,
      contactName: values.contactName ?? null,
      contactPhone: values.contactPhone ?? null,
      testStatus: values.testStatus ?? 'untested',
      testedAt: values.testStatus && values.testStatus !== 'untested' ? new Date() : null,
      testNote: values.testNote ?? null,
    })
    .returning({ id: conferencePoints.id });
  await writePointUnits(tx, point!.id, values.host, values.units);
  return point!.id;
}

async function resolveAll(db: Db, refs: UnitRefs, list: (number | string)[]) {
  const out: UnitRef[] = [];
  for (const ref of list) out.push(await refs.resolve(db, ref));
  return out;
}

export async function addPoint(
  db: Db,
  actor: Actor,
  conferenceId: number,
  input: BridgePointInput,
): Promise<BridgePoint> {
  const conference = await requireConference(db, conferenceId);
  assertChangesConference(actor, conference);
  const refs = await conferenceUnitRefs(db, conference);
  const host = input.unit ? await refs.resolve(db, input.unit) : null;
  const units = await resolveAll(db, refs, input.units);
  const id = await db.transaction(async (tx) => {
    const id = await insertPoint(tx, conference, { ...input, host, units });
    await auditConference(tx, actor, conference, 'conference.point.add', {
      entityType: 'conference_point',
      entityId: id,
      after: { name: input.name, unit: host?.name ?? null, units: units.map((u) => u.name) },
    });
    return id;
  });
  return (await listPoints(db, conferenceId, id))[0]!;
}

async function requirePoint(db: Db, id: number) {
  const [point] = await db.select().from(conferencePoints).where(eq(conferencePoints.id, id));
  if (!point) throw notFound('điểm cầu', { id });
  return { point, conference: await requireConference(db, point.conferenceId) };
}

export async function updatePoint(
  db: Db,
  actor: Actor,
  id: number,
  input: Partial<BridgePointInput>,
): Promise<BridgePoint> {
  const { point, conference } = await requirePoint(db, id);
  assertChangesConference(actor, conference);
  if (input.isMain === false && point.isMain)
    throw new AppError(
      'CONFLICT',
      'Hội nghị cần một điểm cầu chính: hãy đặt một điểm cầu khác làm điểm cầu chính trước.',
    );
  const refs = await conferenceUnitRefs(db, conference);
  const host =
    input.unit === undefined ? undefined : input.unit === null ? null : await refs.resolve(db, input.unit);
  const units = input.units === undefined ? undefined : await resolveAll(db, refs, input.units);
  await db.transaction(async (tx) => {
    if (input.isMain && !point.isMain)
      await tx
        .update(conferencePoints)
        .set({ isMain: false })
        .where(and(eq(conferencePoints.conferenceId, conference.id), ne(conferencePoints.id, id)));
    await tx
      .update(conferencePoints)
      .set({
        ...(input.name !== undefined ? { name: input.name } : {}),
        ...(input.isMain !== undefined ? { isMain: input.isMain } : {}),
        ...(host !== undefined
          ? { unitId: host?.unitId ?? null, unitPath: host?.path ?? conference.areaPath }
          : {}),
        ...(input.room !== undefined ? { room: input.room } : {}),
        ...(input.contactName !== undefined ? { contactName: input.contactName } : {}),
        ...(input.contactPhone !== undefined ? { contactPhone: input.contactPhone } : {}),
        ...(input.testNote !== undefined ? { testNote: input.testNote } : {}),
        // A connection test is recorded with its time; back to "untested" clears it.
        ...(input.testStatus !== undefined
          ? { testStatus: input.testStatus, testedAt: input.testStatus === 'untested' ? null : new Date() }
          : {}),
      })
      .where(eq(conferencePoints.id, id));
    if (units !== undefined) {
      const hostNow =
        host !== undefined ? host : point.unitId ? { unitId: point.unitId, path: null, name: '' } : null;
      await writePointUnits(tx, id, hostNow, units);
    }
    await auditConference(tx, actor, conference, 'conference.point.update', {
      entityType: 'conference_point',
      entityId: id,
      before: { name: point.name, testStatus: point.testStatus, unitId: point.unitId },
      after: input,
    });
  });
  forgetCheckinConference(db, conference.id);
  return (await listPoints(db, conference.id, id))[0]!;
}

export async function deletePoint(db: Db, actor: Actor, id: number): Promise<void> {
  const { point, conference } = await requirePoint(db, id);
  assertChangesConference(actor, conference);
  if (point.isMain)
    throw new AppError('CONFLICT', 'Không xóa được điểm cầu chính của hội nghị.', { pointId: id });
  const [used] = await queryRows<{ delegates: number; attendance: number }>(
    db,
    sql`SELECT (SELECT count(*) FROM delegates WHERE point_id = ${id})::int AS delegates,
               (SELECT count(*) FROM attendance WHERE point_id = ${id})::int AS attendance`,
  );
  if (used!.delegates > 0 || used!.attendance > 0)
    throw new AppError(
      'CONFLICT',
      `Không xóa được điểm cầu "${point.name}": đã có ${used!.delegates} đại biểu và ${used!.attendance} lượt điểm danh tại đây. Hãy chuyển đại biểu sang điểm cầu khác trước.`,
      used,
    );
  await db.transaction(async (tx) => {
    await tx.update(delegateGroups).set({ pointId: null }).where(eq(delegateGroups.pointId, id));
    await tx.delete(conferencePointUnits).where(eq(conferencePointUnits.pointId, id));
    await tx.delete(conferencePoints).where(eq(conferencePoints.id, id));
    await auditConference(tx, actor, conference, 'conference.point.delete', {
      entityType: 'conference_point',
      entityId: id,
      before: { name: point.name, unitId: point.unitId },
    });
  });
  forgetCheckinConference(db, conference.id);
}
