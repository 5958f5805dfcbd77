import { asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { users } from '../../db/schema/accounts';
import { units } from '../../db/schema/units';
import type { Db } from '../../platform/database';

export type UserRow = typeof users.$inferSelect;
export type UserChanges = Partial<typeof users.$inferInsert>;

export async function findUser(db: Db, id: number): Promise<UserRow | null> {
  const [row] = await db.select().from(users).where(eq(users.id, id)).limit(1);
  return row ?? null;
}

export async function usernameTaken(db: Db, username: string): Promise<boolean> {
  const [row] = await db.select({ id: users.id }).from(users).where(eq(users.username, username)).limit(1);
  return row !== undefined;
}

export async function insertUser(db: Db, values: typeof users.$inferInsert): Promise<UserRow> {
  const [row] = await db.insert(users).values(values).returning();
  return row!;
}

export async function updateUserRow(db: Db, id: number, changes: UserChanges): Promise<UserRow> {
  const [row] = await db.update(users).set(changes).where(eq(users.id, id)).returning();
  return row!;
}

/** The paths of units by id. */
export async function unitPaths(db: Db, ids: number[]): Promise<Map<number, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.select({ id: units.id, path: units.path }).from(units).where(inArray(units.id, ids));
  return new Map(rows.map((u) => [u.id, u.path]));
}

export async function findUnitById(db: Db, id: number) {
  const [unit] = await db.select().from(units).where(eq(units.id, id));
  return unit!;
}

/** Accounts whose unit and name meet `where` (columns of `users` and `units`), by username, with their count. */
export async function selectUsers(
  db: Db,
  where: SQL | undefined,
  page: { limit: number; offset: number },
): Promise<{ rows: UserRow[]; total: number }> {
  const rows = await db
    .select({ user: users })
    .from(users)
    .innerJoin(units, eq(units.id, users.unitId))
    .where(where)
    .orderBy(asc(users.username))
    .limit(page.limit)
    .offset(page.offset);
  const [count] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(users)
    .innerJoin(units, eq(units.id, users.unitId))
    .where(where);
  return { rows: rows.map((r) => r.user), total: count?.n ?? 0 };
}
