import type { CrossScopeCases, SelfOnlyRoutes } from '../conference/conferences.testing';

/** Every mutating delegates route, aimed at the foreign conference (see auth/cross-scope.test.ts). */
export const DELEGATES_CROSS_SCOPE: CrossScopeCases = {
  'POST /api/conferences/:id/groups': (t) => [
    { url: `/api/conferences/${t.foreignConferenceId}/groups`, payload: { title: 'Nhóm lạ' } },
  ],
  'PATCH /api/groups/:id': (t) => [
    { url: `/api/groups/${t.foreignGroupId}`, payload: { title: 'Sửa trái phép' } },
    { url: `/api/groups/${t.foreignGroupId}`, payload: { rule: 'Chủ tịch UBND các xã' } },
  ],
  'DELETE /api/groups/:id': (t) => [{ url: `/api/groups/${t.foreignGroupId}` }],
  'POST /api/groups/:id/expand': (t) => [{ url: `/api/groups/${t.foreignGroupId}/expand` }],
  'POST /api/conferences/:id/delegates': (t) => [
    {
      url: `/api/conferences/${t.foreignConferenceId}/delegates`,
      payload: { name: 'Người lạ', position: 'Khách' },
    },
  ],
  'PATCH /api/delegates/:id': (t) => [
    { url: `/api/delegates/${t.foreignDelegateId}`, payload: { name: 'Đổi tên trái phép' } },
    { url: `/api/delegates/${t.foreignDelegateId}`, payload: { groupId: t.foreignGroupId } },
  ],
  'DELETE /api/delegates/:id': (t) => [{ url: `/api/delegates/${t.foreignDelegateId}` }],
  'POST /api/conferences/:id/delegates/import': (t) => [
    // The harness sends its own headers, so no multipart here: delegate-import.test.ts sends a real file.
    { url: `/api/conferences/${t.foreignConferenceId}/delegates/import`, payload: {} },
  ],
};

/** None: every delegates route acts on a conference and checks its organiser's scope. */
export const DELEGATES_SELF_ONLY: SelfOnlyRoutes = {};
