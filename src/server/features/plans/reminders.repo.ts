import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type Db } from '../../platform/database';

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
  sql`CASE WHEN t.deadline_to < ${today}::date THEN 'overdue'
           WHEN t.deadline_to = ${today}::date THEN 'due' ELSE 'before' END`;

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
            SELECT t.id AS task_id, p.unit_id, u.parent_id, t.deadline_to, ${reminderKindSql(today)} AS kind
            FROM tasks t
            JOIN plans pl ON pl.id = t.plan_id AND pl.status IN ('issued', 'in_progress')
            JOIN task_parties p ON p.task_id = t.id AND p.role = 'lead'
            JOIN units u ON u.id = p.unit_id
            WHERE t.status IN ('not_started', 'in_progress') AND t.recurrence IS NULL
              AND t.deadline_to <= ${today}::date + ${window.daysBefore}::int
              AND t.deadline_to >= ${today}::date - ${window.horizonDays}::int
          ), wanted AS (
            SELECT DISTINCT task_id, unit_id, kind, deadline_to FROM candidates
            UNION
            SELECT DISTINCT task_id, parent_id, 'escalation', deadline_to FROM candidates
            WHERE kind = 'overdue' AND parent_id IS NOT NULL
          ), inserted AS (
            INSERT INTO reminder_log (task_id, unit_id, kind, deadline, run_date)
            SELECT task_id, unit_id, kind, deadline_to, ${today}::date FROM wanted
            ON CONFLICT DO NOTHING
            RETURNING id, task_id, unit_id, kind, deadline
          )
          SELECT i.id, i.task_id, i.unit_id, i.kind, i.deadline::text AS deadline, t.text, t.deadline_raw,
                 t.plan_id, d.number AS plan_number, d.title AS plan_title, u.full_name AS unit_name,
                 CASE WHEN i.kind = 'escalation' THEN
                   coalesce((SELECT string_agg(DISTINCT coalesce(lp.position, lu.full_name), '; ')
                             FROM task_parties lp JOIN units lu ON lu.id = lp.unit_id
                             WHERE lp.task_id = t.id AND lp.role = 'lead'), '') ELSE '' END AS lead_name
          FROM inserted i JOIN tasks t ON t.id = i.task_id JOIN plans pl ON pl.id = t.plan_id
          JOIN documents d ON d.id = pl.document_id JOIN units u ON u.id = i.unit_id`,
  );
}
