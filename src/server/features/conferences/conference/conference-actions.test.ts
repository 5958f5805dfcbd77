import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { InjectOptions } from 'fastify';
import { engines } from '../../../testing/test-db';
import { useTestApp } from '../../../testing/test-app';
import { buildUser, buildVillage } from '../../../testing/factories';
import { conferences, delegates } from '../../../db/schema/conferences';
import { CONFERENCE_STEPS } from '../../../../core/conferences/lifecycle';
import type { ConferenceDetail, ConferenceStatus } from '../../../../contracts/conferences';
import { insertTestConference } from './conferences.testing';

const STATUSES: ConferenceStatus[] = [...CONFERENCE_STEPS, 'cancelled'];

/** `ConferenceDetail.allowedActions` lists exactly what the API then accepts from the same account. */
describe.each(engines())('allowedActions on %s', (engine) => {
  const ctx = useTestApp(engine);
  const db = () => ctx.database.db;
  const as = (cookie: string) => (options: InjectOptions) =>
    ctx.app.inject({ ...options, headers: { ...options.headers, cookie } });
  const setStatus = (id: number, status: ConferenceStatus) =>
    db().update(conferences).set({ status }).where(eq(conferences.id, id));

  /** Reads the actions at a status, then tries each one (the status set back before each try). */
  async function probe(call: ReturnType<typeof as>, id: number, status: ConferenceStatus) {
    await setStatus(id, status);
    const url = `/api/conferences/${id}`;
    const read = await call({ method: 'GET', url });
    expect(read.statusCode, read.body).toBe(200);
    const listed = read.json<ConferenceDetail>().allowedActions;
    const accepted: string[] = [];
    for (const to of CONFERENCE_STEPS.filter((s) => s !== status)) {
      await setStatus(id, status);
      if ((await call({ method: 'PATCH', url, payload: { status: to } })).statusCode === 200)
        accepted.push(to);
    }
    await setStatus(id, status);
    const edit =
      (await call({ method: 'PATCH', url, payload: { venue: 'Hội trường B' } })).statusCode === 200;
    await setStatus(id, status);
    const cancel =
      (await call({ method: 'POST', url: `${url}/cancel`, payload: { reason: 'Thử' } })).statusCode === 200;
    await setStatus(id, status);
    return { listed, tried: { edit, moveTo: accepted, cancel } };
  }

  it('for the organiser, at every status, and its delete', async () => {
    const officer = await buildUser(ctx.app, db(), { role: 'officer', unit: '18673' });
    const call = as(officer.cookie);
    for (const status of STATUSES) {
      const { conference } = await insertTestConference(db(), { delegates: 0 });
      const { listed, tried } = await probe(call, conference.id, status);
      expect({ status, ...tried }, JSON.stringify(listed)).toEqual({
        status,
        edit: listed.edit,
        moveTo: listed.moveTo,
        cancel: listed.cancel,
      });
      expect(listed.nextStep === null || listed.moveTo.includes(listed.nextStep)).toBe(true);
      expect(listed.delete).toBe(true);
      const deleted = await call({ method: 'DELETE', url: `/api/conferences/${conference.id}` });
      expect(deleted.statusCode, deleted.body).toBe(204);
    }
  });

  it('does not offer delete once a giấy mời has gone out, and the API refuses it', async () => {
    const officer = await buildUser(ctx.app, db(), { role: 'officer', unit: '18673' });
    const call = as(officer.cookie);
    const t = await insertTestConference(db(), { delegates: 1 });
    await db().update(delegates).set({ invitedAt: new Date() }).where(eq(delegates.id, t.delegates[0]!.id));
    const url = `/api/conferences/${t.conference.id}`;
    const listed = (await call({ method: 'GET', url })).json<ConferenceDetail>().allowedActions;
    expect(listed).toMatchObject({ delete: false, cancel: true });
    expect((await call({ method: 'DELETE', url })).statusCode).toBe(409);
  });

  it('offers nothing to a viewer or a unit inside the area, and the API accepts nothing from them', async () => {
    const { conference } = await insertTestConference(db(), { delegates: 0 });
    const viewer = await buildUser(ctx.app, db(), { role: 'viewer', unit: '18673' });
    const village = await buildVillage(db(), '18673');
    const villager = await buildUser(ctx.app, db(), { role: 'officer', unit: village.code });
    for (const cookie of [viewer.cookie, villager.cookie]) {
      const call = as(cookie);
      for (const status of ['planned', 'ended'] as const) {
        const { listed, tried } = await probe(call, conference.id, status);
        expect(listed).toEqual({ edit: false, moveTo: [], nextStep: null, cancel: false, delete: false });
        expect(tried).toEqual({ edit: false, moveTo: [], cancel: false });
      }
      expect(
        (await call({ method: 'DELETE', url: `/api/conferences/${conference.id}` })).statusCode,
      ).not.toBe(204);
    }
  });
});
