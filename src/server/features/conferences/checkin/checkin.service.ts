import type { Db } from '../../../platform/database';
import { AppError, notFound } from '../../../platform/errors';
import type { CheckinBody, CheckinResult, CheckinSearchResult } from '../../../../contracts/conferences';
import { todayInVietnam } from '../../../../core/dates/vn-dates';
import { foldVietnamese } from '../../../../core/vn-text/fold';
import type { Actor } from '../../../platform/actor';
import { canEdit } from '../../../platform/scope';
import { checksInAt, editsConference } from '../conference/conference-access.service';
import {
  checkinConference,
  findCheckinPoint,
  forgetCheckinConference,
  type CheckinConference,
} from './checkin-cache.service';
import { readToken, verifyToken } from '../invitations/tokens.service';
import { writeCheckin } from './checkin-batch.repo';
import { presenceOf, searchDelegates, seatOfDelegate } from './checkin.repo';
import { checkinMessages as m } from './checkin.messages';

const DAY_MS = 86_400_000;

/** A refusal at a point: a viewer may never check in; an editor elsewhere is out of scope. */
export function checkinRefusal(actor: Actor): AppError {
  return new AppError(actor.role === 'viewer' ? 'FORBIDDEN' : 'OUT_OF_SCOPE', m.refused);
}

/**
 * The attendance time: when the phone scanned it, for a queue synced after a network loss, if that is in the past
 * and not before the conference day (Vietnam time; the last 24 hours when it has no date); otherwise now.
 */
export function attendanceTime(
  scannedAt: string | undefined,
  conferenceDate: string | null,
  now: Date,
): Date {
  if (!scannedAt) return now;
  const at = Date.parse(scannedAt);
  const earliest = conferenceDate ? Date.parse(`${conferenceDate}T00:00:00+07:00`) : now.getTime() - DAY_MS;
  return Number.isFinite(at) && at <= now.getTime() && at >= earliest ? new Date(at) : now;
}

/** PostgreSQL's foreign_key_violation, as the driver or drizzle (in `cause`) reports it. */
function isForeignKeyViolation(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 4; e = (e as { cause?: unknown }).cause, depth++)
    if ((e as { code?: unknown }).code === '23503') return true;
  return false;
}

/** A point deleted after this process cached its conference. */
const pointGone = (point: number) =>
  new AppError('VALIDATION_FAILED', m.pointGone, {
    point,
  });

/** The points of the conference an actor who is not its organiser checks in at; null for the organiser. */
function staffPoints(actor: Actor, conference: CheckinConference): number[] | null {
  if (editsConference(actor, conference)) return null;
  return [...conference.points].filter(([, p]) => canEdit(actor, p.unitPath)).map(([id]) => id);
}

/** The conference a check-in names: by the token's claims (its signature checked later) or by id. */
function checkinTarget(body: CheckinBody) {
  if (body.token) {
    const read = readToken(body.token);
    if (!read) throw new AppError('TOKEN_INVALID');
    return { conferenceId: read.conferenceId, delegateId: read.delegateId, token: body.token };
  }
  if (body.delegateId && body.conferenceId)
    return { conferenceId: body.conferenceId, delegateId: body.delegateId, token: null };
  throw new AppError('VALIDATION_FAILED', m.targetMissing);
}

/**
 * Marks a delegate present at a point, once: by the signed token of the QR code or personal link, or by the id staff
 * picked in the search. A second scan (here or at another point) answers 'already' with the first time and point.
 * The answer names the scanned delegate and nothing else.
 */
export async function checkInDelegate(
  db: Db,
  actor: Actor,
  body: CheckinBody,
  now: Date,
): Promise<CheckinResult> {
  const target = checkinTarget(body);
  const cached = await checkinConference(db, target.conferenceId);
  if (!cached) {
    if (target.token) throw new AppError('TOKEN_INVALID');
    throw notFound(m.conference, { id: target.conferenceId });
  }
  let version: number | null = null;
  if (target.token) {
    const check = verifyToken(target.token, cached.secret, todayInVietnam(now));
    if (!check.ok) throw new AppError(check.reason === 'expired' ? 'TOKEN_EXPIRED' : 'TOKEN_INVALID');
    version = check.claims.version;
  }
  const found = await findCheckinPoint(db, cached, body.point);
  if (!found)
    throw new AppError('VALIDATION_FAILED', m.pointNotDelegates, {
      point: body.point,
    });
  const { conference, point } = found;
  if (!checksInAt(actor, conference, point.unitPath)) throw checkinRefusal(actor);
  if (conference.status === 'ended') throw new AppError('CONFLICT', m.ended);
  if (conference.status === 'cancelled')
    throw new AppError('CONFLICT', m.cancelled, {
      reason: 'conference_cancelled',
    });

  const method = target.token ? 'qr' : 'search';
  // A QR code names its delegate; by id, point staff reach only the delegates of their points.
  const points = target.token ? null : staffPoints(actor, conference);
  if (points !== null) {
    const seat = await seatOfDelegate(db, conference.id, target.delegateId);
    if (!seat || seat.point_id === null || !points.includes(seat.point_id))
      throw notFound(m.delegate, { id: target.delegateId });
  }
  const row = await writeCheckin(db, {
    conference,
    delegateId: target.delegateId,
    version,
    pointId: body.point,
    method,
    at: attendanceTime(body.scannedAt, conference.date, now),
    actor,
  }).catch((error: unknown) => {
    // The point was deleted after this process cached it: a clear refusal, and the cache forgets the conference.
    if (!isForeignKeyViolation(error)) throw error;
    forgetCheckinConference(db, conference.id);
    throw pointGone(body.point);
  });
  if (!row) {
    if (target.token) throw new AppError('TOKEN_INVALID');
    throw notFound(m.delegate, { id: target.delegateId });
  }
  // Changed since this process cached the conference (on another server process, or a moment ago).
  if (row.conference_status === 'ended' || !row.point_exists) forgetCheckinConference(db, conference.id);
  if (row.conference_status === 'ended') throw new AppError('CONFLICT', m.ended);
  if (!row.point_exists) throw pointGone(body.point);
  if (version !== null && row.token_version !== version) throw new AppError('TOKEN_INVALID', m.tokenReplaced);
  const delegate = {
    id: row.id,
    name:
      row.rsvp === 'substitute' && row.substitute_name
        ? m.substitute(row.substitute_name, row.name)
        : row.name,
    position: row.rsvp === 'substitute' && row.substitute_name ? row.substitute_position : row.position,
    unitName: row.unit_name,
    groupTitle: row.group_title,
  };
  const answer = (result: CheckinResult['result'], at: Date, pointId: number | null) => ({
    result,
    delegate,
    at: at.toISOString(),
    pointId,
    pointName: pointId === null ? null : (conference.points.get(pointId)?.name ?? null),
  });
  if (row.checked_at !== null) return answer('checked_in', row.checked_at, row.checked_point);
  if (row.prior_status === 'present') return answer('already', row.prior_at!, row.prior_point);
  // Another scan of the same delegate committed while this statement waited: its row is newer than our snapshot.
  const first = await presenceOf(db, row.id);
  if (!first) throw new AppError('CONFLICT', m.raced);
  return answer('already', first.at, first.point_id);
}

// ---- search check-in ----

/**
 * Delegates whose name or unit holds every word of the query (marks and case ignored), for staff who check in at
 * this conference: the organiser searches all delegates, point staff those of the points they check in at.
 */
export async function searchCheckinDelegates(
  db: Db,
  actor: Actor,
  conferenceId: number,
  query: { q: string; point?: number },
): Promise<CheckinSearchResult> {
  let conference = await checkinConference(db, conferenceId);
  if (!conference) throw notFound(m.conference, { id: conferenceId });
  if (query.point !== undefined) {
    const found = await findCheckinPoint(db, conference, query.point);
    if (!found) throw new AppError('VALIDATION_FAILED', m.pointNotConference, { point: query.point });
    conference = found.conference;
    if (!checksInAt(actor, conference, found.point.unitPath)) throw checkinRefusal(actor);
  }
  const points = staffPoints(actor, conference);
  if (points !== null && points.length === 0) throw checkinRefusal(actor);
  const words = foldVietnamese(query.q).split(' ').filter(Boolean).slice(0, 6);
  if (words.length === 0) return { items: [] };
  const rows = await searchDelegates(db, conference.id, points, words);
  return {
    items: rows.map((r) => ({
      id: r.id,
      name: r.name,
      position: r.position,
      unitName: r.unit_name,
      groupTitle: r.group_title,
      present: r.present,
    })),
  };
}
