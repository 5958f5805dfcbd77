import type { CrossScopeCases, SelfOnlyRoutes } from '../conference/conferences.testing';

/** Every mutating route of this file's routes, aimed outside the caller's capture scope (see auth/cross-scope.test.ts). */
export const INVITATIONS_CROSS_SCOPE: CrossScopeCases = {
  'POST /api/conferences/:id/invitations': (t) => [
    { url: `/api/conferences/${t.foreignConferenceId}/invitations`, payload: {} },
    {
      url: `/api/conferences/${t.foreignConferenceId}/invitations`,
      payload: { issue: false, email: false, signer: { authority: null, position: 'Chủ tịch', name: 'X' } },
    },
  ],
  'POST /api/conferences/:id/invitations/remind': (t) => [
    { url: `/api/conferences/${t.foreignConferenceId}/invitations/remind`, payload: {} },
  ],
  'POST /api/delegates/:id/invitation/reissue': (t) => [
    { url: `/api/delegates/${t.foreignDelegateId}/invitation/reissue`, payload: { email: false } },
  ],
  'POST /api/delegates/:id/invitation/cancel': (t) => [
    { url: `/api/delegates/${t.foreignDelegateId}/invitation/cancel`, payload: {} },
  ],
};

/** Routes that act on no unit of the caller's choosing, with the reason. */
export const INVITATIONS_SELF_ONLY: SelfOnlyRoutes = {
  'POST /api/rsvp/:token':
    'public, no login: answers for the one delegate its signed token names (HMAC under the conference secret), nothing else',
};
