import { eq, gte, lt, type SQL } from 'drizzle-orm';
import { auditLog } from '../../db/schema/audit';
import type { Db } from '../../platform/database';
import type { AuditList, AuditQuery } from '../../../contracts/audit';
import type { Actor } from '../../platform/actor';
import { scopeCondition } from '../../platform/scope';
import { findAuditUnit, insertAuditRow, selectAudit, underUnitCode } from './audit.repo';

export interface AuditRecord {
  action: string;
  entityType: string;
  entityId: string | number | null;
  unit: { id: number; path: string } | null;
  before?: unknown;
  after?: unknown;
}

/** Writes one audit row; call it inside the transaction of the change it records. */
export async function recordAudit(db: Db, actor: Actor | null, record: AuditRecord): Promise<void> {
  await insertAuditRow(db, {
    actorId: actor?.id ?? null,
    actorUsername: actor?.username ?? null,
    action: record.action,
    entityType: record.entityType,
    entityId: record.entityId === null ? null : String(record.entityId),
    unitId: record.unit?.id ?? null,
    unitPath: record.unit?.path ?? null,
    before: record.before ?? null,
    after: record.after ?? null,
    ip: actor?.ip ?? null,
  });
}

/** A unit as an audit row names it (id and path), by id; null when there is none. */
export function auditUnit(db: Db, unitId: number): Promise<{ id: number; path: string } | null> {
  return findAuditUnit(db, unitId);
}

/** Reads the audit log within the reader's capture scope (system administrators see everything). */
export async function listAudit(db: Db, actor: Actor, query: AuditQuery): Promise<AuditList> {
  const where: SQL[] = [];
  const scope = scopeCondition(auditLog.unitPath, actor.captureScope);
  if (scope) where.push(scope);
  if (query.actor) where.push(eq(auditLog.actorUsername, query.actor.toLowerCase()));
  if (query.action) where.push(eq(auditLog.action, query.action));
  if (query.entityType) where.push(eq(auditLog.entityType, query.entityType));
  if (query.entityId) where.push(eq(auditLog.entityId, query.entityId));
  if (query.unit) where.push(underUnitCode(query.unit));
  if (query.from) where.push(gte(auditLog.at, new Date(`${query.from}T00:00:00+07:00`)));
  if (query.to)
    where.push(lt(auditLog.at, new Date(new Date(`${query.to}T00:00:00+07:00`).getTime() + 86_400_000)));
  const { rows, total } = await selectAudit(db, where, query);
  return {
    total,
    items: rows.map(({ entry, unitCode }) => ({
      id: entry.id,
      at: entry.at.toISOString(),
      actorId: entry.actorId,
      actorUsername: entry.actorUsername,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      unitCode,
      before: entry.before,
      after: entry.after,
      ip: entry.ip,
    })),
  };
}
