import type { Db } from '../../../platform/database';
import { conferenceChecklist } from '../../../db/schema/conferences';
import type { ConferenceTargets, CrossScopeCases, SelfOnlyRoutes } from './conferences.testing';

/** The targets of this file: the foreign conference's objects plus an item of its checklist (and the foreign plan). */
export type ConferencesTargets = ConferenceTargets & { foreignChecklistId?: number; foreignPlanId?: number };

/** An item of the foreign conference's checklist, for the cross-scope attempts on /api/checklist/:id. */
export async function insertForeignChecklistItem(db: Db, conferenceId: number): Promise<number> {
  const [row] = await db
    .insert(conferenceChecklist)
    .values({ conferenceId, position: 1, text: 'Chuẩn bị nước uống cho đại biểu' })
    .returning({ id: conferenceChecklist.id });
  return row!.id;
}

const checklist = (t: ConferenceTargets) => (t as ConferencesTargets).foreignChecklistId;
const plan = (t: ConferenceTargets) => (t as ConferencesTargets).foreignPlanId;

/** Every mutating route of this file's routes, aimed outside the caller's capture scope (see auth/cross-scope.test.ts). */
export const CONFERENCES_CROSS_SCOPE: CrossScopeCases = {
  'POST /api/conferences': (t) => [
    { url: '/api/conferences', payload: { title: 'Hội nghị lạ', unit: '00004' } },
    { url: '/api/conferences', payload: { fromPlan: plan(t) } },
    // A plan the caller may not read, hosted in the caller's own commune: still refused.
    { url: '/api/conferences', payload: { fromPlan: plan(t), unit: '18673' } },
  ],
  'PATCH /api/conferences/:id': (t) => [
    { url: `/api/conferences/${t.foreignConferenceId}`, payload: { title: 'Sửa trái phép' } },
    { url: `/api/conferences/${t.foreignConferenceId}`, payload: { status: 'ended' } },
  ],
  'DELETE /api/conferences/:id': (t) => [{ url: `/api/conferences/${t.foreignConferenceId}` }],
  'POST /api/conferences/:id/cancel': (t) => [
    { url: `/api/conferences/${t.foreignConferenceId}/cancel`, payload: { reason: 'Hủy trái phép' } },
  ],
  'POST /api/conferences/:id/points': (t) => [
    { url: `/api/conferences/${t.foreignConferenceId}/points`, payload: { name: 'Điểm cầu lạ' } },
  ],
  'PATCH /api/points/:id': (t) => [
    { url: `/api/points/${t.foreignPointId}`, payload: { testStatus: 'ok' } },
    { url: `/api/points/${t.foreignPointId}`, payload: { name: 'Sửa trái phép', units: ['18673'] } },
  ],
  'DELETE /api/points/:id': (t) => [{ url: `/api/points/${t.foreignPointId}` }],
  'POST /api/conferences/:id/checklist': (t) => [
    { url: `/api/conferences/${t.foreignConferenceId}/checklist`, payload: { text: 'Việc lạ' } },
  ],
  'POST /api/conferences/:id/checklist/template': (t) => [
    { url: `/api/conferences/${t.foreignConferenceId}/checklist/template`, payload: {} },
  ],
  'PATCH /api/checklist/:id': (t) => [
    { url: `/api/checklist/${checklist(t)}`, payload: { done: true } },
    { url: `/api/checklist/${checklist(t)}`, payload: { text: 'Sửa trái phép' } },
  ],
  'DELETE /api/checklist/:id': (t) => [{ url: `/api/checklist/${checklist(t)}` }],
  'PUT /api/conferences/:id/programme': (t) => [
    { url: `/api/conferences/${t.foreignConferenceId}/programme`, payload: { items: [] } },
    {
      url: `/api/conferences/${t.foreignConferenceId}/programme`,
      payload: { items: [{ kind: 'khai_mac', title: 'Khai mạc', minutes: 10 }] },
    },
  ],
};

/** Routes that act on no unit of the caller's choosing, with the reason. */
export const CONFERENCES_SELF_ONLY: SelfOnlyRoutes = {};
