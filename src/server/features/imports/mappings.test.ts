import { describe, expect, it } from 'vitest';
import { engines } from '../../testing/test-db';
import { useTestApp } from '../../testing/test-app';
import { buildUnit, buildUser, buildVillage } from '../../testing/factories';
import { SAMPLES } from '../../../core/documents/samples';

describe.each(engines())('names in imported plans on %s', (engine) => {
  const ctx = useTestApp(engine);

  it('resolves names with a confidence, remembers a mapping once, and plans use it', async () => {
    const db = ctx.database.db;
    const mttq = await buildUnit(db, {
      parent: '18673',
      level: 'organization',
      type: 'Mặt trận Tổ quốc',
      name: 'Ủy ban Mặt trận Tổ quốc Việt Nam xã Cẩm Xuyên',
      shortName: 'UBMTTQ',
    });
    const team = await buildUnit(db, {
      parent: '18673',
      level: 'organization',
      type: 'Tổ',
      name: 'Tổ Chuyển đổi số cộng đồng xã Cẩm Xuyên',
    });
    await buildVillage(db, '18673', 'Thôn Bắc');
    const { cookie } = await buildUser(ctx.app, db, { role: 'officer', unit: '18673' });
    type Resolution = {
      name: string;
      kind: string;
      unitCode: string | null;
      confidence: number;
      mapped: boolean;
    };
    const resolve = async (names: string[]) =>
      (
        await ctx.app.inject({
          method: 'POST',
          url: '/api/plans/import/resolve',
          headers: { cookie },
          payload: { unit: '18673', names },
        })
      ).json<Resolution[]>();

    const [front, villages, post, unknown] = await resolve([
      'UBMTTQVN xã',
      'các thôn, tổ dân phố',
      'Công chức Văn hóa - Xã hội',
      'Tổ CĐS',
    ]);
    expect(front).toMatchObject({ kind: 'unit', unitCode: mttq.code, mapped: false });
    expect(front!.confidence).toBeGreaterThanOrEqual(0.7);
    expect(villages).toMatchObject({ kind: 'collective' });
    expect(post).toMatchObject({ kind: 'position' });
    expect(unknown).toMatchObject({ kind: 'unmatched', confidence: 0 });

    const saved = await ctx.app.inject({
      method: 'PUT',
      url: '/api/plans/import/mappings',
      headers: { cookie },
      payload: { unit: '18673', name: 'Tổ CĐS', target: team.code },
    });
    expect(saved.json()).toMatchObject({ kind: 'unit', unitCode: team.code, mapped: true, confidence: 1 });
    expect((await resolve(['tổ cđs']))[0]).toMatchObject({ unitCode: team.code, mapped: true });

    const plan = await ctx.app.inject({
      method: 'POST',
      url: '/api/plans?unit=18673',
      headers: { cookie },
      payload: {
        ...SAMPLES.KH,
        kind: 'KH',
        number: null,
        tasks: [
          { text: 'Hướng dẫn người dân dùng dịch vụ công', lead: ['Tổ CĐS'], support: [], deadline: null },
        ],
      },
    });
    expect(plan.statusCode, plan.body).toBe(201);
    expect(plan.json().tasks[0].lead[0]).toMatchObject({ unitCode: team.code, matched: true });

    const outside = await ctx.app.inject({
      method: 'PUT',
      url: '/api/plans/import/mappings',
      headers: { cookie },
      payload: { unit: '18673', name: 'Phường lạ', target: '00004' },
    });
    expect(outside.statusCode).toBe(403);
  });
});
