import type { Actor } from '../../platform/actor';
import { AppError } from '../../platform/errors';
import { isAdminRole } from '../../platform/scope';
import { auditMessages as m } from './audit.messages';

/** Who reads the audit log: administrators, each within its capture scope (audit.service filters by it). */
export function assertReadsAudit(actor: Actor): void {
  if (!isAdminRole(actor.role)) throw new AppError('FORBIDDEN', m.adminsOnly);
}
