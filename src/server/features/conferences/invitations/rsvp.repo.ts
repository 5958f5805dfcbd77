import { and, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { conferencePoints, conferences, delegates } from '../../../db/schema/conferences';
import { units } from '../../../db/schema/units';
import type { Db } from '../../../platform/database';
import type { ConferenceSession, Rsvp } from '../../../../contracts/conferences';

/** What a delegate's personal link reads and writes (the public RSVP page). */

export interface RsvpRow {
  id: number;
  token_version: number;
  name: string | null;
  position: string | null;
  unit_name: string | null;
  point_name: string | null;
  rsvp: Rsvp;
  substitute_name: string | null;
  substitute_position: string | null;
  date_raw: string | null;
  sessions: ConferenceSession[];
  venue: string | null;
  host_name: string;
}

/** The conference's host unit. */
const host = alias(units, 'h');

/** What the page shows of the conference. */
const factsColumns = {
  date_raw: conferences.dateRaw,
  sessions: conferences.sessions,
  venue: conferences.venue,
  host_name: host.fullName,
};

/** The delegate a personal link names, with what its page shows of the conference. */
export async function rsvpDelegate(
  db: Db,
  conferenceId: number,
  delegateId: number,
): Promise<RsvpRow | undefined> {
  const [row] = await db
    .select({
      id: delegates.id,
      token_version: delegates.tokenVersion,
      name: delegates.name,
      position: delegates.position,
      unit_name: sql<string | null>`coalesce(${delegates.unitName}, ${units.fullName})`,
      point_name: conferencePoints.name,
      rsvp: delegates.rsvp,
      substitute_name: delegates.substituteName,
      substitute_position: delegates.substitutePosition,
      ...factsColumns,
    })
    .from(delegates)
    .innerJoin(conferences, eq(conferences.id, delegates.conferenceId))
    .innerJoin(host, eq(host.id, conferences.unitId))
    .leftJoin(units, eq(units.id, delegates.unitId))
    .leftJoin(conferencePoints, eq(conferencePoints.id, delegates.pointId))
    .where(and(eq(delegates.id, delegateId), eq(delegates.conferenceId, conferenceId)));
  return row as RsvpRow | undefined;
}

export async function rsvpFacts(
  db: Db,
  conferenceId: number,
): Promise<Pick<RsvpRow, 'date_raw' | 'sessions' | 'venue' | 'host_name'> | undefined> {
  const [facts] = await db
    .select(factsColumns)
    .from(conferences)
    .innerJoin(host, eq(host.id, conferences.unitId))
    .where(eq(conferences.id, conferenceId));
  return facts as Pick<RsvpRow, 'date_raw' | 'sessions' | 'venue' | 'host_name'> | undefined;
}

/** The delegate's answer, stamped with the database's time of the write. */
export async function recordRsvpAnswer(
  db: Db,
  delegateId: number,
  answer: { rsvp: string; substituteName: string | null; substitutePosition: string | null },
): Promise<void> {
  await db
    .update(delegates)
    .set({
      rsvp: answer.rsvp,
      substituteName: answer.substituteName,
      substitutePosition: answer.substitutePosition,
      rsvpAt: sql`now()`,
    })
    .where(eq(delegates.id, delegateId));
}
