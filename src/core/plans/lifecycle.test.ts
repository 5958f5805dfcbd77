import { describe, expect, it } from 'vitest';
import type { PlanStatus } from '../../contracts/plans';
import { mayTakePlanAction, planActions, PLAN_TRANSITIONS, type PlanActor } from './lifecycle';

const officer: PlanActor = { canEdit: true, isApprover: false };
const leader: PlanActor = { canEdit: true, isApprover: true };
const outsider: PlanActor = { canEdit: false, isApprover: true };

describe('the plan life cycle: who may do what in each status', () => {
  it.each<[PlanStatus, PlanActor, string[]]>([
    ['draft', officer, ['edit', 'submit']],
    ['draft', leader, ['edit', 'submit']],
    ['submitted', officer, []],
    ['submitted', leader, ['approve', 'return']],
    ['approved', officer, ['issue']],
    ['approved', leader, ['return', 'issue']],
    ['issued', officer, ['amend', 'start', 'close']],
    ['in_progress', officer, ['amend', 'close']],
    ['closed', leader, []],
    ['draft', outsider, []],
    ['submitted', outsider, []],
  ])('%s, %o: %j', (status, who, expected) => {
    expect(planActions(status, who)).toEqual(expected);
  });

  it('every transition lands on a status whose actions differ from where it left', () => {
    for (const [action, rule] of Object.entries(PLAN_TRANSITIONS))
      for (const from of rule.from) {
        expect(mayTakePlanAction(from, action as keyof typeof PLAN_TRANSITIONS, leader)).toBe(true);
        expect(mayTakePlanAction(rule.to, action as keyof typeof PLAN_TRANSITIONS, leader)).toBe(false);
      }
  });
});
