import type { Db } from '../../../platform/database';
import type { AwardBatch, AwardsBody } from '../../../../contracts/conferences';
import { callOrder } from '../../../../core/conferences/roll-call-docx';
import type { Actor } from '../../../platform/actor';
import {
  assertChangesConference,
  assertViewsConference,
  auditConference,
  requireConference,
  type ConferenceRow,
} from '../conference/conference-access.service';
import {
  countAwards,
  deleteAwards,
  insertAwardees,
  insertBatch,
  selectAwardees,
  selectBatches,
} from './awards.repo';

/** The batches of a conference in the order they are called, each with its awardees in call order. */
export async function loadAwards(db: Db, conferenceId: number): Promise<AwardBatch[]> {
  const batches = await selectBatches(db, conferenceId);
  const people = await selectAwardees(db, conferenceId);
  return batches.map((b) => ({
    ...b,
    awardees: people
      .filter((a) => a.batch_id === b.id)
      .map((a) => ({
        id: a.id,
        batchId: a.batch_id,
        position: a.position,
        kind: a.kind,
        name: a.name,
        detail: a.detail,
        awardForm: a.award_form,
        decisionNumber: a.decision_number,
      })),
  }));
}

export async function listAwards(db: Db, actor: Actor, conferenceId: number): Promise<AwardBatch[]> {
  const conference = await requireConference(db, conferenceId);
  assertViewsConference(actor, conference);
  return loadAwards(db, conferenceId);
}

/** The stored batches back as a body, so an import can append to them. */
export function awardsAsBody(batches: AwardBatch[]): AwardsBody {
  return {
    batches: batches.map((b) => ({
      title: b.title,
      presenter: b.presenter,
      awardees: b.awardees.map((a) => ({
        kind: a.kind,
        name: a.name,
        detail: a.detail,
        awardForm: a.awardForm,
        decisionNumber: a.decisionNumber,
      })),
    })),
  };
}

/**
 * Replaces the batches and awardees of a conference inside the caller's transaction. Batches keep their order;
 * within a batch, awardees are stored in call order (collectives, individuals, households; each as typed), numbered
 * from 1 across the batch.
 */
export async function writeAwards(tx: Db, conferenceId: number, body: AwardsBody): Promise<number> {
  await deleteAwards(tx, conferenceId);
  let count = 0;
  for (const [i, batch] of body.batches.entries()) {
    const batchId = await insertBatch(tx, {
      conferenceId,
      position: i + 1,
      title: batch.title,
      presenter: batch.presenter ?? null,
    });
    const ordered = callOrder(batch.awardees);
    // Bounded statements: 2,000 awardees of 6 columns stay well under the protocol's parameter limit.
    for (let start = 0; start < ordered.length; start += 1000)
      await insertAwardees(
        tx,
        ordered.slice(start, start + 1000).map((a, j) => ({
          conferenceId,
          batchId,
          position: start + j + 1,
          kind: a.kind,
          name: a.name,
          detail: a.detail ?? null,
          awardForm: a.awardForm,
          decisionNumber: a.decisionNumber ?? null,
        })),
      );
    count += ordered.length;
  }
  return count;
}

/** PUT: the organiser's whole list, all or nothing. */
export async function replaceAwards(
  db: Db,
  actor: Actor,
  conferenceId: number,
  body: AwardsBody,
): Promise<AwardBatch[]> {
  const conference = await requireConference(db, conferenceId);
  assertChangesConference(actor, conference);
  await saveAwards(db, actor, conference, body, 'awards.replace');
  return loadAwards(db, conferenceId);
}

export async function saveAwards(
  db: Db,
  actor: Actor,
  conference: ConferenceRow,
  body: AwardsBody,
  action: string,
  extra: Record<string, unknown> = {},
): Promise<number> {
  return db.transaction(async (tx) => {
    const before = await countAwards(tx, conference.id);
    const count = await writeAwards(tx, conference.id, body);
    await auditConference(tx, actor, conference, action, {
      entityType: 'awards',
      before,
      after: { batches: body.batches.length, awardees: count, ...extra },
    });
    return count;
  });
}
