import type { Db } from '../../../platform/database';
import { AppError, notFound } from '../../../platform/errors';
import type { DelegateGroup, DelegateGroupInput, ExpandGroupResult } from '../../../../contracts/conferences';
import { namedLevel, parseRule, villagePost } from '../../../../core/conferences/composition-rules';
import { delegateKey, postKey, seatKey } from '../../../../core/conferences/delegate-keys';
import type { Actor } from '../../../platform/actor';
import {
  assertChangesConference,
  auditConference,
  requireConference,
} from '../conference/conference-access.service';
import {
  accountsWithPosts,
  conferenceSeats,
  deleteGroupRow,
  findGroupRecord,
  groupMembers,
  insertGroupLast,
  pointOfUnits,
  selectGroups,
  setExpectedToCount,
  unitsAt,
  updateGroupRow,
  type AreaUnit,
} from './delegate-groups.repo';
import { insertDelegates } from './delegates.repo';
import { assertOwnGroupAndPoint, removeDelegates } from './delegates.service';
import { delegatesMessages as m } from './delegates.messages';

async function groupContext(db: Db, actor: Actor, id: number) {
  const group = await findGroupRecord(db, id);
  if (!group) throw notFound(m.groupNoun, { id });
  const conference = await requireConference(db, group.conferenceId);
  assertChangesConference(actor, conference);
  return { group, conference };
}

const nullable = <T>(value: T | null | undefined) => (value === undefined ? null : value);

/** The delegate groups of a conference with their counts of delegates and of those present. */
export function listGroups(db: Db, conferenceId: number): Promise<DelegateGroup[]> {
  return selectGroups(db, conferenceId);
}

/** POST /api/conferences/:id/groups: a thành phần (by level, with its composition rule), placed last. */
export async function createGroup(
  db: Db,
  actor: Actor,
  conferenceId: number,
  body: DelegateGroupInput,
): Promise<DelegateGroup> {
  const conference = await requireConference(db, conferenceId);
  assertChangesConference(actor, conference);
  await assertOwnGroupAndPoint(db, conferenceId, { pointId: body.pointId });
  const id = await db.transaction(async (tx) => {
    const group = await insertGroupLast(tx, {
      conferenceId,
      title: body.title,
      level: nullable(body.level),
      rule: nullable(body.rule),
      quota: nullable(body.quota),
      expected: nullable(body.expected),
      pointId: nullable(body.pointId),
    });
    await auditConference(tx, actor, conference, 'delegate_group.create', {
      entityType: 'delegate_group',
      entityId: group.id,
      after: group,
    });
    return group.id;
  });
  return (await selectGroups(db, conferenceId, [id]))[0]!;
}

/** PATCH /api/groups/:id. */
export async function updateGroup(
  db: Db,
  actor: Actor,
  id: number,
  body: Partial<DelegateGroupInput>,
): Promise<DelegateGroup> {
  const { group, conference } = await groupContext(db, actor, id);
  await assertOwnGroupAndPoint(db, conference.id, { pointId: body.pointId });
  const change = Object.fromEntries(Object.entries(body).filter(([, v]) => v !== undefined));
  await db.transaction(async (tx) => {
    if (Object.keys(change).length > 0) await updateGroupRow(tx, id, change);
    await auditConference(tx, actor, conference, 'delegate_group.update', {
      entityType: 'delegate_group',
      entityId: id,
      before: group,
      after: change,
    });
  });
  return (await selectGroups(db, conference.id, [id]))[0]!;
}

/**
 * DELETE /api/groups/:id: with its seats and delegates, unless one of them was already invited or checked in
 * (the giấy mời and the attendance are records the group cannot take back).
 */
export async function deleteGroup(db: Db, actor: Actor, id: number): Promise<void> {
  const { group, conference } = await groupContext(db, actor, id);
  const members = await groupMembers(db, id);
  const held = members.filter((m) => m.invited || m.present).length;
  if (held > 0)
    throw new AppError('CONFLICT', m.groupHeld(group.title, held), { groupId: id, delegates: held });
  await db.transaction(async (tx) => {
    await removeDelegates(
      tx,
      members.map((m) => m.id),
    );
    await deleteGroupRow(tx, id);
    await auditConference(tx, actor, conference, 'delegate_group.delete', {
      entityType: 'delegate_group',
      entityId: id,
      before: { ...group, delegates: members.length },
    });
  });
}

interface Seat {
  name: string | null;
  position: string;
  unit: AreaUnit | null;
  email: string | null;
}

/**
 * POST /api/groups/:id/expand: the group's rule made into seats. A line naming a collective ("Chủ tịch UBND các xã,
 * thị trấn") gives one seat per post per unit of that level in the conference's area, as the units stood on the
 * conference's date; any other line gives one seat. A seat is named when exactly one active account of its unit
 * holds its post. Seats already there (named since or not) are not made again.
 */
export async function expandGroup(
  db: Db,
  actor: Actor,
  id: number,
  today: string,
): Promise<ExpandGroupResult> {
  const { group, conference } = await groupContext(db, actor, id);
  const lines = parseRule(group.rule ?? '');
  if (lines.length === 0)
    throw new AppError('VALIDATION_FAILED', m.groupNoRule, [{ path: 'rule', message: m.missingRule }]);
  const day = conference.date ?? today;
  const area = (await unitsAt(db, day, { under: conference.areaPath })).filter(
    (u) => u.id !== conference.areaUnitId,
  );
  const ancestors = await unitsAt(db, day, {
    ids: conference.areaPath.split('/').filter(Boolean).map(Number),
  });
  const seats: Seat[] = [];
  const skipped: string[] = [];
  for (const line of lines) {
    if (line.isOpenEnded) {
      skipped.push(m.openEnded(line.text));
      continue;
    }
    for (const { post, level } of line.posts) {
      if (!level) {
        const named = namedLevel(post);
        const unit = named ? (ancestors.filter((u) => u.level === named).at(-1) ?? null) : null;
        seats.push({ name: line.personName, position: post, unit, email: null });
        continue;
      }
      const members = area.filter((u) => u.level === level);
      if (members.length === 0) {
        skipped.push(m.noUnitsOfLevel(line.text, m.levelName[level]));
        continue;
      }
      for (const unit of members)
        seats.push({
          name: null,
          position: level === 'village' ? villagePost(post, unit.type) : post,
          unit,
          email: null,
        });
    }
  }
  await nameFromDirectory(db, seats);
  const existing = await conferenceSeats(db, conference.id);
  const taken = new Set(
    existing.filter((d) => d.position).map((d) => seatKey(d.position!, d.unit_id, d.unit_name)),
  );
  const points = await pointOfUnits(db, conference.id);
  const pointOf = (unit: AreaUnit | null) =>
    (unit &&
      (points.get(unit.id) ??
        (unit.level === 'village' && unit.parent_id ? points.get(unit.parent_id) : undefined))) ??
    group.pointId;
  const rows = seats
    .filter((s) => {
      const key = seatKey(s.position, s.unit?.id ?? null, s.unit?.full_name ?? null);
      if (taken.has(key)) return false;
      taken.add(key);
      return true;
    })
    .map((s) => {
      const values = {
        name: s.name,
        position: s.position,
        unitId: s.unit?.id ?? null,
        unitName: s.unit?.full_name ?? null,
        email: s.email,
      };
      return {
        ...values,
        conferenceId: conference.id,
        groupId: group.id,
        pointId: pointOf(s.unit),
        source: 'rule',
        dedupeKey: delegateKey(values),
      };
    });
  return db.transaction(async (tx) => {
    const created: { name: string | null }[] = [];
    for (let i = 0; i < rows.length; i += 500)
      created.push(...(await insertDelegates(tx, rows.slice(i, i + 500))));
    if (group.expected === null) {
      await setExpectedToCount(tx, group.id);
    }
    const result = { created: created.length, named: created.filter((c) => c.name).length, skipped };
    await auditConference(tx, actor, conference, 'delegate_group.expand', {
      entityType: 'delegate_group',
      entityId: group.id,
      after: result,
    });
    return result;
  });
}

/** Names each seat whose unit has exactly one active account holding that post (folded, abbreviations expanded). */
async function nameFromDirectory(db: Db, seats: Seat[]): Promise<void> {
  const unitIds = [...new Set(seats.filter((s) => s.unit && !s.name).map((s) => s.unit!.id))];
  const accounts = await accountsWithPosts(db, unitIds);
  const byPost = new Map<string, (typeof accounts)[number][]>();
  for (const a of accounts) {
    const key = `${a.unit_id}|${postKey(a.position)}`;
    byPost.set(key, [...(byPost.get(key) ?? []), a]);
  }
  for (const seat of seats) {
    if (seat.name || !seat.unit) continue;
    const holders = byPost.get(`${seat.unit.id}|${postKey(seat.position)}`) ?? [];
    if (holders.length === 1) {
      seat.name = holders[0]!.full_name;
      seat.email = holders[0]!.email;
    }
  }
}
