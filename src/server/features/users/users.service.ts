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
import { assertCanAdminister, assertCanView, isWithin, scopeCondition } from '../../platform/scope';
import { hashPassword, verifyPassword } from '../../platform/passwords';
import { endSessions } from '../auth/sessions.service';
import { auditUnit, recordAudit } from '../audit/audit.service';
import { resolveUnit, unitSummaries } from '../units/units.service';
import { todayInVietnam } from '../../../core/dates/vn-dates';
import * as repo from './users.repo';
import type { UserRow } from './users.repo';
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

/** Does the scope `inner` lie inside `outer`? A null scope (the whole country) lies only inside a null scope. */
export function scopeWithin(inner: ScopeRef | null, outer: ScopeRef | null): boolean {
  if (outer === null) return true;
  return inner !== null && inner.path.startsWith(outer.path);
}

/**
 * A scope the actor may grant: inside its own capture scope (so that the actor can still change the account
 * afterwards); the whole country only from a system administrator.
 */
async function grantableScope(
  db: Db,
  today: string,
  actor: Actor,
  code: string | null,
  field: string,
  label: string,
) {
  if (code === null) {
    if (actor.role !== 'system_admin')
      throw new AppError('FORBIDDEN', m.nationwideOnlySystemAdmin(label), { field });
    return null;
  }
  const unit = await resolveUnit(db, code, today);
  if (!isWithin(unit.path, actor.captureScope))
    throw new AppError('OUT_OF_SCOPE', m.scopeWiderThanYours(label, unit.fullName), {
      field,
      code,
    });
  return unit;
}

/**
 * An administrator changes only accounts it could have made: the home unit, the capture scope and the view
 * scope must each lie inside the administrator's capture scope.
 */
async function assertCanChangeAccount(db: Db, actor: Actor, row: UserRow, unitPath: string): Promise<void> {
  assertCanAdminister(actor, unitPath);
  if (row.role === 'system_admin' && actor.role !== 'system_admin') throw new AppError('FORBIDDEN');
  const ids = [row.captureUnitId, row.viewUnitId].filter((id): id is number => id !== null);
  const paths = await repo.unitPaths(db, ids);
  const scopeOf = (id: number | null): ScopeRef | null => (id === null ? null : { id, path: paths.get(id)! });
  for (const [field, id] of [
    ['captureScope', row.captureUnitId],
    ['viewScope', row.viewUnitId],
  ] as const) {
    if (!scopeWithin(scopeOf(id), actor.captureScope))
      throw new AppError('OUT_OF_SCOPE', m.accountWiderThanYours, { field, userId: row.id });
  }
}

function assertGrantableRole(actor: Actor, role: Role) {
  if (role === 'system_admin' && actor.role !== 'system_admin') {
    throw new AppError('FORBIDDEN', m.systemAdminOnlyBySystemAdmin);
  }
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
