import type { Db } from '../../../platform/database';
import { presentations } from '../../../db/schema/conferences';
import type {
  ConferenceTargets,
  CrossScopeAttempt,
  CrossScopeCases,
  SelfOnlyRoutes,
} from '../conference/conferences.testing';

/** The targets of this file: the foreign conference's objects plus a tham luận of it. */
export type CeremonyTargets = ConferenceTargets & { foreignPresentationId?: number };

/** A tham luận of the foreign conference, with a file, for the cross-scope attempts on /api/presentations/:id. */
export async function insertForeignPresentation(db: Db, conferenceId: number): Promise<number> {
  const [row] = await db
    .insert(presentations)
    .values({
      conferenceId,
      position: 1,
      topic: 'Tham luận của đơn vị ngoài phạm vi',
      status: 'submitted',
      fileName: 'tham-luan.pdf',
      fileType: 'application/pdf',
      fileSize: 15,
      file: Buffer.from('%PDF-1.4\n%%EOF\n'),
    })
    .returning({ id: presentations.id });
  return row!.id;
}

// The test replaces an attempt's headers with the actor's cookie, so a file attempt goes as JSON: the routes decide who
// may send before they read any file, and the multipart refusals are tested in presentations.test.ts and awards.test.ts.
const upload = (url: string): CrossScopeAttempt => ({ url, payload: {} });

const presentation = (t: ConferenceTargets) => (t as CeremonyTargets).foreignPresentationId;

/** Every mutating route of this file's routes, aimed outside the caller's capture scope (see auth/cross-scope.test.ts). */
export const CEREMONY_CROSS_SCOPE: CrossScopeCases = {
  'POST /api/conferences/:id/presentations': (t) => [
    { url: `/api/conferences/${t.foreignConferenceId}/presentations`, payload: { topic: 'Tham luận lạ' } },
  ],
  'PATCH /api/presentations/:id': (t) => [
    { url: `/api/presentations/${presentation(t)}`, payload: { topic: 'Sửa trái phép' } },
    { url: `/api/presentations/${presentation(t)}`, payload: { position: 1 } },
  ],
  'DELETE /api/presentations/:id': (t) => [{ url: `/api/presentations/${presentation(t)}` }],
  'POST /api/presentations/:id/file': (t) => [upload(`/api/presentations/${presentation(t)}/file`)],
  'POST /api/presentations/:id/review': (t) => [
    { url: `/api/presentations/${presentation(t)}/review`, payload: { verdict: 'approve' } },
    {
      url: `/api/presentations/${presentation(t)}/review`,
      payload: { verdict: 'request_changes', comment: 'Sửa lại' },
    },
  ],
  'POST /api/conferences/:id/presentations/remind': (t) => [
    { url: `/api/conferences/${t.foreignConferenceId}/presentations/remind`, payload: {} },
  ],
  'PUT /api/conferences/:id/awards': (t) => [
    {
      url: `/api/conferences/${t.foreignConferenceId}/awards`,
      payload: {
        batches: [
          {
            title: 'Đợt lạ',
            awardees: [{ kind: 'individual', name: 'Người lạ', awardForm: 'Giấy khen' }],
          },
        ],
      },
    },
  ],
  'POST /api/conferences/:id/awards/import': (t) => [
    upload(`/api/conferences/${t.foreignConferenceId}/awards/import`),
  ],
};

/** Routes that act on no unit of the caller's choosing, with the reason. */
export const CEREMONY_SELF_ONLY: SelfOnlyRoutes = {};
