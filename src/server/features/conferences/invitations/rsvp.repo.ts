import { eq, sql } from 'drizzle-orm';
import { delegates } from '../../../db/schema/conferences';
import { queryRows, type Db } from '../../../platform/database';
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

/** The delegate a personal link names, with what its page shows of the conference. */
export async function rsvpDelegate(
  db: Db,
  conferenceId: number,
  delegateId: number,
): Promise<RsvpRow | undefined> {
  const [row] = await queryRows<RsvpRow>(
    db,
    sql`SELECT g.id, g.token_version, g.name, g.position, coalesce(g.unit_name, u.full_name) AS unit_name,
               p.name AS point_name, g.rsvp, g.substitute_name, g.substitute_position,
               c.date_raw, c.sessions, c.venue, h.full_name AS host_name
          FROM delegates g
          JOIN conferences c ON c.id = g.conference_id
          JOIN units h ON h.id = c.unit_id
          LEFT JOIN units u ON u.id = g.unit_id
          LEFT JOIN conference_points p ON p.id = g.point_id
         WHERE g.id = ${delegateId} AND g.conference_id = ${conferenceId}`,
  );
  return row;
}

export async function rsvpFacts(
  db: Db,
  conferenceId: number,
): Promise<Pick<RsvpRow, 'date_raw' | 'sessions' | 'venue' | 'host_name'> | undefined> {
  const [facts] = await queryRows<Pick<RsvpRow, 'date_raw' | 'sessions' | 'venue' | 'host_name'>>(
    db,
    sql`SELECT c.date_raw, c.sessions, c.venue, h.full_name AS host_name
          FROM conferences c JOIN units h ON h.id = c.unit_id WHERE c.id = ${conferenceId}`,
  );
  return facts;
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
