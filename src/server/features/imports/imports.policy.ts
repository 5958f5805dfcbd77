import type { Actor } from '../../platform/actor';
import { AppError } from '../../platform/errors';
import { assertCanEdit, assertCanView, isEditorRole } from '../../platform/scope';
import { importsMessages as m } from './imports.messages';

/**
 * Who may import a plan file and read or teach what its names mean: pure functions of the account and the area,
 * table-tested (imports.policy.test.ts), called by imports.routes (before the upload is read) and mappings.service.
 */

/** The area whose names are resolved: its unit's path and name. */
export interface AreaFacts {
  path: string;
  name: string;
}

/** Reading a plan file into a draft: every role that writes plans (a viewer is refused, in its own words). */
export const importsPlans = (actor: Actor): boolean => isEditorRole(actor.role);

export function assertImportsPlans(actor: Actor): void {
  if (!importsPlans(actor)) throw new AppError('FORBIDDEN', m.viewerCannotImport);
}

/** What an area's names stand for: read by whoever sees the area (else OUT_OF_SCOPE). */
export function assertResolvesNames(actor: Actor, area: Pick<AreaFacts, 'path'>): void {
  assertCanView(actor, area.path);
}

/** Teaching an area what a name means: a writing role with the area inside its capture scope. */
export function assertMapsNames(actor: Actor, area: Pick<AreaFacts, 'path'>): void {
  assertCanEdit(actor, area.path);
}

/** A name of an area stands only for a unit inside that area (else OUT_OF_SCOPE, naming both). */
export function assertMapsInside(area: AreaFacts, target: { path: string; fullName: string }): void {
  if (!target.path.startsWith(area.path))
    throw new AppError('OUT_OF_SCOPE', m.outsideArea(target.fullName, area.name));
}
