import type { PlanStatus } from '../../contracts/plans';

/**
 * The plan's life cycle, in one place: dự thảo → chờ duyệt → đã duyệt → đã ban hành → đang thực hiện → đã kết thúc.
 * The server refuses what is not allowed here; the API returns `allowedActions` from `planActions`, so the web shows
 * exactly the buttons the server would accept.
 */
/** Every action, in the order the page shows them (the contract's `PlanAction` enum is made of these). */
export const PLAN_ACTIONS = [
  'edit',
  'submit',
  'approve',
  'return',
  'issue',
  'amend',
  'start',
  'close',
] as const;
export type PlanAction = (typeof PLAN_ACTIONS)[number];
/** The actions `POST /plans/:id/transition` takes (issue has its own route, edit and amend are PATCHes). */
export type PlanTransition = 'submit' | 'approve' | 'return' | 'start' | 'close';

export const PLAN_TRANSITIONS: Record<PlanTransition, { from: readonly PlanStatus[]; to: PlanStatus }> = {
  submit: { from: ['draft'], to: 'submitted' },
  approve: { from: ['submitted'], to: 'approved' },
  return: { from: ['submitted', 'approved'], to: 'draft' },
  start: { from: ['issued'], to: 'in_progress' },
  close: { from: ['issued', 'in_progress'], to: 'closed' },
};

/** The status each action needs: a draft is edited, an approved plan issued, an issued one amended. */
const FROM: Record<PlanAction, readonly PlanStatus[]> = {
  edit: ['draft'],
  issue: ['approved'],
  amend: ['issued', 'in_progress'],
  submit: PLAN_TRANSITIONS.submit.from,
  approve: PLAN_TRANSITIONS.approve.from,
  return: PLAN_TRANSITIONS.return.from,
  start: PLAN_TRANSITIONS.start.from,
  close: PLAN_TRANSITIONS.close.from,
};

/** Approving and returning are the leaders' (and administrators'); every other step is the plan's editors'. */
const NEEDS_APPROVER: ReadonlySet<PlanAction> = new Set(['approve', 'return']);

export interface PlanActor {
  /** May change the plan: its unit is inside the account's capture scope and the role writes. */
  canEdit: boolean;
  /** A leader, unit administrator or system administrator. */
  isApprover: boolean;
}

/** Whether the plan's status allows the action at all, whoever asks. */
export const statusAllows = (status: PlanStatus, action: PlanAction): boolean =>
  FROM[action].includes(status);

/** Whether this account may take this action on a plan in this status. */
export function mayTakePlanAction(status: PlanStatus, action: PlanAction, who: PlanActor): boolean {
  if (!who.canEdit || !statusAllows(status, action)) return false;
  return !NEEDS_APPROVER.has(action) || who.isApprover;
}

/** Every action this account may take on a plan in this status, in the order the page shows them. */
export const planActions = (status: PlanStatus, who: PlanActor): PlanAction[] =>
  PLAN_ACTIONS.filter((action) => mayTakePlanAction(status, action, who));
