import { sql, type Column } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { auditLog } from '../../../db/schema/audit';
import {
  attendance,
  conferencePoints,
  conferences,
  delegateGroups,
  delegates,
} from '../../../db/schema/conferences';
import { units } from '../../../db/schema/units';
import { instantOrNull, queryRows, type Db } from '../../../platform/database';
import type { Actor } from '../../../platform/actor';

/** One scan to write: the delegate, at a point of a conference, by a staff member. */
export interface CheckinWrite {
  conference: { id: number; unitId: number; unitPath: string };
  delegateId: number;
  /** The token's version (a QR scan), or null (search check-in). */
  version: number | null;
  pointId: number;
  method: 'qr' | 'search';
  at: Date;
  actor: Actor;
}

type Delegate = typeof delegates.$inferSelect;
type Attendance = typeof attendance.$inferSelect;

/** What the statement answers for one scan; null when the delegate is not one of the conference's. */
export interface CheckinRow {
  id: Delegate['id'];
  token_version: Delegate['tokenVersion'];
  name: Delegate['name'];
  position: Delegate['position'];
  rsvp: Delegate['rsvp'];
  substitute_name: Delegate['substituteName'];
  substitute_position: Delegate['substitutePosition'];
  unit_name: string | null;
  group_title: (typeof delegateGroups.$inferSelect)['title'] | null;
  checked_at: Date | null;
  checked_point: Attendance['pointId'];
  prior_status: Attendance['status'] | null;
  prior_at: Date | null;
  prior_point: Attendance['pointId'];
  /** The conference's status and whether the point is still one of its points, as the statement saw them. */
  conference_status: (typeof conferences.$inferSelect)['status'];
  point_exists: boolean;
}

/** A column's bare name, for an INSERT's column list, a conflict target or the left side of a SET. */
const name = (column: Column) => sql.identifier(column.name);
const names = (...columns: Column[]) => sql.join(columns.map(name), sql`, `);
/** `column = excluded.column`, for each column. */
const fromExcluded = (...columns: Column[]) =>
  sql.join(
    columns.map((c) => sql`${name(c)} = excluded.${name(c)}`),
    sql`, `,
  );

/** The attendance row upserted (`a`), as it was before (`before`, read in the audit row) and as the scan found it. */
const a = alias(attendance, 'a');
const before = alias(attendance, 'b');
const prior = alias(attendance, 'prior');

/**
 * The check-in of a set of scans as ONE statement: the delegates, the attendance upsert (an absence recorded earlier
 * becomes present; a present row is left alone) and an audit row for each row it wrote, in the same statement.
 * `prior` is the row as it was when the statement began, for the 'already' answer. The delegates must be distinct
 * (an upsert may not touch a row twice). The conference's status and the point are read here too, not from the
 * caller's few-second cache: a conference ended or a point deleted on another server process writes nothing.
 * Tables and columns come from the schema; the CTEs' own columns (`x`, `d`, `up`) are named here.
 */
function checkinStatement(writes: CheckinWrite[]) {
  const rows = writes.map((w, i) => ({
    i,
    delegate_id: w.delegateId,
    version: w.version,
    conference_id: w.conference.id,
    unit_id: w.conference.unitId,
    unit_path: w.conference.unitPath,
    point_id: w.pointId,
    method: w.method,
    at: w.at.toISOString(),
    user_id: w.actor.id,
    username: w.actor.username,
    ip: w.actor.ip,
  }));
  return sql`
    WITH x AS (
      SELECT * FROM json_to_recordset(${JSON.stringify(rows)}::json) AS x(
        i int, delegate_id int, version int, conference_id int, unit_id int, unit_path text, point_id int,
        method text, at timestamptz, user_id int, username text, ip text)
    ), d AS (
      SELECT x.*, ${delegates.tokenVersion} AS token_version, ${delegates.name} AS name,
             ${delegates.position} AS position, ${delegates.rsvp} AS rsvp,
             ${delegates.substituteName} AS substitute_name, ${delegates.substitutePosition} AS substitute_position,
             coalesce(${delegates.unitName}, ${units.fullName}) AS unit_name, ${delegateGroups.title} AS group_title,
             ${conferences.status} AS conference_status, ${conferencePoints.id} IS NOT NULL AS point_exists
        FROM x
        JOIN ${delegates} ON ${delegates.id} = x.delegate_id AND ${delegates.conferenceId} = x.conference_id
        JOIN ${conferences} ON ${conferences.id} = x.conference_id
        LEFT JOIN ${conferencePoints}
          ON ${conferencePoints.id} = x.point_id AND ${conferencePoints.conferenceId} = x.conference_id
        LEFT JOIN ${units} ON ${units.id} = ${delegates.unitId}
        LEFT JOIN ${delegateGroups} ON ${delegateGroups.id} = ${delegates.groupId}
    ), up AS (
      INSERT INTO ${attendance} AS ${a} (${names(
        attendance.delegateId,
        attendance.conferenceId,
        attendance.pointId,
        attendance.status,
        attendance.reason,
        attendance.method,
        attendance.at,
        attendance.byUser,
      )})
      SELECT d.delegate_id, d.conference_id, d.point_id, 'present', NULL, d.method, d.at, d.user_id
        FROM d
       WHERE (d.version IS NULL OR d.token_version = d.version)
         AND d.conference_status <> 'ended' AND d.point_exists
      ON CONFLICT (${name(attendance.delegateId)}) DO UPDATE
         SET ${name(attendance.status)} = 'present', ${name(attendance.reason)} = NULL,
             ${fromExcluded(attendance.pointId, attendance.method, attendance.at, attendance.byUser)}
       WHERE ${a.status} <> 'present'
      RETURNING ${a.delegateId} AS delegate_id, ${a.at} AS at, ${a.pointId} AS point_id
    ), audit AS (
      INSERT INTO ${auditLog} (${names(
        auditLog.actorId,
        auditLog.actorUsername,
        auditLog.action,
        auditLog.entityType,
        auditLog.entityId,
        auditLog.unitId,
        auditLog.unitPath,
        auditLog.before,
        auditLog.after,
        auditLog.ip,
      )})
      SELECT d.user_id, d.username, 'conference.checkin', 'delegate', up.delegate_id::text, d.unit_id, d.unit_path,
             (SELECT jsonb_build_object('status', ${before.status}, 'reason', ${before.reason})
                FROM ${attendance} ${before} WHERE ${before.delegateId} = up.delegate_id),
             jsonb_build_object('conferenceId', d.conference_id, 'status', 'present', 'pointId', up.point_id,
                                'method', d.method, 'at', up.at),
             d.ip
        FROM up JOIN d ON d.delegate_id = up.delegate_id
    )
    SELECT d.i, d.delegate_id AS id, d.token_version, d.name, d.position, d.rsvp, d.substitute_name,
           d.substitute_position, d.unit_name, d.group_title, up.at AS checked_at, up.point_id AS checked_point,
           ${prior.status} AS prior_status, ${prior.at} AS prior_at, ${prior.pointId} AS prior_point,
           d.conference_status, d.point_exists
      FROM d
      LEFT JOIN up ON up.delegate_id = d.delegate_id
      LEFT JOIN ${attendance} ${prior} ON ${prior.delegateId} = d.delegate_id`;
}

async function writeAll(db: Db, writes: CheckinWrite[]): Promise<(CheckinRow | null)[]> {
  const rows = await queryRows<
    Omit<CheckinRow, 'checked_at' | 'prior_at'> & {
      checked_at: string | null;
      prior_at: string | null;
      i: number;
    }
  >(db, checkinStatement(writes));
  const answers: (CheckinRow | null)[] = writes.map(() => null);
  for (const { i, ...row } of rows)
    answers[i] = { ...row, checked_at: instantOrNull(row.checked_at), prior_at: instantOrNull(row.prior_at) };
  return answers;
}

/**
 * Scans that arrive while a check-in statement runs are written together by the next one: at a queue of a hundred
 * phones a statement's fixed cost (a round trip, planning, a commit; on PGlite a call into WebAssembly) is paid per
 * group rather than per scan. A lone scan is written at once. Each scan is still in exactly one statement with its
 * audit row; a failed group is retried scan by scan so that one bad scan does not fail the others.
 */
interface Pending {
  write: CheckinWrite;
  resolve: (row: CheckinRow | null) => void;
  reject: (error: unknown) => void;
}
interface Queue {
  pending: Pending[];
  inFlight: number;
  maxInFlight: number;
  scheduled: boolean;
}
const MAX_BATCH = 250;
const queues = new WeakMap<Db, Queue>();

function queueOf(db: Db): Queue {
  let queue = queues.get(db);
  if (!queue) {
    // PGlite runs one statement at a time; on PostgreSQL a few statements run side by side on the pool.
    const client = (db as unknown as { $client?: { constructor?: { name?: string } } }).$client;
    const maxInFlight = client?.constructor?.name === 'PGlite' ? 1 : 4;
    queues.set(db, (queue = { pending: [], inFlight: 0, maxInFlight, scheduled: false }));
  }
  return queue;
}

function flush(db: Db, queue: Queue): void {
  while (queue.inFlight < queue.maxInFlight && queue.pending.length > 0) {
    // Distinct delegates per statement; a repeated one waits for the next, which then sees its row.
    const batch: Pending[] = [];
    const later: Pending[] = [];
    const seen = new Set<number>();
    for (const item of queue.pending) {
      if (batch.length < MAX_BATCH && !seen.has(item.write.delegateId)) {
        seen.add(item.write.delegateId);
        batch.push(item);
      } else later.push(item);
    }
    queue.pending = later;
    queue.inFlight++;
    void run(db, batch).finally(() => {
      queue.inFlight--;
      schedule(db, queue);
    });
  }
}

/**
 * Flushes after the requests read in this turn of the event loop have reached the queue (setImmediate runs after
 * I/O): PGlite blocks the loop while a statement runs, so the scans that came meanwhile are all read in one turn.
 */
function schedule(db: Db, queue: Queue): void {
  if (queue.scheduled) return;
  queue.scheduled = true;
  setImmediate(() => {
    queue.scheduled = false;
    flush(db, queue);
  });
}

async function run(db: Db, batch: Pending[]): Promise<void> {
  try {
    const rows = await writeAll(
      db,
      batch.map((p) => p.write),
    );
    batch.forEach((p, i) => p.resolve(rows[i]!));
  } catch (error) {
    if (batch.length === 1) return batch[0]!.reject(error);
    for (const p of batch)
      await writeAll(db, [p.write]).then(
        ([row]) => p.resolve(row!),
        (e: unknown) => p.reject(e),
      );
  }
}

/** Writes one scan (grouped with those arriving at the same time); null when the delegate is not the conference's. */
export function writeCheckin(db: Db, write: CheckinWrite): Promise<CheckinRow | null> {
  const queue = queueOf(db);
  return new Promise((resolve, reject) => {
    queue.pending.push({ write, resolve, reject });
    schedule(db, queue);
  });
}
