import { and, ilike, or, type SQL } from 'drizzle-orm';
import { users } from '../../db/schema/accounts';
import { units } from '../../db/schema/units';
import type { Db } from '../../platform/database';
import { AppError, notFound } from '../../platform/errors';
import type {
  Account,
  ChangePasswordBody,
  CreateUserBody,
  Role,
  UpdateUserBody,
  UserList,
  UserListQuery,
} from '../../../contracts/auth';
import type { Actor, ScopeRef } from '../../platform/actor';
import { assertCanAdminister, assertCanView, scopeCondition } from '../../platform/scope';
import {
  assertCanChangeAccount as canChangeAccount,
  assertGrantableRole,
  assertGrantableScope,
} from './users.policy';
import { hashPassword, verifyPassword } from '../../platform/passwords';
import { endSessions } from '../../platform/sessions';
import { auditUnit, recordAudit } from '../audit/audit.service';
import { resolveUnit, unitSummaries } from '../units/units.service';
import { todayInVietnam } from '../../../core/dates/vn-dates';
import * as repo from './users.repo';
import type { UserRow } from './users.repo';

export { scopeWithin } from './users.policy';
import { usersMessages as m } from './users.messages';

async function presentAll(db: Db, rows: UserRow[]): Promise<Account[]> {
  const unitIds = rows
    .flatMap((u) => [u.unitId, u.organizationId, u.captureUnitId, u.viewUnitId])
    .filter((id): id is number => id !== null);
  const summaries = await unitSummaries(db, unitIds);
  const pick = (id: number | null) => (id === null ? null : (summaries.get(id) ?? null));
  return rows.map((u) => ({
    id: u.id,
    username: u.username,
    fullName: u.fullName,
    position: u.position,
    phone: u.phone,
    email: u.email,
    role: u.role as Role,
    isActive: u.isActive,
    unit: pick(u.unitId),
    organization: pick(u.organizationId),
    captureScope: pick(u.captureUnitId),
    viewScope: pick(u.viewUnitId),
    createdAt: u.createdAt.toISOString(),
  }));
}

async function requireUser(db: Db, id: number): Promise<UserRow> {
  const row = await repo.findUser(db, id);
  if (!row) throw notFound(m.accountNumbered(id));
  return row;
}

export async function getAccount(db: Db, id: number): Promise<Account> {
  const [account] = await presentAll(db, [await requireUser(db, id)]);
  return account!;
}

/** A scope the actor may grant (users.policy), resolved from its code; null is the whole country. */
async function grantableScope(
  db: Db,
  today: string,
  actor: Actor,
  code: string | null,
  field: string,
  label: string,
) {
  if (code === null) {
    assertGrantableScope(actor, null, { field, label, code });
    return null;
  }
  const unit = await resolveUnit(db, code, today);
  assertGrantableScope(actor, unit, { field, label, code });
  return unit;
}

/** Reads the account's scopes and asks the policy whether the actor may change it. */
async function assertCanChangeAccount(db: Db, actor: Actor, row: UserRow, unitPath: string): Promise<void> {
  const ids = [row.captureUnitId, row.viewUnitId].filter((id): id is number => id !== null);
  const paths = await repo.unitPaths(db, ids);
  const scopeOf = (id: number | null): ScopeRef | null => (id === null ? null : { id, path: paths.get(id)! });
  canChangeAccount(actor, {
    id: row.id,
    role: row.role as Role,
    unitPath,
    captureScope: scopeOf(row.captureUnitId),
    viewScope: scopeOf(row.viewUnitId),
  });
}

/** The province's path ("/12/") of a unit's path ("/12/345/6789/"). */
const provincePath = (path: string) => path.slice(0, path.indexOf('/', 1) + 1);

/** An organization for an account of `unitPath`: a cơ quan, tổ chức inside the province of the account's unit. */
async function resolveOrganization(db: Db, today: string, code: string | null | undefined, unitPath: string) {
  if (!code) return null;
  const org = await resolveUnit(db, code, today);
  if (org.level !== 'organization')
    throw new AppError('VALIDATION_FAILED', m.notAnOrganization(org.fullName), {
      field: 'organization',
      code,
    });
  if (!org.path.startsWith(provincePath(unitPath)))
    throw new AppError('VALIDATION_FAILED', m.organizationOutsideProvince(org.fullName), {
      field: 'organization',
      code,
    });
  return org;
}

/** Creates an account inside the actor's capture scope. */
export async function createUser(
  db: Db,
  actor: Actor,
  body: CreateUserBody,
  today: string,
): Promise<Account> {
  const unit = await resolveUnit(db, body.unit, today);
  assertCanAdminister(actor, unit.path);
  assertGrantableRole(actor, body.role);
  const capture = await grantableScope(
    db,
    today,
    actor,
    body.captureScope === undefined ? unit.code : body.captureScope,
    'captureScope',
    m.captureScopeLabel,
  );
  const view = await grantableScope(
    db,
    today,
    actor,
    body.viewScope === undefined ? (capture?.code ?? null) : body.viewScope,
    'viewScope',
    m.viewScopeLabel,
  );
  const organization = await resolveOrganization(db, today, body.organization, unit.path);
  if (await repo.usernameTaken(db, body.username))
    throw new AppError('CONFLICT', m.usernameTaken(body.username), {
      username: body.username,
    });
  const passwordHash = await hashPassword(body.password);
  return db.transaction(async (tx) => {
    const row = await repo.insertUser(tx, {
      username: body.username,
      passwordHash,
      fullName: body.fullName,
      position: body.position ?? null,
      phone: body.phone ?? null,
      email: body.email ?? null,
      role: body.role,
      unitId: unit.id,
      organizationId: organization?.id ?? null,
      captureUnitId: capture?.id ?? null,
      viewUnitId: view?.id ?? null,
    });
    const [account] = await presentAll(tx, [row]);
    await recordAudit(tx, actor, {
      action: 'user.create',
      entityType: 'user',
      entityId: row.id,
      unit,
      after: account,
    });
    return account!;
  });
}

/**
 * Changes an account whose unit and scopes lie inside the actor's capture scope; a new password or disabling
 * ends its sessions.
 */
export async function updateUser(
  db: Db,
  actor: Actor,
  id: number,
  body: UpdateUserBody,
  now: Date,
): Promise<Account> {
  const today = todayInVietnam(now);
  const row = await requireUser(db, id);
  const unit = await repo.findUnitById(db, row.unitId);
  await assertCanChangeAccount(db, actor, row, unit.path);
  if (body.role) assertGrantableRole(actor, body.role);
  const changes: Partial<typeof users.$inferInsert> = { updatedAt: now };
  if (body.fullName !== undefined) changes.fullName = body.fullName;
  if (body.position !== undefined) changes.position = body.position;
  if (body.phone !== undefined) changes.phone = body.phone;
  if (body.email !== undefined) changes.email = body.email;
  if (body.role !== undefined) changes.role = body.role;
  if (body.isActive !== undefined) changes.isActive = body.isActive;
  if (body.organization !== undefined)
    changes.organizationId = (await resolveOrganization(db, today, body.organization, unit.path))?.id ?? null;
  if (body.captureScope !== undefined) {
    changes.captureUnitId =
      (await grantableScope(db, today, actor, body.captureScope, 'captureScope', m.captureScopeLabel))?.id ??
      null;
  }
  if (body.viewScope !== undefined) {
    changes.viewUnitId =
      (await grantableScope(db, today, actor, body.viewScope, 'viewScope', m.viewScopeLabel))?.id ?? null;
  }
  if (body.password !== undefined) {
    changes.passwordHash = await hashPassword(body.password);
    changes.failedLogins = 0;
    changes.lockedUntil = null;
  }
  const updated = await db.transaction(async (tx) => {
    const [before] = await presentAll(tx, [row]);
    const updated = await repo.updateUserRow(tx, id, changes);
    const [after] = await presentAll(tx, [updated]);
    if (body.password !== undefined || body.isActive === false) await endSessions(tx, id);
    await recordAudit(tx, actor, {
      action: 'user.update',
      entityType: 'user',
      entityId: id,
      unit,
      before,
      after: body.password === undefined ? after : { ...after, passwordReset: true },
    });
    return after!;
  });
  return updated;
}

/** Accounts of a unit's subtree (default: the reader's view scope). */
export async function listUsers(
  db: Db,
  actor: Actor,
  query: UserListQuery,
  today: string,
): Promise<UserList> {
  const where: (SQL | undefined)[] = [];
  if (query.unit) {
    const unit = await resolveUnit(db, query.unit, today);
    assertCanView(actor, unit.path);
    where.push(scopeCondition(units.path, unit));
  } else {
    where.push(scopeCondition(units.path, actor.viewScope));
  }
  const q = query.q?.trim();
  if (q) {
    const pattern = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    where.push(or(ilike(users.username, pattern), ilike(users.fullName, pattern)));
  }
  const { rows, total } = await repo.selectUsers(db, and(...where), query);
  return { items: await presentAll(db, rows), total };
}

/** Changes the actor's own password and ends its other sessions. */
export async function changeOwnPassword(
  db: Db,
  actor: Actor,
  body: ChangePasswordBody,
  keepToken: string,
  now: Date,
): Promise<void> {
  const row = await requireUser(db, actor.id);
  if (!(await verifyPassword(row.passwordHash, body.currentPassword))) {
    throw new AppError('INVALID_CREDENTIALS', m.wrongCurrentPassword);
  }
  const passwordHash = await hashPassword(body.newPassword);
  await db.transaction(async (tx) => {
    await repo.updateUserRow(tx, actor.id, { passwordHash, updatedAt: now });
    await endSessions(tx, actor.id, keepToken);
    await recordAudit(tx, actor, {
      action: 'user.password_change',
      entityType: 'user',
      entityId: actor.id,
      unit: await auditUnit(tx, actor.unitId),
    });
  });
}
