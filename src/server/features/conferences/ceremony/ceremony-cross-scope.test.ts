import { describe, expect, it } from 'vitest';
import type { InjectOptions } from 'fastify';
import { sql } from 'drizzle-orm';
import { engines } from '../../../testing/test-db';
import { useTestApp } from '../../../testing/test-app';
import { buildUser } from '../../../testing/factories';
import { queryRows } from '../../../platform/database';
import { insertTestConference } from '../conference/conferences.testing';
import {
  CEREMONY_CROSS_SCOPE,
  insertForeignPresentation,
  type CeremonyTargets,
} from './ceremony-cross-scope.cases';

/** Until auth/cross-scope.test.ts gives a foreign tham luận id, this runs the ceremony cases the same way. */
describe.each(engines())('ceremony cross-scope attempts on %s', (engine) => {
  const ctx = useTestApp(engine);
  const db = () => ctx.database.db;
  const inject = (options: InjectOptions) => ctx.app.inject(options);

  it('refuses every ceremony attempt on a conference outside the caller’s scope and changes nothing', async () => {
    const foreign = await insertTestConference(db(), { unit: '00004', delegates: 1 });
    const targets: CeremonyTargets = {
      foreignConferenceId: foreign.conference.id,
      foreignPointId: foreign.points[0]!.id,
      foreignGroupId: foreign.group.id,
      foreignDelegateId: foreign.delegates[0]!.id,
      foreignToken: foreign.tokenOf(foreign.delegates[0]!),
      foreignPresentationId: await insertForeignPresentation(db(), foreign.conference.id),
    };
    const actors = [
      await buildUser(ctx.app, db(), { role: 'unit_admin', unit: '42' }),
      await buildUser(ctx.app, db(), { role: 'leader', unit: '18673', viewScope: '42' }),
      await buildUser(ctx.app, db(), { role: 'officer', unit: '18673', viewScope: '42' }),
      await buildUser(ctx.app, db(), { role: 'viewer', unit: '42' }),
    ];
    const fingerprint = async () =>
      Promise.all(
        [
          'presentations',
          'presentation_events',
          'award_batches',
          'awardees',
          'notifications',
          'mail_outbox',
        ].map(
          async (table) =>
            (
              await queryRows<{ h: string }>(
                db(),
                sql.raw(
                  `SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS h FROM ${table} t`,
                ),
              )
            )[0]!.h,
        ),
      );
    const before = await fingerprint();
    for (const actor of actors)
      for (const [route, build] of Object.entries(CEREMONY_CROSS_SCOPE))
        for (const attempt of build(targets)) {
          const response = await inject({
            ...attempt,
            method: route.split(' ')[0],
            headers: { cookie: actor.cookie },
          });
          expect(response.statusCode, `${actor.account.role} ${route}`).toBe(403);
          expect(['OUT_OF_SCOPE', 'FORBIDDEN']).toContain(response.json().error.code);
        }
    expect(await fingerprint()).toEqual(before);
  });
});
