import type { Db } from '../../../platform/database';
import { renderRollCall } from '../../../../core/conferences/roll-call-docx';
import type { Actor } from '../../../platform/actor';
import { assertViewsConference, requireConference } from '../conference/conference-access.service';
import { loadAwards } from './awards.service';
import { hostName } from './awards.repo';

/** The MC's kịch bản công bố khen thưởng of a conference, as DOCX, for anyone who reads the conference. */
export async function rollCallDocx(
  db: Db,
  actor: Actor,
  conferenceId: number,
): Promise<{ fileName: string; bytes: Uint8Array }> {
  const conference = await requireConference(db, conferenceId);
  assertViewsConference(actor, conference);
  const host = await hostName(db, conference.unitId);
  const batches = await loadAwards(db, conferenceId);
  const bytes = await renderRollCall({
    conferenceTitle: conference.title,
    hostName: host ?? null,
    batches,
  });
  return { fileName: `kich-ban-khen-thuong-${conferenceId}.docx`, bytes };
}
