import type { Db } from '../../../platform/database';
import { notFound } from '../../../platform/errors';
import type { Actor } from '../../../platform/actor';
import { recordAudit } from '../../audit/audit.service';
import { findConference, type ConferenceRow } from './conference.repo';
import { conferenceMessages as m } from './conference.messages';

export type { ConferenceRow };
export { findConference };
// Who may do what lives in conference.policy; the other sub-features import it from here as well.
export {
  actsForUnit,
  assertChangesConference,
  assertEditsConference,
  assertNotCancelled,
  assertViewsConference,
  checksInAt,
  editsConference,
  viewsConference,
} from './conference.policy';

export async function requireConference(db: Db, id: number): Promise<ConferenceRow> {
  const row = await findConference(db, id);
  if (!row) throw notFound(m.conferenceNoun, { id });
  return row;
}

/** One audit row per conference change, filed under the host unit so its administrators read it. */
export async function auditConference(
  tx: Db,
  actor: Actor,
  conference: Pick<ConferenceRow, 'id' | 'unitId' | 'unitPath'>,
  action: string,
  change: { before?: unknown; after?: unknown; entityType?: string; entityId?: number | string } = {},
): Promise<void> {
  await recordAudit(tx, actor, {
    action,
    entityType: change.entityType ?? 'conference',
    entityId: change.entityId ?? conference.id,
    unit: { id: conference.unitId, path: conference.unitPath },
    before: change.before,
    after: change.after,
  });
}
