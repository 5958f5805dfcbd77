import type { z } from 'zod';
import type { Db } from '../../../platform/database';
import { AppError, notFound } from '../../../platform/errors';
import type { Delegate, DelegateInput, DelegateListQuery } from '../../../../contracts/conferences';
import { delegateKey } from '../../../../core/conferences/delegate-keys';
import { foldVietnamese } from '../../../../core/vn-text/fold';
import type { Actor } from '../../../platform/actor';
import {
  assertChangesConference,
  assertViewsConference,
  auditConference,
  requireConference,
} from '../conference/conference-access.service';
import {
  deleteDelegateRows,
  findByDedupeKey,
  findDelegateRow,
  getDelegateById,
  groupOfConference,
  insertDelegates,
  pointOfConference,
  selectDelegates,
  updateDelegateRow,
} from './delegates.repo';
import { resolveUnitRef } from './delegate-units.service';
import { delegatesMessages as m } from './delegates.messages';

type ListQuery = z.infer<typeof DelegateListQuery>;

/** GET /api/conferences/:id/delegates: filtered by a folded search, group, point or answer, a page at a time. */
export async function listDelegates(db: Db, actor: Actor, conferenceId: number, query: ListQuery) {
  const conference = await requireConference(db, conferenceId);
  assertViewsConference(actor, conference);
  return selectDelegates(
    db,
    conferenceId,
    { folded: foldVietnamese(query.q ?? ''), group: query.group, point: query.point, rsvp: query.rsvp },
    { limit: query.limit, offset: query.offset },
  );
}

/** A group or a point named in a request must be one of this conference's. */
export async function assertOwnGroupAndPoint(
  db: Db,
  conferenceId: number,
  ids: { groupId?: number | null | undefined; pointId?: number | null | undefined },
): Promise<void> {
  if (ids.groupId) {
    const g = await groupOfConference(db, conferenceId, ids.groupId);
    if (!g)
      throw new AppError('VALIDATION_FAILED', m.groupNotOfConference, [
        { path: 'groupId', message: m.noSuchGroup },
      ]);
  }
  if (ids.pointId) {
    const p = await pointOfConference(db, conferenceId, ids.pointId);
    if (!p)
      throw new AppError('VALIDATION_FAILED', m.pointNotOfConference, [
        { path: 'pointId', message: m.noSuchPoint },
      ]);
  }
}

const describeDelegate = (d: { name: string | null; position: string | null; unit_name?: string | null }) =>
  [d.name ?? d.position ?? m.unnamedSeat, d.name ? d.position : null, d.unit_name].filter(Boolean).join(', ');

/** The delegate of this conference that already holds a dedupe key, as a 409 naming it. */
export async function duplicateError(db: Db, conferenceId: number, key: string, exceptId?: number) {
  const existing = await findByDedupeKey(db, conferenceId, key, exceptId);
  if (!existing) return null;
  return new AppError('CONFLICT', m.alreadyListed(describeDelegate(existing)), {
    delegateId: existing.id,
    name: existing.name,
  });
}

const clean = (text: string | null | undefined) => {
  const t = (text ?? '').normalize('NFC').replace(/\s+/g, ' ').trim();
  return t === '' ? null : t;
};

/** POST /api/conferences/:id/delegates: one delegate typed by the organiser; a duplicate is a 409 naming who. */
export async function addDelegate(
  db: Db,
  actor: Actor,
  conferenceId: number,
  body: DelegateInput,
  today: string,
): Promise<Delegate> {
  const conference = await requireConference(db, conferenceId);
  assertChangesConference(actor, conference);
  await assertOwnGroupAndPoint(db, conferenceId, body);
  const unit = await resolveUnitRef(db, conference, body.unit, today);
  const values = {
    name: clean(body.name),
    position: clean(body.position),
    unitId: unit.unitId,
    unitName: unit.unitName,
    phone: clean(body.phone),
    email: clean(body.email)?.toLowerCase() ?? null,
    groupId: body.groupId ?? null,
    pointId: body.pointId ?? (await defaultPoint(db, conferenceId, body.groupId)),
    seat: clean(body.seat),
  };
  if (!values.name && !values.position)
    throw new AppError('VALIDATION_FAILED', m.nameOrPosition, [{ path: 'name', message: m.missingName }]);
  const dedupeKey = delegateKey(values);
  const conflict = await duplicateError(db, conferenceId, dedupeKey);
  if (conflict) throw conflict;
  const id = await db.transaction(async (tx) => {
    const [row] = await insertDelegates(tx, [{ conferenceId, ...values, source: 'manual', dedupeKey }]);
    if (!row) throw (await duplicateError(tx, conferenceId, dedupeKey)) ?? new AppError('CONFLICT');
    await auditConference(tx, actor, conference, 'delegate.add', {
      entityType: 'delegate',
      entityId: row.id,
      after: values,
    });
    return row.id;
  });
  return getDelegateById(db, conferenceId, id);
}

/** A delegate of a group without its own point sits at the group's point. */
async function defaultPoint(db: Db, conferenceId: number, groupId: number | null | undefined) {
  if (!groupId) return null;
  const g = await groupOfConference(db, conferenceId, groupId);
  return g?.pointId ?? null;
}

async function delegateContext(db: Db, actor: Actor, id: number) {
  const row = await findDelegateRow(db, id);
  if (!row) throw notFound(m.delegateNoun, { id });
  const conference = await requireConference(db, row.conference_id);
  assertChangesConference(actor, conference);
  return { row, conference };
}

/** PATCH /api/delegates/:id: names a seat, corrects details, moves the delegate to another group or point. */
export async function updateDelegate(
  db: Db,
  actor: Actor,
  id: number,
  body: Partial<DelegateInput>,
  today: string,
): Promise<Delegate> {
  const { row, conference } = await delegateContext(db, actor, id);
  await assertOwnGroupAndPoint(db, conference.id, body);
  const unit =
    body.unit === undefined
      ? { unitId: row.unit_id, unitName: row.unit_name }
      : await resolveUnitRef(db, conference, body.unit, today);
  const pick = <T>(value: T | undefined, current: T) => (value === undefined ? current : value);
  const values = {
    name: body.name === undefined ? row.name : clean(body.name),
    position: body.position === undefined ? row.position : clean(body.position),
    unitId: unit.unitId,
    unitName: unit.unitName,
    phone: body.phone === undefined ? row.phone : clean(body.phone),
    email: body.email === undefined ? row.email : (clean(body.email)?.toLowerCase() ?? null),
    groupId: pick(body.groupId, row.group_id),
    pointId: pick(body.pointId, row.point_id),
    seat: body.seat === undefined ? row.seat : clean(body.seat),
  };
  if (!values.name && !values.position)
    throw new AppError('VALIDATION_FAILED', m.nameOrPosition, [{ path: 'name', message: m.missingName }]);
  const dedupeKey = delegateKey(values);
  const conflict = await duplicateError(db, conference.id, dedupeKey, id);
  if (conflict) throw conflict;
  await db.transaction(async (tx) => {
    await updateDelegateRow(tx, id, { ...values, dedupeKey });
    await auditConference(tx, actor, conference, 'delegate.update', {
      entityType: 'delegate',
      entityId: id,
      before: row,
      after: values,
    });
  });
  return getDelegateById(db, conference.id, id);
}

/** DELETE /api/delegates/:id: refused once the delegate was checked in (attendance is the record). */
export async function deleteDelegate(db: Db, actor: Actor, id: number): Promise<void> {
  const { row, conference } = await delegateContext(db, actor, id);
  if (row.attendance === 'present')
    throw new AppError('CONFLICT', m.checkedInNoDelete(row.name ?? row.position ?? m.delegateWord), {
      delegateId: id,
    });
  await db.transaction(async (tx) => {
    await removeDelegates(tx, [id]);
    await auditConference(tx, actor, conference, 'delegate.delete', {
      entityType: 'delegate',
      entityId: id,
      before: row,
    });
  });
}

/** Deletes delegates with what points at them (an absence record; an awardee keeps its row, unlinked). */
export async function removeDelegates(tx: Db, ids: number[]): Promise<void> {
  if (ids.length === 0) return;
  await deleteDelegateRows(tx, ids);
}
