import type { Db } from '../../../platform/database';
import { AppError, notFound } from '../../../platform/errors';
import type { Attendance } from '../../../../contracts/conferences';
import type { Actor } from '../../../platform/actor';
import { canEdit } from '../../../platform/scope';
import {
  assertChangesConference,
  assertNotCancelled,
  auditConference,
  checksInAt,
  editsConference,
  requireConference,
  viewsConference,
  type ConferenceRow,
} from '../conference/conference-access.service';
import { checkinRefusal } from './checkin.service';
import {
  attendedCounts,
  deleteAttendance,
  delegateWithPoint,
  expectedCounts,
  groupTitlesInOrder,
  pointNamesInOrder,
  pointPaths,
  upsertAbsence,
  type AttendanceRow,
} from './checkin.repo';
import { attendanceMessages as m } from './checkin.messages';

export interface AttendanceRecord {
  status: 'present' | 'absent';
  at: string;
  pointId: number | null;
  reason: string | null;
}

const toRecord = (row: AttendanceRow): AttendanceRecord => ({
  status: row.status,
  at: row.at.toISOString(),
  pointId: row.point_id,
  reason: row.reason,
});

/** The delegate with its conference and the path of its point's host unit (null without a point). */
async function requireDelegate(db: Db, delegateId: number) {
  const delegate = await delegateWithPoint(db, delegateId);
  if (!delegate) throw notFound(m.delegate, { id: delegateId });
  const conference = await requireConference(db, delegate.conference_id);
  return { delegate, conference };
}

/**
 * Vắng mặt có lý do: the organiser, or the staff of the delegate's point, records why a delegate is absent. An
 * absence never overwrites a presence (409); a second absence replaces the reason.
 */
export async function recordAbsence(
  db: Db,
  actor: Actor,
  delegateId: number,
  reason: string,
): Promise<AttendanceRecord> {
  const { delegate, conference } = await requireDelegate(db, delegateId);
  const allowed =
    delegate.point_path === null
      ? editsConference(actor, conference)
      : checksInAt(actor, conference, delegate.point_path);
  if (!allowed) throw checkinRefusal(actor);
  assertNotCancelled(conference);
  return db.transaction(async (tx) => {
    const row = await upsertAbsence(tx, {
      delegateId: delegate.id,
      conferenceId: conference.id,
      pointId: delegate.point_id,
      reason,
      byUser: actor.id,
    });
    if (!row) throw new AppError('CONFLICT', m.alreadyPresent);
    await auditConference(tx, actor, conference, 'conference.absence', {
      entityType: 'delegate',
      entityId: delegate.id,
      after: { conferenceId: conference.id, status: 'absent', reason },
    });
    return toRecord(row);
  });
}

/** Hủy điểm danh: the organiser removes a mistaken check-in (or absence); the delegate is again not checked in. */
export async function undoAttendance(db: Db, actor: Actor, delegateId: number): Promise<void> {
  const { delegate, conference } = await requireDelegate(db, delegateId);
  assertChangesConference(actor, conference);
  await db.transaction(async (tx) => {
    const removed = await deleteAttendance(tx, delegate.id);
    if (!removed) throw notFound(m.attendanceOfDelegate, { delegateId });
    await auditConference(tx, actor, conference, 'conference.attendance_undo', {
      entityType: 'delegate',
      entityId: delegate.id,
      before: { conferenceId: conference.id, ...toRecord(removed), method: removed.method },
    });
  });
}

/** Who may read the counts: readers of the conference, and staff who check in at one of its points. */
async function assertReadsAttendance(db: Db, actor: Actor, conference: ConferenceRow): Promise<void> {
  if (viewsConference(actor, conference)) return;
  const points = await pointPaths(db, conference.id);
  if (!points.some((path) => canEdit(actor, path))) throw new AppError('OUT_OF_SCOPE');
}

type Count = { expected: number; present: number; absent: number };
const zero = (): Count => ({ expected: 0, present: 0, absent: 0 });

/**
 * Attendance at a glance: expected (delegates who did not decline), present and absent, in total, per point and per
 * group. Expected counts go by the point a delegate is assigned to; presence by the point they were checked in at.
 * Two GROUP BY GROUPING SETS queries over the conference's indexes.
 */
export async function attendanceSummary(
  db: Db,
  actor: Actor,
  conferenceId: number,
  now: Date,
): Promise<Attendance> {
  const conference = await requireConference(db, conferenceId);
  await assertReadsAttendance(db, actor, conference);
  const [expected, attended, points, groups] = await Promise.all([
    expectedCounts(db, conferenceId),
    attendedCounts(db, conferenceId),
    pointNamesInOrder(db, conferenceId),
    groupTitlesInOrder(db, conferenceId),
  ]);
  const total = zero();
  const byPoint = new Map<number | null, Count>(points.map((p) => [p.id, zero()]));
  const byGroup = new Map<number | null, Count>(groups.map((g) => [g.id, zero()]));
  const slot = (by: string, pointId: number | null, groupId: number | null): Count => {
    if (by === 'total') return total;
    const map = by === 'point' ? byPoint : byGroup;
    const key = by === 'point' ? pointId : groupId;
    if (!map.has(key)) map.set(key, zero());
    return map.get(key)!;
  };
  for (const r of expected) slot(r.by, r.point_id, r.group_id).expected += r.n;
  for (const r of attended) {
    const count = slot(r.by, r.point_id, r.group_id);
    count.present += r.present;
    count.absent += r.absent;
  }
  const pointNames = new Map(points.map((p) => [p.id, p.name]));
  const groupTitles = new Map(groups.map((g) => [g.id, g.title]));
  return {
    conferenceId,
    total,
    byPoint: [...byPoint].map(([pointId, count]) => ({
      pointId,
      name: pointId === null ? m.noPoint : (pointNames.get(pointId) ?? m.point(pointId)),
      ...count,
    })),
    byGroup: [...byGroup].map(([groupId, count]) => ({
      groupId,
      title: groupId === null ? m.noGroup : (groupTitles.get(groupId) ?? m.group(groupId)),
      ...count,
    })),
    updatedAt: now.toISOString(),
  };
}
