import type { Db } from '../../platform/database';
import { AppError } from '../../platform/errors';
import type { IssueDocumentBody } from '../../../contracts/documents';
import type { PlanDetail, PlanStatus, PlanTransitionBody } from '../../../contracts/plans';
import { todayInVietnam } from '../../../core/dates/vn-dates';
import type { Actor } from '../../platform/actor';
import { assertCanEdit } from '../../platform/scope';
import { issueDocument } from '../documents/documents.service';
import { findPlan, markPlanStarted, updatePlanRow } from './plans.repo';
import { dateCascadeResponses } from './cascade.repo';
import { APPROVER_ROLES, auditPlan } from './plan-structure';
import { getPlan } from './plans.service';

const TRANSITIONS: Record<PlanTransitionBody['action'], { from: PlanStatus[]; to: PlanStatus }> = {
  submit: { from: ['draft'], to: 'submitted' },
  approve: { from: ['submitted'], to: 'approved' },
  return: { from: ['submitted', 'approved'], to: 'draft' },
  start: { from: ['issued'], to: 'in_progress' },
  close: { from: ['issued', 'in_progress'], to: 'closed' },
};

const STATUS_NAMES: Record<PlanStatus, string> = {
  draft: 'dự thảo',
  submitted: 'chờ duyệt',
  approved: 'đã duyệt',
  issued: 'đã ban hành',
  in_progress: 'đang thực hiện',
  closed: 'đã kết thúc',
};

export async function transitionPlan(
  db: Db,
  actor: Actor,
  id: number,
  body: PlanTransitionBody,
  now: Date,
): Promise<PlanDetail> {
  const plan = await findPlan(db, id);
  assertCanEdit(actor, plan.unit_path);
  const rule = TRANSITIONS[body.action];
  if ((body.action === 'approve' || body.action === 'return') && !APPROVER_ROLES.has(actor.role))
    throw new AppError('FORBIDDEN', 'Chỉ lãnh đạo đơn vị mới duyệt hoặc trả lại kế hoạch.');
  if (!rule.from.includes(plan.status as PlanStatus))
    throw new AppError(
      'CONFLICT',
      `Kế hoạch đang ở trạng thái "${STATUS_NAMES[plan.status as PlanStatus]}", không thể chuyển như vậy.`,
      { status: plan.status },
    );
  if (body.action === 'close' && !body.note)
    throw new AppError('VALIDATION_FAILED', 'Cần tóm tắt kết quả thực hiện khi kết thúc kế hoạch.', [
      { path: 'note', message: 'Thiếu tóm tắt kết quả' },
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
  assertCanEdit(actor, plan.unit_path);
  if (plan.status !== 'approved')
    throw new AppError(
      'CONFLICT',
      plan.status === 'draft' || plan.status === 'submitted'
        ? 'Kế hoạch cần được lãnh đạo duyệt trước khi ban hành.'
        : `Kế hoạch đã ban hành với số ${plan.number}.`,
      { status: plan.status, number: plan.number },
    );
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
