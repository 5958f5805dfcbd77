import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../../platform/database';
import { AppError, notFound } from '../../../platform/errors';
import type { Attendance } from '../../../../contracts/conferences';
import type { Actor } from '../../auth/actor';
import { canEdit } from '../../auth/scope';
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

export interface AttendanceRecord {
  status: 'present' | 'absent';
  at: string;
  pointId: number | null;
  reason: string | null;
}

interface AttendanceRow {
  status: 'present' | 'absent';
  at: Date | string;
  point_id: number | null;
  reason: string | null;
  method: string | null;
}

const toRecord = (row: AttendanceRow): AttendanceRecord => ({
  status: row.status,
  at: (row.at instanceof Date ? row.at : new Date(row.at)).toISOString(),
  pointId: row.point_id,
  reason: row.reason,
});

/** The delegate with its conference and the path of its point's host unit (null without a point). */
async function requireDelegate(db: Db, delegateId: number) {
  const [delegate] = await queryRows<{
    id: number;
    conference_id: number;
    point_id: number | null;
    point_path: string | null;
    name: string | null;
  }>(
    db,
    sql`SELECT d.id, d.conference_id, d.point_id, p.unit_path AS point_path, d.name
          FROM delegates d LEFT JOIN conference_points p ON p.id = d.point_id
         WHERE d.id = ${delegateId}`,
  );
  if (!delegate) throw notFound('đại biểu', { id: delegateId });
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
    const [row] = await queryRows<AttendanceRow>(
      tx,
      sql`INSERT INTO attendance AS a (delegate_id, conference_id, point_id, status, reason, method, at, by_user)
          VALUES (${delegate.id}, ${conference.id}, ${delegate.point_id}, 'absent', ${reason}, 'manual', now(),
                  ${actor.id})
          ON CONFLICT (delegate_id) DO UPDATE
             SET status = 'absent', reason = excluded.reason, method = 'manual', at = excluded.at,
                 by_user = excluded.by_user, point_id = excluded.point_id
           WHERE a.status <> 'present'
          RETURNING a.status, a.at, a.point_id, a.reason, a.method`,
    );
    if (!row)
      throw new AppError(
        'CONFLICT',
        'Đại biểu đã điểm danh có mặt nên không ghi vắng được. Nếu điểm danh nhầm, ban tổ chức hủy điểm danh trước.',
      );
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
    const [removed] = await queryRows<AttendanceRow>(
      tx,
      sql`DELETE FROM attendance WHERE delegate_id = ${delegate.id}
          RETURNING status, at, point_id, reason, method`,
    );
    if (!removed) throw notFound('điểm danh của đại biểu này', { delegateId });
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
  const points = await queryRows<{ unit_path: string }>(
    db,
    sql`SELECT unit_path FROM conference_points WHERE conference_id = ${conference.id}`,
  );
  if (!points.some((p) => canEdit(actor, p.unit_path))) throw new AppError('OUT_OF_SCOPE');
}

type Count = { expected: number; present: number; absent: number };
const zero = (): Count => ({ expected: 0, present: 0, absent: 0 });

/**
 * Attendance at a glance: expected (delegates who did not decline), present and absent, in total, per point and per
 * group. Expected counts go by the point a delegate is assigned to; presence by the point they were checked in at.
 * Two GROUP BY GROUPING SETS queries over the conference's indexes.
 */
export async function attendanceSummary(db: Db, actor: Actor, conferenceId: number): Promise<Attendance> {
  const conference = await requireConference(db, conferenceId);
  await assertReadsAttendance(db, actor, conference);
  const [expected, attended, points, groups] = await Promise.all([
    queryRows<{ point_id: number | null; group_id: number | null; by: string; n: number }>(
      db,
      sql`SELECT point_id, group_id,
                 CASE WHEN grouping(point_id) = 0 THEN 'point' WHEN grouping(group_id) = 0 THEN 'group'
                      ELSE 'total' END AS by,
                 count(*) FILTER (WHERE rsvp <> 'no')::int AS n
            FROM delegates WHERE conference_id = ${conferenceId}
           GROUP BY GROUPING SETS ((point_id), (group_id), ())`,
    ),
    queryRows<{
      point_id: number | null;
      group_id: number | null;
      by: string;
      present: number;
      absent: number;
    }>(
      db,
      sql`SELECT a.point_id, d.group_id,
                 CASE WHEN grouping(a.point_id) = 0 THEN 'point' WHEN grouping(d.group_id) = 0 THEN 'group'
                      ELSE 'total' END AS by,
                 count(*) FILTER (WHERE a.status = 'present')::int AS present,
                 count(*) FILTER (WHERE a.status = 'absent')::int AS absent
            FROM attendance a JOIN delegates d ON d.id = a.delegate_id
           WHERE a.conference_id = ${conferenceId}
           GROUP BY GROUPING SETS ((a.point_id), (d.group_id), ())`,
    ),
    queryRows<{ id: number; name: string }>(
      db,
      sql`SELECT id, name FROM conference_points WHERE conference_id = ${conferenceId} ORDER BY position, id`,
    ),
    queryRows<{ id: number; title: string }>(
      db,
      sql`SELECT id, title FROM delegate_groups WHERE conference_id = ${conferenceId} ORDER BY position, id`,
    ),
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
      name: pointId === null ? 'Chưa phân điểm cầu' : (pointNames.get(pointId) ?? `Điểm cầu ${pointId}`),
      ...count,
    })),
    byGroup: [...byGroup].map(([groupId, count]) => ({
      groupId,
      title: groupId === null ? 'Chưa phân thành phần' : (groupTitles.get(groupId) ?? `Nhóm ${groupId}`),
      ...count,
    })),
    updatedAt: new Date().toISOString(),
  };
}
