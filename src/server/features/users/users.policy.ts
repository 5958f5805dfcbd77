import type { Role } from '../../../contracts/auth';
import type { Actor, ScopeRef } from '../../platform/actor';
import { AppError } from '../../platform/errors';
import { assertCanAdminister, isWithin } from '../../platform/scope';
import { usersMessages as m } from './users.messages';

/**
 * Who may manage which accounts and grant what: pure functions of the administrator and the account, table-tested
 * (users.policy.test.ts), called by users.service before it writes.
 */

/** Does the scope `inner` lie inside `outer`? A null scope (the whole country) lies only inside a null scope. */
export function scopeWithin(inner: ScopeRef | null, outer: ScopeRef | null): boolean {
  if (outer === null) return true;
  return inner !== null && inner.path.startsWith(outer.path);
}

/** Only a system administrator makes (or promotes to) a system administrator. */
export function assertGrantableRole(actor: Actor, role: Role): void {
  if (role === 'system_admin' && actor.role !== 'system_admin') {
    throw new AppError('FORBIDDEN', m.systemAdminOnlyBySystemAdmin);
  }
}

/**
 * A scope the actor may grant: inside its own capture scope (so that the actor can still change the account
 * afterwards); the whole country (`unit` null) only from a system administrator.
 */
export function assertGrantableScope(
  actor: Actor,
  unit: { path: string; fullName: string } | null,
  grant: { field: string; label: string; code: string | null },
): void {
  if (unit === null) {
    if (actor.role !== 'system_admin')
      throw new AppError('FORBIDDEN', m.nationwideOnlySystemAdmin(grant.label), { field: grant.field });
    return;
  }
  if (!isWithin(unit.path, actor.captureScope))
    throw new AppError('OUT_OF_SCOPE', m.scopeWiderThanYours(grant.label, unit.fullName), {
      field: grant.field,
      code: grant.code,
    });
}

/** What the policy needs of an account: its role, its home unit's path and its two scopes. */
export interface AccountFacts {
  id: number;
  role: Role;
  unitPath: string;
  captureScope: ScopeRef | null;
  viewScope: ScopeRef | null;
}

/**
 * An administrator changes only accounts it could have made: the home unit, the capture scope and the view scope
 * must each lie inside the administrator's capture scope; a system administrator's account only by another.
 */
export function assertCanChangeAccount(actor: Actor, account: AccountFacts): void {
  assertCanAdminister(actor, account.unitPath);
  if (account.role === 'system_admin' && actor.role !== 'system_admin') throw new AppError('FORBIDDEN');
  for (const [field, scope] of [
    ['captureScope', account.captureScope],
    ['viewScope', account.viewScope],
  ] as const) {
    if (!scopeWithin(scope, actor.captureScope))
      throw new AppError('OUT_OF_SCOPE', m.accountWiderThanYours, { field, userId: account.id });
  }
}
