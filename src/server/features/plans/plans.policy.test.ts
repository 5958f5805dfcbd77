import { describe, expect, it } from 'vitest';
import type { Role } from '../../../contracts/auth';
import type { PlanStatus } from '../../../contracts/plans';
import type { Actor } from '../../platform/actor';
import {
  assertPlanAction,
  assertReports,
  editsTask,
  planActionsFor,
  planPermissions,
  reportsTask,
  viewsPlan,
  viewsTask,
  type PlanFacts,
} from './plans.policy';

// A province /1/, its commune /1/2/ with a village /1/2/3/, and another commune /1/4/.
const actor = (role: Role, capture: string | null, view: string | null = capture): Actor => ({
  id: 7,
  username: 'u',
  role,
  unitId: 2,
  captureScope: capture === null ? null : { id: 1, path: capture },
  viewScope: view === null ? null : { id: 1, path: view },
  ip: null,
});
const plan = (status: PlanStatus, unitPath = '/1/2/', areaPath = '/1/2/'): PlanFacts => ({
  status,
  unitPath,
  areaPath,
});

const officer = actor('officer', '/1/2/');
const leader = actor('leader', '/1/2/');
const viewer = actor('viewer', null, '/1/2/');
const neighbour = actor('leader', '/1/4/');
const village = actor('officer', '/1/2/3/');
const provinceViewer = actor('viewer', null, '/1/');

describe('plans.policy: who may see, change and move a plan', () => {
  it.each<[string, Actor, PlanFacts, boolean]>([
    ['its commune', officer, plan('draft'), true],
    ['a village inside the area', village, plan('issued'), true],
    ['the province above', provinceViewer, plan('issued'), true],
    ['the neighbouring commune', neighbour, plan('issued'), false],
  ])('sees the plan: %s', (_name, who, p, expected) => {
    expect(viewsPlan(who, p.areaPath)).toBe(expected);
  });

  it.each<[string, Actor, PlanStatus, string[]]>([
    ['officer, draft', officer, 'draft', ['edit', 'submit']],
    ['officer, submitted', officer, 'submitted', []],
    ['leader, submitted', leader, 'submitted', ['approve', 'return']],
    ['officer, approved', officer, 'approved', ['issue']],
    ['officer, issued', officer, 'issued', ['amend', 'start', 'close']],
    ['viewer, draft', viewer, 'draft', []],
    ['neighbour leader, submitted', neighbour, 'submitted', []],
    ['village officer, commune draft', village, 'draft', []],
  ])('actions: %s', (_name, who, status, expected) => {
    expect(planActionsFor(who, plan(status))).toEqual(expected);
  });

  it.each<[string, Actor, PlanStatus, ReturnType<typeof planPermissions>]>([
    [
      'officer, draft',
      officer,
      'draft',
      { canEdit: true, canApprove: false, canIssue: false, canReport: true },
    ],
    [
      'officer, submitted',
      officer,
      'submitted',
      { canEdit: false, canApprove: false, canIssue: false, canReport: true },
    ],
    [
      'leader, submitted',
      leader,
      'submitted',
      { canEdit: false, canApprove: true, canIssue: false, canReport: true },
    ],
    [
      'officer, approved',
      officer,
      'approved',
      { canEdit: false, canApprove: false, canIssue: true, canReport: true },
    ],
    [
      'officer, in progress',
      officer,
      'in_progress',
      { canEdit: true, canApprove: false, canIssue: false, canReport: true },
    ],
    [
      'leader, closed',
      leader,
      'closed',
      { canEdit: false, canApprove: false, canIssue: false, canReport: true },
    ],
    ['viewer', viewer, 'draft', { canEdit: false, canApprove: false, canIssue: false, canReport: false }],
  ])('permissions: %s', (_name, who, status, expected) => {
    expect(planPermissions(who, plan(status))).toEqual(expected);
  });

  it.each<[string, Actor, PlanStatus, Parameters<typeof assertPlanAction>[2], string | null]>([
    ['officer submits a draft', officer, 'draft', 'submit', null],
    ['viewer submits', viewer, 'draft', 'submit', 'FORBIDDEN'],
    ['neighbour submits', neighbour, 'draft', 'submit', 'OUT_OF_SCOPE'],
    ['officer approves', officer, 'submitted', 'approve', 'FORBIDDEN'],
    ['leader approves a draft', leader, 'draft', 'approve', 'CONFLICT'],
    ['leader returns an approved plan', leader, 'approved', 'return', null],
    ['officer closes a closed plan', officer, 'closed', 'close', 'CONFLICT'],
  ])('%s', (_name, who, status, action, code) => {
    const run = () => assertPlanAction(who, plan(status), action);
    if (code === null) expect(run).not.toThrow();
    else expect(run).toThrow(expect.objectContaining({ code }));
  });
});

describe('plans.policy: who may see, report on and edit a task', () => {
  // A commune plan's task led by village /1/2/3/ and coordinated by the other commune /1/4/.
  const task = (status: PlanStatus = 'issued') => ({ plan: plan(status), partyPaths: ['/1/2/3/', '/1/4/'] });

  it.each<[string, Actor, boolean, boolean]>([
    ['the plan unit officer', officer, true, true],
    ['the lead village', village, true, true],
    ['the coordinating commune', neighbour, true, true],
    ['a viewer of the commune', viewer, true, false],
    ['an officer elsewhere', actor('officer', '/9/'), false, false],
  ])('%s: sees %s, reports %s', (_name, who, sees, reports) => {
    expect(viewsTask(who, task())).toBe(sees);
    expect(reportsTask(who, task())).toBe(reports);
  });

  it('refuses a viewer with FORBIDDEN and an outsider with OUT_OF_SCOPE', () => {
    expect(() => assertReports(viewer, task())).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
    expect(() => assertReports(actor('officer', '/9/'), task())).toThrow(
      expect.objectContaining({ code: 'OUT_OF_SCOPE' }),
    );
    expect(() => assertReports(village, task())).not.toThrow();
  });

  it('only the plan editors edit a task, while its structure is open', () => {
    expect(editsTask(officer, task('draft'))).toBe(true);
    expect(editsTask(officer, task('in_progress'))).toBe(true);
    expect(editsTask(officer, task('submitted'))).toBe(false);
    expect(editsTask(officer, task('closed'))).toBe(false);
    expect(editsTask(village, task('draft'))).toBe(false);
  });
});
