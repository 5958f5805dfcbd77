import type { RsvpAnyView, RsvpBody, RsvpUnitView, RsvpView } from '../../../../contracts/conferences';
import { qrPng } from '../../../../core/documents/qr';
import type { Db } from '../../../platform/database';
import { AppError } from '../../../platform/errors';
import { recordAudit } from '../../audit/audit.service';
import { findConference, type ConferenceRow } from '../conference/conference-access.service';
import { seatToken } from './unit-invitations.service';
import { seatsOfUnit } from './invitations.repo';
import { rsvpDelegate, rsvpFacts, recordRsvpAnswer, type RsvpRow } from './rsvp.repo';
import { readToken, readUnitToken, verifyToken, verifyUnitToken } from './tokens.service';
import { rsvpMessages as m } from './invitations.messages';

/** A cancelled conference's links answer this, whatever they name (delegate or unit), before anything else. */
export const conferenceCancelled = () =>
  new AppError('CONFLICT', m.conferenceCancelled, {
    reason: 'conference_cancelled',
  });

/**
 * The delegate a personal link names. The token's conference gives the secret that checks it; the delegate must
 * belong to that conference and carry the token's version (a raised version revokes the printed one: re-issued or
 * cancelled invitations). Forged, malformed or revoked: 400 TOKEN_INVALID; expired: 410 TOKEN_EXPIRED; a cancelled
 * conference: 409 "Hội nghị đã hủy". Nothing is written either way.
 */
async function delegateOfToken(db: Db, token: string, today: string) {
  const read = readToken(token);
  const conference = read ? await findConference(db, read.conferenceId) : null;
  if (!read || !conference) throw new AppError('TOKEN_INVALID');
  const check = verifyToken(token, conference.secret, today);
  if (!check.ok) throw new AppError(check.reason === 'expired' ? 'TOKEN_EXPIRED' : 'TOKEN_INVALID');
  if (conference.status === 'cancelled') throw conferenceCancelled();
  const row = await rsvpDelegate(db, conference.id, check.claims.delegateId);
  if (!row) throw new AppError('TOKEN_INVALID');
  if (row.token_version !== check.claims.version) throw new AppError('TOKEN_INVALID', m.tokenReplaced);
  return { conference, delegate: row };
}

/** Answers are taken until the conference ends (its status, or its day has passed). */
const isOpen = (conference: ConferenceRow, today: string) =>
  conference.status !== 'ended' && (conference.date === null || conference.date >= today);

function conferenceFacts(
  conference: ConferenceRow,
  d: Pick<RsvpRow, 'date_raw' | 'sessions' | 'venue' | 'host_name'>,
): RsvpView['conference'] {
  return {
    title: conference.title,
    date: conference.date,
    dateRaw: d.date_raw,
    sessions: d.sessions,
    venue: d.venue,
    hostName: d.host_name,
  };
}

function view(conference: ConferenceRow, d: RsvpRow, today: string): RsvpView {
  return {
    conference: conferenceFacts(conference, d),
    delegate: { name: d.name, position: d.position, unitName: d.unit_name, pointName: d.point_name },
    rsvp: d.rsvp,
    substituteName: d.substitute_name,
    substitutePosition: d.substitute_position,
    open: isOpen(conference, today),
  };
}

/**
 * What a unit's link shows (giấy mời per unit): the conference and the unit's seats, each with its answer and its own
 * personal token, so the unit opens each seat's page to answer and show that person's QR code. The unit token is
 * checked as a delegate token is; a unit with no seats left is TOKEN_INVALID.
 */
async function unitView(db: Db, token: string, today: string): Promise<RsvpUnitView> {
  const read = readUnitToken(token);
  const conference = read ? await findConference(db, read.conferenceId) : null;
  if (!read || !conference) throw new AppError('TOKEN_INVALID');
  const check = verifyUnitToken(token, conference.secret, today);
  if (!check.ok) throw new AppError(check.reason === 'expired' ? 'TOKEN_EXPIRED' : 'TOKEN_INVALID');
  if (conference.status === 'cancelled') throw conferenceCancelled();
  const seats = await seatsOfUnit(db, conference.id, check.claims.unit);
  if (seats.length === 0) throw new AppError('TOKEN_INVALID');
  const facts = await rsvpFacts(db, conference.id);
  return {
    kind: 'unit',
    conference: conferenceFacts(conference, facts!),
    unitName: seats[0]!.unit_name ?? '',
    seats: seats.map((s) => ({
      name: s.name,
      position: s.position,
      pointName: s.point_name,
      rsvp: s.rsvp,
      substituteName: s.substitute_name,
      token: seatToken(conference, s, today),
    })),
    open: isOpen(conference, today),
  };
}

/** What the personal link shows: this delegate and the conference, nothing about anyone else; or a unit's seats. */
export async function getRsvp(db: Db, token: string, today: string): Promise<RsvpAnyView> {
  if (readUnitToken(token)) return unitView(db, token, today);
  const { conference, delegate } = await delegateOfToken(db, token, today);
  return view(conference, delegate, today);
}

/** Records the delegate's answer (sẽ tham dự, không tham dự, cử người đi thay), audited with no actor. */
export async function answerRsvp(
  db: Db,
  token: string,
  body: RsvpBody,
  ip: string | null,
  today: string,
): Promise<RsvpView> {
  if (readUnitToken(token)) throw new AppError('VALIDATION_FAILED', m.unitToken, { path: 'token' });
  const { conference, delegate } = await delegateOfToken(db, token, today);
  if (!isOpen(conference, today)) throw new AppError('CONFLICT', m.closed);
  const isSubstitute = body.answer === 'substitute';
  const after = {
    rsvp: body.answer,
    substituteName: isSubstitute ? body.substituteName!.trim() : null,
    substitutePosition: isSubstitute ? body.substitutePosition?.trim() || null : null,
  };
  await db.transaction(async (tx) => {
    await recordRsvpAnswer(tx, delegate.id, after);
    await recordAudit(tx, null, {
      action: 'delegate.rsvp',
      entityType: 'delegate',
      entityId: delegate.id,
      unit: { id: conference.unitId, path: conference.unitPath },
      before: {
        rsvp: delegate.rsvp,
        substituteName: delegate.substitute_name,
        substitutePosition: delegate.substitute_position,
      },
      after: { ...after, via: 'personal_link', ip },
    });
  });
  return view(
    conference,
    {
      ...delegate,
      ...{
        rsvp: after.rsvp,
        substitute_name: after.substituteName,
        substitute_position: after.substitutePosition,
      },
    },
    today,
  );
}

/** The delegate's QR code to show on a phone at the door: the personal link, large. */
export async function rsvpQrPng(db: Db, token: string, baseUrl: string, today: string) {
  await delegateOfToken(db, token, today);
  return qrPng(`${baseUrl}/moi/${token}`, { scale: 8 });
}
