import type { CrossScopeCases, SelfOnlyRoutes } from '../conference/conferences.testing';

/** Every mutating route of this file's routes, aimed outside the caller's capture scope (see auth/cross-scope.test.ts). */
export const CHECKIN_CROSS_SCOPE: CrossScopeCases = {
  'POST /api/checkin': (t) => [
    // A valid QR token of the foreign conference, at its own point.
    { url: '/api/checkin', payload: { token: t.foreignToken, point: t.foreignPointId } },
    // Search check-in of the foreign delegate by id.
    {
      url: '/api/checkin',
      payload: {
        delegateId: t.foreignDelegateId,
        conferenceId: t.foreignConferenceId,
        point: t.foreignPointId,
      },
    },
  ],
  'POST /api/delegates/:id/absence': (t) => [
    { url: `/api/delegates/${t.foreignDelegateId}/absence`, payload: { reason: 'Ghi vắng trái phép' } },
  ],
  'DELETE /api/delegates/:id/attendance': (t) => [
    { url: `/api/delegates/${t.foreignDelegateId}/attendance` },
  ],
};

/** Routes that act on no unit of the caller's choosing, with the reason. */
export const CHECKIN_SELF_ONLY: SelfOnlyRoutes = {};
