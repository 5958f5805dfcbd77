import type { Db } from '../../../platform/database';
import { AppError, notFound } from '../../../platform/errors';
import type { BridgePoint, BridgePointInput } from '../../../../contracts/conferences';
import type { Actor } from '../../../platform/actor';
import {
  assertChangesConference,
  auditConference,
  requireConference,
  type ConferenceRow,
} from '../conference/conference-access.service';
import { UnitRefs, type UnitRef } from '../conference/unit-refs.service';
import { forgetCheckinConference } from '../checkin/checkin-cache.service';
import {
  clearMainPoint,
  deletePointRow,
  findPointRecord,
  insertPointRow,
  nextPointPosition,
  pointUsage,
  replacePointUnits,
  selectPoints,
  unitFullName,
  updatePointRow,
} from './points.repo';
import { pointsMessages as m } from './points.messages';

/** The area whose names a conference resolves: the host's area, as for plans. */
export async function conferenceUnitRefs(
  db: Db,
  conference: Pick<ConferenceRow, 'areaUnitId' | 'areaPath'>,
  today: string,
) {
  return UnitRefs.forArea(
    db,
    {
      unitId: conference.areaUnitId,
      path: conference.areaPath,
      name: (await unitFullName(db, conference.areaUnitId)) ?? '',
    },
    today,
  );
}

/** The points of a conference in order, with the units attending at each and their delegates and arrivals. */
export async function listPoints(db: Db, conferenceId: number, only?: number): Promise<BridgePoint[]> {
  const rows = await selectPoints(db, conferenceId, only);
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
    testedAt: r.tested_at?.toISOString() ?? null,
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
  const seen = new Set<string>(host?.unitId ? [`id:${host.unitId}`] : []);
  const rows = units.filter((u) => {
    const k = u.unitId ? `id:${u.unitId}` : `name:${u.name.toLowerCase()}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  await replacePointUnits(tx, pointId, rows);
}

/** Inserts a point at the end of the conference's list; a new main point takes over from the old one. */
export async function insertPoint(
  tx: Db,
  conference: Pick<ConferenceRow, 'id' | 'areaPath'>,
  values: PointValues,
): Promise<number> {
  if (values.isMain) await clearMainPoint(tx, conference.id);
  const pointId = await insertPointRow(tx, {
    conferenceId: conference.id,
    position: await nextPointPosition(tx, conference.id),
    name: values.name,
    isMain: values.isMain,
    unitId: values.host?.unitId ?? null,
    unitPath: values.host?.path ?? conference.areaPath,
    room: values.room ?? null,
    contactName: values.contactName ?? null,
    contactPhone: values.contactPhone ?? null,
    testStatus: values.testStatus ?? 'untested',
    testedAt: values.testStatus && values.testStatus !== 'untested' ? 'now' : null,
    testNote: values.testNote ?? null,
  });
  await writePointUnits(tx, pointId, values.host, values.units);
  return pointId;
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
  today: string,
): Promise<BridgePoint> {
  const conference = await requireConference(db, conferenceId);
  assertChangesConference(actor, conference);
  const refs = await conferenceUnitRefs(db, conference, today);
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
  const point = await findPointRecord(db, id);
  if (!point) throw notFound(m.pointNoun, { id });
  return { point, conference: await requireConference(db, point.conferenceId) };
}

export async function updatePoint(
  db: Db,
  actor: Actor,
  id: number,
  input: Partial<BridgePointInput>,
  today: string,
): Promise<BridgePoint> {
  const { point, conference } = await requirePoint(db, id);
  assertChangesConference(actor, conference);
  if (input.isMain === false && point.isMain) throw new AppError('CONFLICT', m.needsMain);
  const refs = await conferenceUnitRefs(db, conference, today);
  const host =
    input.unit === undefined ? undefined : input.unit === null ? null : await refs.resolve(db, input.unit);
  const units = input.units === undefined ? undefined : await resolveAll(db, refs, input.units);
  await db.transaction(async (tx) => {
    if (input.isMain && !point.isMain) await clearMainPoint(tx, conference.id, id);
    await updatePointRow(tx, id, {
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
        ? { testStatus: input.testStatus, testedAt: input.testStatus === 'untested' ? null : 'now' }
        : {}),
    });
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
  if (point.isMain) throw new AppError('CONFLICT', m.mainNoDelete, { pointId: id });
  const used = await pointUsage(db, id);
  if (used.delegates > 0 || used.attendance > 0)
    throw new AppError('CONFLICT', m.pointInUse(point.name, used.delegates, used.attendance), used);
  await db.transaction(async (tx) => {
    await deletePointRow(tx, id);
    await auditConference(tx, actor, conference, 'conference.point.delete', {
      entityType: 'conference_point',
      entityId: id,
      before: { name: point.name, unitId: point.unitId },
    });
  });
  forgetCheckinConference(db, conference.id);
}
