import type { UnitDetail, UnitListQuery } from '../../../contracts/units';
import type { Actor, ScopeRef } from '../../platform/actor';
import { AppError } from '../../platform/errors';
import { assertCanAdminister, assertCanEdit, canAdminister, canEdit, canView } from '../../platform/scope';
import { unitsMessages as m } from './units.messages';

/**
 * Who may do what with the units: pure functions of the account and the unit, table-tested (units.policy.test.ts),
 * called by units.service before it writes and for `UnitDetail.permissions`. Reading units is open to every
 * signed-in account (the list of units is public knowledge); a list may be narrowed to the account's scopes.
 */

/** What a policy needs of a unit: its code, its path, whether it is of the national list, and its end date. */
export interface UnitFacts {
  code: string;
  path: string;
  isOfficial: boolean;
  validTo: string | null;
}

/** The subtree a list of units is narrowed to: the view or the capture scope when asked, else (null) none. */
export function listedScope(actor: Actor, scope: UnitListQuery['scope'] | undefined): ScopeRef | null {
  if (scope === 'view') return actor.viewScope;
  if (scope === 'capture') return actor.captureScope;
  return null;
}

/** `UnitDetail.permissions`: seen in the scopes, edited while it exists, administered within the capture scope. */
export function unitPermissions(
  actor: Actor,
  unit: Pick<UnitFacts, 'path' | 'validTo'>,
): UnitDetail['permissions'] {
  return {
    canView: canView(actor, unit.path),
    canEdit: canEdit(actor, unit.path) && unit.validTo === null,
    canAdminister: canAdminister(actor, unit.path),
  };
}

/** Adding a village or an organization: a writing role with the parent inside its capture scope. */
export function assertAddsUnder(actor: Actor, parent: Pick<UnitFacts, 'path'>): void {
  assertCanEdit(actor, parent.path);
}

/**
 * Renaming or closing a unit: a writing role with the unit inside its capture scope (FORBIDDEN, OUT_OF_SCOPE), and
 * never a unit of the national list (FORBIDDEN, with its code).
 */
export function assertChangesUnit(actor: Actor, unit: Pick<UnitFacts, 'code' | 'path' | 'isOfficial'>): void {
  assertCanEdit(actor, unit.path);
  if (unit.isOfficial) throw new AppError('FORBIDDEN', m.officialNotEditable, { code: unit.code });
}

/**
 * The group of a body's ký hiệu ("UBND", "SVHTTDL"): its unit administrators (an administrator role with the unit in
 * its capture scope), on any issuing body, official units included: their name stays the national list's.
 */
export function assertSetsSymbol(actor: Actor, unit: Pick<UnitFacts, 'path'>): void {
  assertCanAdminister(actor, unit.path);
}

/** A body's document layout: its unit administrators (an administrator role with the unit in its capture scope). */
export function assertSetsLayout(actor: Actor, unit: Pick<UnitFacts, 'path'>): void {
  assertCanAdminister(actor, unit.path);
}
