import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../platform/database';
import { notFound } from '../../platform/errors';
import type { Notification } from '../../../contracts/plans';
import type { Actor } from '../auth/actor';
import { recordAudit } from '../audit/audit.service';
import { actorUnits } from './task-access';

const inUnits = (ids: number[], column = sql`unit_id`) =>
  sql`${column} IN (${sql.join(
    ids.map((i) => sql`${i}`),
    sql`, `,
  )})`;

/** The notices of the account's unit and organization, newest first (a notice is read once for the whole unit). */
export async function listNotifications(db: Db, actor: Actor, unreadOnly: boolean) {
  const ids = await actorUnits(db, actor);
  const rows = await queryRows<{
    id: number;
    kind: string;
    title: string;
    body: string;
    task_id: number | null;
    plan_id: number | null;
    created_at: Date | string;
    read_at: Date | string | null;
  }>(
    db,
    sql`SELECT id, kind, title, body, task_id, plan_id, created_at, read_at FROM notifications
        WHERE ${inUnits(ids)} ${unreadOnly ? sql`AND read_at IS NULL` : sql``}
        ORDER BY created_at DESC, id DESC LIMIT 50`,
  );
  const [count] = await queryRows<{ n: number }>(
    db,
    sql`SELECT count(*)::int AS n FROM notifications WHERE ${inUnits(ids)} AND read_at IS NULL`,
  );
  const items: Notification[] = rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    title: r.title,
    body: r.body,
    taskId: r.task_id,
    planId: r.plan_id,
    createdAt: new Date(r.created_at).toISOString(),
    readAt: r.read_at ? new Date(r.read_at).toISOString() : null,
  }));
  return { items, unread: count!.n };
}

/** A notice marked read, with its unit (for the audit row and its scope). */
type Marked = { id: number; unit_id: number; unit_path: string };

/**
 * Marks one notice of the account's units read, with its audit row in the same transaction. A notice already read
 * changes nothing and writes nothing; one of another unit (or none) is not found.
 */
export async function markRead(db: Db, actor: Actor, id: number): Promise<void> {
  const ids = await actorUnits(db, actor);
  await db.transaction(async (tx) => {
    const [marked] = await queryRows<Marked>(
      tx,
      sql`UPDATE notifications n SET read_at = now() FROM units u
           WHERE n.id = ${id} AND ${inUnits(ids, sql`n.unit_id`)} AND n.read_at IS NULL AND u.id = n.unit_id
       RETURNING n.id, n.unit_id, u.path AS unit_path`,
    );
    if (!marked) {
      const [exists] = await queryRows<{ id: number }>(
        tx,
        sql`SELECT id FROM notifications WHERE id = ${id} AND ${inUnits(ids)}`,
      );
      if (!exists) throw notFound(`thông báo số ${id}`);
      return;
    }
    await recordAudit(tx, actor, {
      action: 'notification.read',
      entityType: 'notification',
      entityId: marked.id,
      unit: { id: marked.unit_id, path: marked.unit_path },
      after: { notifications: [marked.id] },
    });
  });
}

/**
 * Marks every unread notice of the account's units read: one audit row per unit whose notices changed, naming
 * "all" with the ids and their count, in the same transaction. Their read_at is that transaction's now(), the
 * audit row's time. Nothing unread changes nothing and writes nothing.
 */
export async function markAllRead(db: Db, actor: Actor): Promise<void> {
  const ids = await actorUnits(db, actor);
  await db.transaction(async (tx) => {
    const marked = await queryRows<Marked>(
      tx,
      sql`UPDATE notifications n SET read_at = now() FROM units u
           WHERE ${inUnits(ids, sql`n.unit_id`)} AND n.read_at IS NULL AND u.id = n.unit_id
       RETURNING n.id, n.unit_id, u.path AS unit_path`,
    );
    const byUnit = new Map<number, Marked[]>();
    for (const row of marked) byUnit.set(row.unit_id, [...(byUnit.get(row.unit_id) ?? []), row]);
    for (const [unitId, rows] of byUnit) {
      const notices = rows.map((r) => r.id).sort((a, b) => a - b);
      await recordAudit(tx, actor, {
        action: 'notification.read_all',
        entityType: 'notification',
        entityId: 'all',
        unit: { id: unitId, path: rows[0]!.unit_path },
        after: { notifications: 'all', ids: notices, count: notices.length },
      });
    }
  });
}
