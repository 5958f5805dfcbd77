import { expect } from 'vitest';
import { sql } from 'drizzle-orm';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { buildUnit, buildUser } from '../../testing/factories';
import { queryRows, type Database } from '../../platform/database';
import seed003 from '../../../core/documents/fixtures/seed-003.json' with { type: 'json' };

export type Json = Record<string, unknown>;

/** Seed 003 (xã Quyết Thắng, 2023) placed in xã Cẩm Xuyên (18673) of the test database. */
export const seedDraft = { ...seed003, number: null, date: '2023-02-28' } as Json;
export const seedTargets = (seed003.targets ?? []).map((t) => ({ ...t, year: 2023 }));
export const seedTasks = (seed003.tasks ?? []).map((t) => ({
  ...t,
  deadline: t.deadline ? { raw: t.deadline.raw } : null,
}));

/** What the plan tests share: a commune with its bodies and accounts, seed 003 as a plan, and taking it to issue. */
export function planTestKit(ctx: { app: FastifyInstance; database: Database }) {
  const inject = (options: InjectOptions) => ctx.app.inject(options);
  const db = () => ctx.database.db;
  async function commune() {
    const bcd = await buildUnit(db(), {
      parent: '18673',
      level: 'organization',
      type: 'Ban Chỉ đạo',
      name: `Ban Chỉ đạo phong trào xã ${Math.random().toString(36).slice(2, 6)}`,
      shortName: 'BCĐ',
    });
    await buildUnit(db(), {
      parent: '18673',
      level: 'organization',
      type: 'Mặt trận Tổ quốc',
      name: 'Ủy ban Mặt trận Tổ quốc Việt Nam xã Cẩm Xuyên',
      shortName: 'MTTQ',
    }).catch(() => undefined);
    const officer = await buildUser(ctx.app, db(), { role: 'officer', unit: '18673' });
    const leader = await buildUser(ctx.app, db(), { role: 'leader', unit: '18673' });
    return { bcd, officer: officer.cookie, leader: leader.cookie };
  }

  async function createSeedPlan(cookie: string, unit: string, extra: Json = {}) {
    return inject({
      method: 'POST',
      url: '/api/plans',
      headers: { cookie },
      payload: { draft: seedDraft, unit, targets: seedTargets, tasks: seedTasks, ...extra },
    });
  }

  /** Takes a draft plan through approval to issue. */
  async function issue(planId: number, officer: string, leader: string) {
    for (const [cookie, action] of [
      [officer, 'submit'],
      [leader, 'approve'],
    ] as const)
      await inject({
        method: 'POST',
        url: `/api/plans/${planId}/transition`,
        headers: { cookie },
        payload: { action },
      });
    const issued = await inject({
      method: 'POST',
      url: `/api/plans/${planId}/issue`,
      headers: { cookie: officer },
      payload: {},
    });
    expect(issued.statusCode, issued.body).toBe(200);
  }

  const countPlans = async () =>
    Number((await queryRows<{ n: number }>(db(), sql`SELECT count(*)::int AS n FROM plans`))[0]!.n);

  return { inject, db, commune, createSeedPlan, issue, countPlans };
}
