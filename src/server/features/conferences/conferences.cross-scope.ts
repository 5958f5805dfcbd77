import type { CrossScopeCases, SelfOnlyRoutes } from './conferences.testing';

/** Every mutating route of this file's routes, aimed outside the caller's capture scope (see auth/cross-scope.test.ts). */
export const CONFERENCES_CROSS_SCOPE: CrossScopeCases = {};

/** Routes that act on no unit of the caller's choosing, with the reason. */
export const CONFERENCES_SELF_ONLY: SelfOnlyRoutes = {};
