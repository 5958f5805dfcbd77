import type { FastifyInstance } from 'fastify';
import { communeAccount } from './seed-plans';
import type { Database } from './served-app';

/**
 * A conference of the commune made through the API by a new officer of the commune, with the given delegates added
 * one by one; answers its id, its points, the officer's cookie and the delegates' ids by name.
 */
export async function seedConference(
  ctx: { app: FastifyInstance; database: Database },
  delegates: string[] = [],
) {
  const officer = await communeAccount(ctx, 'officer');
  const call = (method: 'GET' | 'POST', url: string, payload?: object) =>
    ctx.app.inject({ method, url, headers: { cookie: officer }, payload });
  const created = await call('POST', '/api/conferences', {
    title: 'Hội nghị tổng kết phong trào thi đua năm 2030',
    format: 'in_person',
    date: '2030-12-20',
    sessions: [{ label: 'Sáng', start: '07:30', end: '11:30' }],
    venue: 'Hội trường UBND xã',
  });
  if (created.statusCode !== 201) throw new Error(`conference not created: ${created.body}`);
  const conference = created.json<{ id: number; points: { id: number; name: string }[] }>();
  const ids: Record<string, number> = {};
  for (const name of delegates) {
    const added = await call('POST', `/api/conferences/${conference.id}/delegates`, {
      name,
      position: 'Chuyên viên',
    });
    if (added.statusCode !== 201) throw new Error(`delegate not added: ${added.body}`);
    ids[name] = added.json<{ id: number }>().id;
  }
  const delegatesNow = async () =>
    (await call('GET', `/api/conferences/${conference.id}/delegates?limit=500`)).json<{
      items: Record<string, unknown>[];
    }>().items;
  return { conferenceId: conference.id, points: conference.points, officer, ids, delegatesNow, call };
}
