import { describe, expect, it } from 'vitest';
import { engines } from '../../testing/test-db';
import { useTestApp } from '../../testing/test-app';
import { buildUser } from '../../testing/factories';

describe.each(engines())('creating units in parallel on %s', (engine) => {
  const ctx = useTestApp(engine);

  it.each([
    ['village', 'thôn', /^18673-T\d{2}$/],
    ['organization', 'khác', /^18673-CQ\d{2}$/],
  ] as const)(
    'gives 20 parallel %s creations under one parent 20 distinct codes',
    async (level, type, shape) => {
      const officer = await buildUser(ctx.app, ctx.database.db, { role: 'officer', unit: '18673' });
      const responses = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          ctx.app.inject({
            method: 'POST',
            url: '/api/units',
            headers: { cookie: officer.cookie },
            payload: { parent: '18673', level, type, name: `Song song ${level} ${i + 1}` },
          }),
        ),
      );
      expect(responses.map((r) => r.statusCode)).toEqual(Array(20).fill(201));
      const codes = responses.map((r) => r.json<{ code: string }>().code);
      expect(new Set(codes).size).toBe(20);
      for (const code of codes) expect(code).toMatch(shape);
    },
  );
});
