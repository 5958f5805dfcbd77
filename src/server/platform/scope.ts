import { like, type SQL, type AnyColumn } from 'drizzle-orm';
import type { Role } from '../../contracts/auth';
import { AppError } from './errors';
import type { Actor, ScopeRef } from './actor';

const EDITOR_ROLES: ReadonlySet<Role> = new Set(['system_admin', 'unit_admin', 'officer', 'leader']);
const ADMIN_ROLES: ReadonlySet<Role> = new Set(['system_admin', 'unit_admin']);

/** Is a unit (by its path) inside a scope? A null scope is the whole country. */
export function isWithin(path: string, scope: ScopeRef | null): boolean {
  return scope === null || path.startsWith(scope.path);
}

/** SQL for "this path column lies in the scope", or undefined for the whole country. */
export function scopeCondition(column: AnyColumn | SQL, scope: ScopeRef | null): SQL | undefined {
  return scope === null ? undefined : like(column, scope.path + '%');
}

export const canView = (actor: Actor, path: string) =>
  isWithin(path, actor.viewScope) || isWithin(path, actor.captureScope);
export const canEdit = (actor: Actor, path: string) =>
  EDITOR_ROLES.has(actor.role) && isWithin(path, actor.captureScope);
export const canAdminister = (actor: Actor, path: string) =>
  ADMIN_ROLES.has(actor.role) && isWithin(path, actor.captureScope);
export const isAdminRole = (role: Role) => ADMIN_ROLES.has(role);
/** A role that may change data somewhere (every role but `viewer`); where is the capture scope's business. */
export const isEditorRole = (role: Role) => EDITOR_ROLES.has(role);

/** Throws FORBIDDEN when the role may not change data, OUT_OF_SCOPE when the unit is outside the capture scope. */
export function assertCanEdit(actor: Actor, unitPath: string): void {
  if (!EDITOR_ROLES.has(actor.role)) throw new AppError('FORBIDDEN');
  if (!isWithin(unitPath, actor.captureScope)) throw new AppError('OUT_OF_SCOPE');
}

export function assertCanAdminister(actor: Actor, unitPath: string): void {
  if (!ADMIN_ROLES.has(actor.role)) throw new AppError('FORBIDDEN');
  if (!isWithin(unitPath, actor.captureScope)) throw new AppError('OUT_OF_SCOPE');
}

export function assertCanView(actor: Actor, unitPath: string): void {
  if (!canView(actor, unitPath)) throw new AppError('OUT_OF_SCOPE');
}
