import type { PlanStatus } from '../../../contracts/plans';
import { mayTakePlanAction, planActions, statusAllows, type PlanAction } from '../../../core/plans/lifecycle';
import { AppError } from '../../platform/errors';
import type { Actor } from '../../platform/actor';
import { canEdit, canView, isEditorRole } from '../../platform/scope';
import { plansMessages as m } from './plans.messages';
import { tasksMessages } from './tasks.messages';

/**
 * Who may do what with a plan and its tasks: pure functions of the account and the object, table-tested
 * (plans.policy.test.ts), called by the services before they write and by the presenters for `permissions`.
 */

/** Who approves a plan submitted by an officer. */
const APPROVER_ROLES: ReadonlySet<Actor['role']> = new Set(['leader', 'unit_admin', 'system_admin']);
export const isApprover = (actor: Actor): boolean => APPROVER_ROLES.has(actor.role);

/** What a policy needs of a plan: its status, its unit's path and the path of the area it governs. */
export interface PlanFacts {
  status: PlanStatus;
  unitPath: string;
  areaPath: string;
}

/** The facts of a plan's row (`PlanRow`, or any row with these columns). */
export const planFacts = (row: { status: string; unit_path: string; area_path: string }): PlanFacts => ({
  status: row.status as PlanStatus,
  unitPath: row.unit_path,
  areaPath: row.area_path,
});

/** A plan is seen inside its area, and by an account whose scope lies within that area (a village sees its commune's plan). */
export function viewsPlan(actor: Actor, areaPath: string): boolean {
  return (
    canView(actor, areaPath) ||
    [actor.captureScope, actor.viewScope].some((scope) => scope !== null && scope.path.startsWith(areaPath))
  );
}

export function assertViewsPlan(actor: Actor, areaPath: string): void {
  if (!viewsPlan(actor, areaPath)) throw new AppError('OUT_OF_SCOPE');
}

/** The plan's editors: a writing role with the plan's unit inside its capture scope. */
export const editsPlan = (actor: Actor, plan: Pick<PlanFacts, 'unitPath'>): boolean =>
  canEdit(actor, plan.unitPath);

/** Refuses a non-writing role (FORBIDDEN) and a plan whose unit lies outside the capture scope (OUT_OF_SCOPE). */
export function assertEditsPlan(actor: Actor, plan: Pick<PlanFacts, 'unitPath'>): void {
  if (!isEditorRole(actor.role)) throw new AppError('FORBIDDEN');
  if (!editsPlan(actor, plan)) throw new AppError('OUT_OF_SCOPE');
}

/** The structure (text, tasks, targets) changes in a draft and, as an amendment, once issued; never while it waits. */
export const structureOpen = (status: PlanStatus): boolean =>
  !['submitted', 'approved', 'closed'].includes(status);

/** The plan's editors change its structure while it is open: refused while it waits (with its status) and once closed. */
export function assertStructureOpen(actor: Actor, plan: PlanFacts): void {
  assertEditsPlan(actor, plan);
  if (plan.status === 'submitted' || plan.status === 'approved')
    throw new AppError('CONFLICT', m.structureAwaitsApproval, { status: plan.status });
  if (plan.status === 'closed') throw new AppError('CONFLICT', m.structureClosed);
}

export function planActionsFor(actor: Actor, plan: PlanFacts): PlanAction[] {
  return planActions(plan.status, { canEdit: editsPlan(actor, plan), isApprover: isApprover(actor) });
}

/** The flags of `PlanDetail.permissions`. */
export function planPermissions(actor: Actor, plan: PlanFacts) {
  const editable = editsPlan(actor, plan);
  const who = { canEdit: editable, isApprover: isApprover(actor) };
  return {
    canEdit: editable && structureOpen(plan.status),
    canApprove: mayTakePlanAction(plan.status, 'approve', who),
    canIssue: mayTakePlanAction(plan.status, 'issue', who),
    canReport: editable,
  };
}

/**
 * Refuses a life-cycle action the account or the status does not allow, in the order the user needs to hear it:
 * not a writer (FORBIDDEN), not its unit (OUT_OF_SCOPE), not a leader for approving or returning, wrong status.
 */
export function assertPlanAction(actor: Actor, plan: PlanFacts, action: PlanAction): void {
  assertEditsPlan(actor, plan);
  if ((action === 'approve' || action === 'return') && !isApprover(actor))
    throw new AppError('FORBIDDEN', m.approverOnly);
  if (!mayTakePlanAction(plan.status, action, { canEdit: true, isApprover: true }))
    throw new AppError('CONFLICT', m.wrongStatus(plan.status), { status: plan.status });
}

/** Issuing takes the number: the plan's editors, once approved; before that it needs approval, after it has its number. */
export function assertIssuesPlan(actor: Actor, plan: PlanFacts & { number: string | null }): void {
  assertEditsPlan(actor, plan);
  if (!statusAllows(plan.status, 'issue'))
    throw new AppError(
      'CONFLICT',
      plan.status === 'draft' || plan.status === 'submitted'
        ? m.issueNeedsApproval
        : m.alreadyIssued(plan.number),
      { status: plan.status, number: plan.number },
    );
}

/** What a task policy needs: its plan and the paths of the units that lead or coordinate it. */
export interface TaskFacts {
  plan: PlanFacts;
  partyPaths: string[];
}

export const viewsTask = (actor: Actor, task: TaskFacts): boolean =>
  viewsPlan(actor, task.plan.areaPath) || task.partyPaths.some((p) => canView(actor, p));

/** Who may report on a task: an editor of the plan's unit or of a unit that leads or coordinates it. */
export const reportsTask = (actor: Actor, task: TaskFacts): boolean =>
  canEdit(actor, task.plan.unitPath) || task.partyPaths.some((p) => canEdit(actor, p));

export function assertReports(actor: Actor, task: TaskFacts): void {
  if (!isEditorRole(actor.role)) throw new AppError('FORBIDDEN');
  if (!reportsTask(actor, task)) throw new AppError('OUT_OF_SCOPE', tasksMessages.reportersOnly);
}

/** Who may comment on a task: whoever sees it (else OUT_OF_SCOPE), in a writing role (else FORBIDDEN). */
export function assertComments(actor: Actor, task: TaskFacts): void {
  if (!viewsTask(actor, task)) throw new AppError('OUT_OF_SCOPE');
  if (!isEditorRole(actor.role)) throw new AppError('FORBIDDEN');
}

export function assertViewsTask(actor: Actor, task: TaskFacts): void {
  if (!viewsTask(actor, task)) throw new AppError('OUT_OF_SCOPE');
}

/** The task's text, parties and deadline: the plan's editors, while its structure is open. */
export const editsTask = (actor: Actor, task: TaskFacts): boolean =>
  editsPlan(actor, task.plan) && structureOpen(task.plan.status);
