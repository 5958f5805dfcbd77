import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../../platform/database';
import { renderRollCall } from '../../../../core/conferences/roll-call-docx';
import type { Actor } from '../../auth/actor';
import { assertViewsConference, requireConference } from '../conference/conference-access.service';
import { loadAwards } from './awards.service';

/** The MC's kịch bản công bố khen thưởng of a conference, as DOCX, for anyone who reads the conference. */
export async function rollCallDocx(
  db: Db,
  actor: Actor,
  conferenceId: number,
): Promise<{ fileName: string; bytes: Uint8Array }> {
  const conference = await requireConference(db, conferenceId);
  assertViewsConference(actor, conference);
  const [host] = await queryRows<{ full_name: string }>(
    db,
    sql`SELECT full_name FROM units WHERE id = ${conference.unitId}`,
  );
  const batches = await loadAwards(db, conferenceId);
  const bytes = await renderRollCall({
    conferenceTitle: conference.title,
    hostName: host?.full_name ?? null,
    batches,
  });
  return { fileName: `kich-ban-khen-thuong-${conferenceId}.docx`, bytes };
}
