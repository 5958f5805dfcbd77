import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { users } from '../../db/schema/accounts';
import { auditLog } from '../../db/schema/audit';
import { taskAttachments, taskComments, taskReports } from '../../db/schema/plans';
import { units } from '../../db/schema/units';
import type { Db } from '../../platform/database';

/** A task's reports (newest first, with their unit and author), their files, and its comments (oldest first). */
export async function selectTaskReports(db: Db, taskId: number) {
  const reports = await db
    .select({
      id: taskReports.id,
      code: units.code,
      name: units.fullName,
      author: users.fullName,
      text: taskReports.text,
      status: taskReports.status,
      progress: taskReports.progress,
      createdAt: taskReports.createdAt,
    })
    .from(taskReports)
    .innerJoin(units, eq(units.id, taskReports.unitId))
    .leftJoin(users, eq(users.id, taskReports.createdBy))
    .where(eq(taskReports.taskId, taskId))
    .orderBy(desc(taskReports.createdAt), desc(taskReports.id));
  const files =
    reports.length === 0
      ? []
      : await db
          .select({
            id: taskAttachments.id,
            reportId: taskAttachments.reportId,
            fileName: taskAttachments.fileName,
            contentType: taskAttachments.contentType,
            size: taskAttachments.size,
          })
          .from(taskAttachments)
          .where(
            inArray(
              taskAttachments.reportId,
              reports.map((r) => r.id),
            ),
          )
          .orderBy(asc(taskAttachments.id));
  const comments = await db
    .select({
      id: taskComments.id,
      author: users.fullName,
      text: taskComments.text,
      createdAt: taskComments.createdAt,
    })
    .from(taskComments)
    .leftJoin(users, eq(users.id, taskComments.userId))
    .where(eq(taskComments.taskId, taskId))
    .orderBy(asc(taskComments.createdAt), asc(taskComments.id));
  return { reports, files, comments };
}

const actor = alias(users, 'u');

/** A task's audit rows, oldest first, with the acting account's name. */
export function selectTaskHistory(db: Db, taskId: number) {
  return db
    .select({
      at: auditLog.at,
      actor: auditLog.actorUsername,
      actorName: actor.fullName,
      action: auditLog.action,
      before: auditLog.before,
      after: auditLog.after,
    })
    .from(auditLog)
    .leftJoin(actor, eq(actor.id, auditLog.actorId))
    .where(and(eq(auditLog.entityType, 'task'), eq(auditLog.entityId, String(taskId))))
    .orderBy(asc(auditLog.id));
}

export async function insertReport(db: Db, values: typeof taskReports.$inferInsert) {
  const [report] = await db.insert(taskReports).values(values).returning();
  return report!;
}

export async function insertAttachments(db: Db, rows: (typeof taskAttachments.$inferInsert)[]) {
  await db.insert(taskAttachments).values(rows);
}

export async function insertComment(db: Db, values: typeof taskComments.$inferInsert) {
  const [row] = await db.insert(taskComments).values(values).returning();
  return row!;
}

export async function findUserName(db: Db, userId: number): Promise<string | undefined> {
  const [row] = await db.select({ name: users.fullName }).from(users).where(eq(users.id, userId));
  return row?.name;
}

/** An attachment's file and the task its report is on. */
export async function findAttachment(db: Db, id: number) {
  const [file] = await db
    .select({
      fileName: taskAttachments.fileName,
      contentType: taskAttachments.contentType,
      data: taskAttachments.data,
      taskId: taskReports.taskId,
    })
    .from(taskAttachments)
    .innerJoin(taskReports, eq(taskReports.id, taskAttachments.reportId))
    .where(eq(taskAttachments.id, id));
  return file;
}
