import { sql, type SQL } from 'drizzle-orm';
import { alias, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { documents } from '../../db/schema/documents';
import { plans, reminderLog, taskParties, tasks } from '../../db/schema/plans';
import { units } from '../../db/schema/units';
import { queryRows, type Db } from '../../platform/database';

/** The decision's aliases: `t` (tasks) of `pl` (plans) with `d` (its document), `p` (a lead party), `u` (a unit). */
const t = alias(tasks, 't');
const pl = alias(plans, 'pl');
const d = alias(documents, 'd');
const p = alias(taskParties, 'p');
const u = alias(units, 'u');
/** The lead parties (`lp`) and their units (`lu`) an escalation names. */
const lp = alias(taskParties, 'lp');
const lu = alias(units, 'lu');
/** A column of reminder_log by its bare name, as an INSERT's column list and RETURNING want it. */
const logColumn = (column: AnyPgColumn) => sql.identifier(column.name);

/** A reminder decided and logged by this run, with what its notice and e-mail say. */
export interface DecidedReminder {
  id: number;
  task_id: number;
  unit_id: number;
  kind: 'before' | 'due' | 'overdue' | 'escalation';
  deadline: string;
  text: string;
  deadline_raw: string | null;
  plan_id: number;
  plan_number: string | null;
  plan_title: string;
  unit_name: string;
  lead_name: string;
}

/**
 * SQL: the reminder a candidate task (alias t, already open, non-recurring, of a running plan) is due on `today`:
 * overdue once its due day has passed, due on the day, before otherwise.
 */
const reminderKindSql = (today: string): SQL =>
  sql`CASE WHEN ${t.deadlineTo} < ${today}::date THEN 'overdue'
           WHEN ${t.deadlineTo} = ${today}::date THEN 'due' ELSE 'before' END`;

/**
 * Decides and logs `today`'s reminders in one statement: `daysBefore` days before the deadline, on the day, once
 * overdue (up to `horizonDays` after), and an escalation to the lead unit's parent once overdue. The unique key of
 * reminder_log makes each come out once, however often this runs.
 */
export function decideReminders(
  tx: Db,
  today: string,
  window: { daysBefore: number; horizonDays: number },
): Promise<DecidedReminder[]> {
  return queryRows<DecidedReminder>(
    tx,
    sql`WITH candidates AS (
            SELECT ${t.id} AS task_id, ${p.unitId} AS unit_id, ${u.parentId} AS parent_id,
                   ${t.deadlineTo} AS deadline_to, ${reminderKindSql(today)} AS kind
            FROM ${tasks} ${t}
            JOIN ${plans} ${pl} ON ${pl.id} = ${t.planId} AND ${pl.status} IN ('issued', 'in_progress')
            JOIN ${taskParties} ${p} ON ${p.taskId} = ${t.id} AND ${p.role} = 'lead'
            JOIN ${units} ${u} ON ${u.id} = ${p.unitId}
            WHERE ${t.status} IN ('not_started', 'in_progress') AND ${t.recurrence} IS NULL
              AND ${t.deadlineTo} <= ${today}::date + ${window.daysBefore}::int
              AND ${t.deadlineTo} >= ${today}::date - ${window.horizonDays}::int
          ), wanted AS (
            SELECT DISTINCT task_id, unit_id, kind, deadline_to FROM candidates
            UNION
            SELECT DISTINCT task_id, parent_id, 'escalation', deadline_to FROM candidates
            WHERE kind = 'overdue' AND parent_id IS NOT NULL
          ), inserted AS (
            INSERT INTO ${reminderLog} (${logColumn(reminderLog.taskId)}, ${logColumn(reminderLog.unitId)},
                        ${logColumn(reminderLog.kind)}, ${logColumn(reminderLog.deadline)}, ${logColumn(reminderLog.runDate)})
            SELECT task_id, unit_id, kind, deadline_to, ${today}::date FROM wanted
            ON CONFLICT DO NOTHING
            RETURNING ${logColumn(reminderLog.id)} AS id, ${logColumn(reminderLog.taskId)} AS task_id,
                      ${logColumn(reminderLog.unitId)} AS unit_id, ${logColumn(reminderLog.kind)} AS kind,
                      ${logColumn(reminderLog.deadline)} AS deadline
          )
          SELECT i.id, i.task_id, i.unit_id, i.kind, i.deadline::text AS deadline, ${t.text} AS text,
                 ${t.deadlineRaw} AS deadline_raw, ${t.planId} AS plan_id, ${d.number} AS plan_number,
                 ${d.title} AS plan_title, ${u.fullName} AS unit_name,
                 CASE WHEN i.kind = 'escalation' THEN
                   coalesce((SELECT string_agg(DISTINCT coalesce(${lp.position}, ${lu.fullName}), '; ')
                             FROM ${taskParties} ${lp} JOIN ${units} ${lu} ON ${lu.id} = ${lp.unitId}
                             WHERE ${lp.taskId} = ${t.id} AND ${lp.role} = 'lead'), '') ELSE '' END AS lead_name
          FROM inserted i JOIN ${tasks} ${t} ON ${t.id} = i.task_id JOIN ${plans} ${pl} ON ${pl.id} = ${t.planId}
          JOIN ${documents} ${d} ON ${d.id} = ${pl.documentId} JOIN ${units} ${u} ON ${u.id} = i.unit_id`,
  );
}
