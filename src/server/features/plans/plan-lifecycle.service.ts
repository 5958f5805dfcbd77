import type { Db } from '../../platform/database';
import { AppError } from '../../platform/errors';
import type { IssueDocumentBody } from '../../../contracts/documents';
import type { PlanDetail, PlanTransitionBody } from '../../../contracts/plans';
import { todayInVietnam } from '../../../core/dates/vn-dates';
import { PLAN_TRANSITIONS } from '../../../core/plans/lifecycle';
import type { Actor } from '../../platform/actor';
import { issueDocument } from '../documents/documents.service';
import { findPlan, markPlanStarted, updatePlanRow } from './plans.repo';
import { dateCascadeResponses } from './cascade.repo';
import { auditPlan } from './plan-structure';
import { getPlan } from './plans.service';
import { assertIssuesPlan, assertPlanAction, planFacts } from './plans.policy';
import { plansMessages as m } from './plans.messages';

export async function transitionPlan(
  db: Db,
  actor: Actor,
  id: number,
  body: PlanTransitionBody,
  now: Date,
): Promise<PlanDetail> {
  const plan = await findPlan(db, id);
  assertPlanAction(actor, planFacts(plan), body.action);
  const rule = PLAN_TRANSITIONS[body.action];
  if (body.action === 'close' && !body.note)
    throw new AppError('VALIDATION_FAILED', m.closeNoteMissing, [
      { path: 'note', message: m.closeNoteField },
    ]);
  await db.transaction(async (tx) => {
    await updatePlanRow(tx, id, {
      status: rule.to,
      updatedAt: now,
      ...(body.action === 'approve' ? { approvedBy: actor.id || null, approvedAt: now } : {}),
      ...(body.action === 'close' ? { resultsSummary: body.note!, closedAt: now } : {}),
    });
    await auditPlan(
      tx,
      actor,
      plan,
      `plan.${body.action}`,
      { status: rule.to, note: body.note ?? null },
      {
        status: plan.status,
      },
    );
  });
  return getPlan(db, actor, id, todayInVietnam(now));
}

/** Issues an approved plan: the number from its issuing body's register, the version frozen, child responses dated. */
export async function issuePlan(
  db: Db,
  actor: Actor,
  id: number,
  body: IssueDocumentBody,
  now: Date,
): Promise<PlanDetail> {
  const plan = await findPlan(db, id);
  assertIssuesPlan(actor, { ...planFacts(plan), number: plan.number });
  await db.transaction(async (tx) => {
    const issued = await issueDocument(tx, actor, plan.document_id, body, now);
    await updatePlanRow(tx, id, { status: 'issued', updatedAt: now });
    await dateCascadeResponses(tx, id, issued.issuedDate);
    await auditPlan(tx, actor, plan, 'plan.issue', { number: issued.number, date: issued.issuedDate });
  });
  return getPlan(db, actor, id, todayInVietnam(now));
}

/** Issued plans move to "in progress" on their first report or status change. */
export async function markStarted(tx: Db, planId: number): Promise<void> {
  await markPlanStarted(tx, planId);
}
