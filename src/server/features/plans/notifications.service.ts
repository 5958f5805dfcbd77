import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../platform/database';
import { notFound } from '../../platform/errors';
import type { Notification } from '../../../contracts/plans';
import type { Actor } from '../auth/actor';
import { actorUnits } from './task-access';

const inUnits = (ids: number[]) =>
  sql`unit_id IN (${sql.join(
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

export async function markRead(db: Db, actor: Actor, id: number): Promise<void> {
  const ids = await actorUnits(db, actor);
  const rows = await queryRows<{ id: number }>(
    db,
    sql`UPDATE notifications SET read_at = coalesce(read_at, now()) WHERE id = ${id} AND ${inUnits(ids)} RETURNING id`,
  );
  if (rows.length === 0) throw notFound(`thông báo số ${id}`);
}

export async function markAllRead(db: Db, actor: Actor): Promise<void> {
  const ids = await actorUnits(db, actor);
  await db.execute(sql`UPDATE notifications SET read_at = now() WHERE ${inUnits(ids)} AND read_at IS NULL`);
}
