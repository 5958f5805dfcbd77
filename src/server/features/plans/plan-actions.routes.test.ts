import { describe, expect, it } from 'vitest';
import type { InjectOptions } from 'fastify';
import { engines } from '../../testing/test-db';
import { useTestApp } from '../../testing/test-app';
import { buildUser, buildVillage } from '../../testing/factories';
import { PLAN_ACTIONS, type PlanAction } from '../../../core/plans/lifecycle';
import type { PlanDetail, PlanStatus } from '../../../contracts/plans';
import { planTestKit, seedDraft } from './plans.testing';

/** The statuses in the order the life cycle reaches them, and the step (by the plan's officer or leader) to each. */
const WALK: [PlanStatus, 'officer' | 'leader', InjectOptions['payload'] & object, string][] = [
  ['submitted', 'officer', { action: 'submit' }, 'transition'],
  ['approved', 'leader', { action: 'approve' }, 'transition'],
  ['issued', 'officer', {}, 'issue'],
  ['in_progress', 'officer', { action: 'start' }, 'transition'],
  ['closed', 'officer', { action: 'close', note: 'Đã hoàn thành các chỉ tiêu.' }, 'transition'],
];
const STATUSES: PlanStatus[] = ['draft', ...WALK.map(([status]) => status)];

/** What the API is asked for each action: edit and amend both save the plan (PUT), the rest are POSTs. */
function requestFor(action: PlanAction, id: number): InjectOptions {
  if (action === 'edit' || action === 'amend')
    return { method: 'PUT', url: `/api/plans/${id}`, payload: { draft: { ...seedDraft, title: 'Sửa thử' } } };
  if (action === 'issue') return { method: 'POST', url: `/api/plans/${id}/issue`, payload: {} };
  return {
    method: 'POST',
    url: `/api/plans/${id}/transition`,
    payload: { action, note: 'Đã hoàn thành các chỉ tiêu.' },
  };
}

/**
 * `PlanDetail.allowedActions` lists exactly what the API then accepts from the same account: for each account and
 * each status, every action is tried on a plan at that status. A plan an attempt moved is not tried again at the
 * old status: it joins the plans at its new one (every plan got where it is through the API).
 */
describe.each(engines())('plan allowedActions on %s', (engine) => {
  const ctx = useTestApp(engine);
  const { inject, db, commune, createSeedPlan } = planTestKit(ctx);
  const as = (cookie: string) => (options: InjectOptions) =>
    inject({ ...options, headers: { ...options.headers, cookie } });
  type Kit = Awaited<ReturnType<typeof commune>> & { plans: Map<PlanStatus, number[]> };

  async function kitWithPlans(): Promise<Kit> {
    return { ...(await commune()), plans: new Map() };
  }

  /** A plan at `status`: one an earlier attempt left there, else a new one taken there by its officer and leader. */
  async function planAt(kit: Kit, status: PlanStatus): Promise<number> {
    const waiting = kit.plans.get(status)?.pop();
    if (waiting !== undefined) return waiting;
    const created = await createSeedPlan(kit.officer, kit.bcd.code, { targets: [], tasks: [] });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json<PlanDetail>().id;
    for (const [reached, who, payload, route] of WALK.slice(0, STATUSES.indexOf(status))) {
      const step = await as(kit[who])({ method: 'POST', url: `/api/plans/${id}/${route}`, payload });
      expect(step.statusCode, step.body).toBe(200);
      expect(step.json<PlanDetail>().status).toBe(reached);
    }
    return id;
  }
  const keep = (kit: Kit, status: PlanStatus, id: number) =>
    kit.plans.set(status, [...(kit.plans.get(status) ?? []), id]);

  /** At each status: the listed actions, and those the API accepted when each was tried. */
  async function probe(kit: Kit, cookie: string) {
    const call = as(cookie);
    const seen: Record<string, { listed: PlanAction[]; accepted: PlanAction[] }> = {};
    for (const status of STATUSES) {
      let id = await planAt(kit, status);
      const read = await call({ method: 'GET', url: `/api/plans/${id}` });
      expect(read.statusCode, read.body).toBe(200);
      expect(read.json<PlanDetail>().status).toBe(status);
      const listed = read.json<PlanDetail>().allowedActions;
      const accepted: PlanAction[] = [];
      // edit and amend are the same request, so it is tried once, for whichever of them the status names.
      const tried = PLAN_ACTIONS.filter((a) => a !== (status === 'draft' ? 'amend' : 'edit'));
      for (const action of tried) {
        const answer = await call(requestFor(action, id));
        if (answer.statusCode === 200) {
          accepted.push(action);
          const now = answer.json<PlanDetail>().status;
          if (now !== status) {
            keep(kit, now, id);
            id = await planAt(kit, status);
          }
        } else expect(answer.statusCode, `${status} ${action}: ${answer.body}`).toBeGreaterThanOrEqual(400);
      }
      keep(kit, status, id);
      seen[status] = { listed, accepted };
    }
    for (const [status, { listed, accepted }] of Object.entries(seen))
      expect({ status, accepted }).toEqual({ status, accepted: listed });
    return seen;
  }

  const listedAt = (seen: Awaited<ReturnType<typeof probe>>) =>
    Object.fromEntries(Object.entries(seen).map(([status, { listed }]) => [status, listed]));

  it("for the plan's officer", { timeout: 90_000 }, async () => {
    const kit = await kitWithPlans();
    expect(listedAt(await probe(kit, kit.officer))).toEqual({
      draft: ['edit', 'submit'],
      submitted: [],
      approved: ['issue'],
      issued: ['amend', 'start', 'close'],
      in_progress: ['amend', 'close'],
      closed: [],
    });
  });

  it("for the commune's leader and its unit administrator", { timeout: 120_000 }, async () => {
    const kit = await kitWithPlans();
    const admin = await buildUser(ctx.app, db(), { role: 'unit_admin', unit: '18673' });
    for (const cookie of [kit.leader, admin.cookie])
      expect(listedAt(await probe(kit, cookie))).toEqual({
        draft: ['edit', 'submit'],
        submitted: ['approve', 'return'],
        approved: ['return', 'issue'],
        issued: ['amend', 'start', 'close'],
        in_progress: ['amend', 'close'],
        closed: [],
      });
  });

  it(
    'for a viewer, a village inside the area and a neighbouring commune: nothing',
    { timeout: 90_000 },
    async () => {
      const kit = await kitWithPlans();
      const viewer = await buildUser(ctx.app, db(), { role: 'viewer', unit: '18673' });
      const village = await buildVillage(db(), '18673');
      const villager = await buildUser(ctx.app, db(), { role: 'officer', unit: village.code });
      const neighbour = await buildUser(ctx.app, db(), { role: 'leader', unit: '18676', viewScope: '42' });
      for (const cookie of [viewer.cookie, villager.cookie, neighbour.cookie]) {
        const listed = listedAt(await probe(kit, cookie));
        expect(listed).toEqual(Object.fromEntries(STATUSES.map((s) => [s, []])));
      }
    },
  );
});
