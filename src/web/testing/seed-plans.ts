import type { FastifyInstance } from 'fastify';
import seed003 from '../../core/documents/fixtures/seed-003.json' with { type: 'json' };
import type { Role } from '../../contracts/auth';
import { buildUnit, buildUser } from '../../server/testing/factories';
import type { Database } from './served-app';

/** xã Cẩm Xuyên in the test database's official units: the commune the plan and conference tests work in. */
export const COMMUNE = '18673';

let counter = 0;

/** An account of the commune (or of `unit`), signed in: its cookie for the browser and for `app.inject`. */
export async function communeAccount(
  ctx: { app: FastifyInstance; database: Database },
  role: Role,
  unit = COMMUNE,
): Promise<string> {
  return (await buildUser(ctx.app, ctx.database.db, { role, unit })).cookie;
}

/**
 * Seed 003 (xã Quyết Thắng, 2023) saved as a draft plan of a new Ban Chỉ đạo of the commune by an officer of the
 * commune, through the API; answers the plan, its first task and the officer's cookie.
 */
export async function seedPlan(ctx: { app: FastifyInstance; database: Database }) {
  const bcd = await buildUnit(ctx.database.db, {
    parent: COMMUNE,
    level: 'organization',
    type: 'Ban Chỉ đạo',
    name: `Ban Chỉ đạo phong trào xã ${++counter}`,
    shortName: 'BCĐ',
  });
  const officer = await communeAccount(ctx, 'officer');
  const created = await ctx.app.inject({
    method: 'POST',
    url: '/api/plans',
    headers: { cookie: officer },
    payload: {
      draft: { ...seed003, number: null, date: '2023-02-28' },
      unit: bcd.code,
      tasks: (seed003.tasks ?? []).map((task) => ({ ...task, deadline: { raw: task.deadline.raw } })),
    },
  });
  if (created.statusCode !== 201) throw new Error(`plan not created: ${created.body}`);
  const plan = created.json<{ id: number; tasks: { id: number }[] }>();
  return { planId: plan.id, taskId: plan.tasks[0]!.id, officer, bcd };
}
