import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { mailOutbox } from '../../db/schema/plans';
import { queryRows, type Db } from '../../platform/database';
import { AppError } from '../../platform/errors';
import { tableDate, todayInVietnam } from '../../../core/dates/vn-dates';
import { SYSTEM_ACTOR, type Actor } from '../auth/actor';
import { recordAudit } from '../audit/audit.service';

/** Days before a deadline when the first reminder goes out. */
export const DAYS_BEFORE = 3;
/** Overdue tasks older than this are not reminded any more (a plan from years ago is history, not a to-do). */
export const OVERDUE_HORIZON_DAYS = 60;

/** What sends mail; platform/mail.ts gives the real one. */
export interface MailSender {
  enabled: boolean;
  send(message: { to: string; subject: string; text: string }): Promise<unknown>;
}

interface Decided {
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

const TITLES: Record<Decided['kind'], string> = {
  before: 'Sắp đến hạn',
  due: 'Đến hạn hôm nay',
  overdue: 'Quá hạn',
  escalation: 'Đơn vị trực thuộc có nhiệm vụ quá hạn',
};

export interface ReminderRun {
  reminders: number;
  notifications: number;
  emails: number;
}

/**
 * Decides today's reminders in one statement: N days before the deadline, on the day, once overdue, and an escalation
 * to the lead unit's parent once overdue. The unique key of reminder_log makes each go out once, however often this
 * runs; the notices, the e-mails to send and the audit row are written in the same transaction. A run by a person
 * (`actor`) is recorded even when it decides nothing; the daily job's run (the system) only when it decided something.
 */
export async function runReminders(
  db: Db,
  today = todayInVietnam(),
  baseUrl = '',
  actor: Actor | null = null,
): Promise<ReminderRun> {
  return db.transaction(async (tx) => {
    const run = await decideReminders(tx, today, baseUrl);
    if (actor || run.reminders > 0)
      await recordAudit(tx, actor ?? SYSTEM_ACTOR, {
        action: 'reminders.run',
        entityType: 'reminders',
        entityId: today,
        unit: actor?.captureScope ?? null,
        after: run,
      });
    return run;
  });
}

async function decideReminders(tx: Db, today: string, baseUrl: string): Promise<ReminderRun> {
  const decided = await queryRows<Decided>(
    tx,
    sql`WITH candidates AS (
            SELECT t.id AS task_id, p.unit_id, u.parent_id, t.deadline_to,
                   CASE WHEN t.deadline_to < ${today}::date THEN 'overdue'
                        WHEN t.deadline_to = ${today}::date THEN 'due' ELSE 'before' END AS kind
            FROM tasks t
            JOIN plans pl ON pl.id = t.plan_id AND pl.status IN ('issued', 'in_progress')
            JOIN task_parties p ON p.task_id = t.id AND p.role = 'lead'
            JOIN units u ON u.id = p.unit_id
            WHERE t.status IN ('not_started', 'in_progress') AND t.recurrence IS NULL
              AND t.deadline_to <= ${today}::date + ${DAYS_BEFORE}::int
              AND t.deadline_to >= ${today}::date - ${OVERDUE_HORIZON_DAYS}::int
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
  if (decided.length === 0) return { reminders: 0, notifications: 0, emails: 0 };
  const notifications = await insertNotices(tx, decided, today);
  const emails = await queueEmails(tx, decided, today, baseUrl);
  return { reminders: decided.length, notifications, emails };
}

function noticeBody(r: Decided, today: string): string {
  const plan = r.plan_number ? `Kế hoạch số ${r.plan_number}` : `Kế hoạch "${r.plan_title}"`;
  const when = `${r.deadline_raw ?? ''}${r.deadline_raw ? ', ' : ''}hạn ${tableDate(r.deadline)}`;
  const days = Math.round((Date.parse(r.deadline) - Date.parse(today)) / 86_400_000);
  const state =
    r.kind === 'before' ? `còn ${days} ngày` : r.kind === 'due' ? 'đến hạn hôm nay' : `quá hạn ${-days} ngày`;
  const who = r.kind === 'escalation' ? ` (chủ trì: ${r.lead_name})` : '';
  return `${r.text} — ${plan} (${when}): ${state}${who}.`;
}

/** Lines of a notice or an e-mail beyond which the rest is summed up ("… và 120 nhiệm vụ khác"). */
const MAX_LINES = 30;

/**
 * One notice per reminder for the lead units; for a parent unit, one notice per run summing up its units' newly overdue
 * tasks (a province would otherwise get thousands).
 */
interface Notice {
  unitId: number;
  kind: string;
  title: string;
  body: string;
  taskId: number | null;
  planId: number | null;
}

function notices(decided: Decided[], today: string): Notice[] {
  const own = decided.filter((r) => r.kind !== 'escalation');
  const rows = own.map((r): Notice => ({
    unitId: r.unit_id,
    kind: 'reminder.' + r.kind,
    title: TITLES[r.kind],
    body: noticeBody(r, today),
    taskId: r.task_id,
    planId: r.plan_id,
  }));
  const byParent = new Map<number, Decided[]>();
  for (const r of decided.filter((d) => d.kind === 'escalation'))
    byParent.set(r.unit_id, [...(byParent.get(r.unit_id) ?? []), r]);
  for (const [unitId, list] of byParent) {
    const lines = list.slice(0, 3).map((r) => `${r.text} (chủ trì: ${r.lead_name})`);
    const more = list.length > 3 ? `; và ${list.length - 3} nhiệm vụ khác` : '';
    rows.push({
      unitId,
      kind: 'reminder.escalation',
      title: TITLES.escalation,
      body: `${list.length} nhiệm vụ của đơn vị trực thuộc đã quá hạn: ${lines.join('; ')}${more}.`,
      taskId: list.length === 1 ? list[0]!.task_id : null,
      planId: new Set(list.map((r) => r.plan_id)).size === 1 ? list[0]!.plan_id : null,
    });
  }
  return rows;
}

async function insertNotices(tx: Db, decided: Decided[], today: string): Promise<number> {
  const rows = notices(decided, today);
  // Bounded batches keep each statement's parameters well under the protocol's limit.
  for (let i = 0; i < rows.length; i += 2000) {
    const batch = rows.slice(i, i + 2000);
    await tx.execute(
      sql`INSERT INTO notifications (unit_id, kind, title, body, task_id, plan_id) VALUES ${sql.join(
        batch.map((r) => sql`(${r.unitId}, ${r.kind}, ${r.title}, ${r.body}, ${r.taskId}, ${r.planId})`),
        sql`, `,
      )}`,
    );
  }
  return rows.length;
}

/** An active account with an e-mail address, working for a unit directly or through its organization. */
export interface MailRecipient {
  id: number;
  email: string;
  full_name: string;
  unit_id: number;
  organization_id: number | null;
}

/** The accounts that receive mail for these units: those of the unit, and those of the unit as their organization. */
export async function mailRecipients(db: Db, unitIds: number[]): Promise<MailRecipient[]> {
  if (unitIds.length === 0) return [];
  const ids = sql.join(
    unitIds.map((u) => sql`${u}`),
    sql`, `,
  );
  return queryRows<MailRecipient>(
    db,
    sql`SELECT id, email, full_name, unit_id, organization_id FROM users
         WHERE is_active AND email IS NOT NULL AND email <> ''
           AND (unit_id IN (${ids}) OR organization_id IN (${ids}))`,
  );
}

/** One digest per person per run: every reminder of the units the person works for, with links. */
async function queueEmails(tx: Db, decided: Decided[], today: string, baseUrl: string): Promise<number> {
  const unitIds = [...new Set(decided.map((r) => r.unit_id))];
  const people = await mailRecipients(tx, unitIds);
  // Positions grouped by unit once: filtering every reminder for every person is 3,322 x 33,699 steps for a province.
  const byUnit = new Map<number, number[]>();
  decided.forEach((r, i) => {
    const positions = byUnit.get(r.unit_id);
    if (positions) positions.push(i);
    else byUnit.set(r.unit_id, [i]);
  });
  const rows = people.flatMap((person) => {
    const own = byUnit.get(person.unit_id) ?? [];
    const organization =
      person.organization_id === null || person.organization_id === person.unit_id
        ? []
        : (byUnit.get(person.organization_id) ?? []);
    const mine = [...own, ...organization].sort((a, b) => a - b).map((i) => decided[i]!);
    if (mine.length === 0) return [];
    const count = (kind: Decided['kind']) => mine.filter((r) => r.kind === kind).length;
    const parts = [
      count('overdue') ? `${count('overdue')} quá hạn` : '',
      count('due') ? `${count('due')} đến hạn hôm nay` : '',
      count('before') ? `${count('before')} sắp đến hạn` : '',
      count('escalation') ? `${count('escalation')} quá hạn ở đơn vị trực thuộc` : '',
    ].filter(Boolean);
    const lines = mine
      .slice(0, MAX_LINES)
      .map(
        (r) =>
          `- [${TITLES[r.kind]}] ${noticeBody(r, today)}${baseUrl ? `\n  ${baseUrl}/viec/${r.task_id}` : ''}`,
      );
    if (mine.length > MAX_LINES)
      lines.push(
        `… và ${mine.length - MAX_LINES} nhiệm vụ khác${baseUrl ? `: ${baseUrl}/viec?overdue=true` : ''}.`,
      );
    const text = [
      `Kính gửi ${person.full_name},`,
      '',
      `Hệ thống PhongTrào nhắc các nhiệm vụ của đơn vị (ngày ${tableDate(today)}):`,
      '',
      ...lines,
      '',
      'Đồng chí vui lòng cập nhật tiến độ trên hệ thống.',
      '(Thư gửi tự động, không trả lời thư này.)',
    ].join('\n');
    const ids = mine.map((r) => r.id).join(',');
    return [
      {
        dedupeKey: `reminders:${person.id}:${createHash('sha256').update(ids).digest('hex').slice(0, 32)}`,
        toAddress: person.email,
        subject: `[PhongTrào] Nhắc hạn nhiệm vụ: ${parts.join(', ')}`,
        body: text,
      },
    ];
  });
  if (rows.length === 0) return 0;
  const inserted = await tx
    .insert(mailOutbox)
    .values(rows)
    .onConflictDoNothing()
    .returning({ id: mailOutbox.id });
  return inserted.length;
}

/**
 * Sends pending e-mail. Each row is claimed by one short UPDATE before sending and marked after, so two senders never
 * take the same row; a row claimed by a sender that died is retried after ten minutes.
 */
export async function flushOutbox(
  db: Db,
  mailer: MailSender,
  limit = 200,
): Promise<{ sent: number; failed: number }> {
  if (!mailer.enabled) return { sent: 0, failed: 0 };
  await db.execute(
    sql`UPDATE mail_outbox SET status = 'pending' WHERE status = 'sending' AND claimed_at < now() - interval '10 minutes'`,
  );
  const claimed = await queryRows<{
    id: number;
    to_address: string;
    subject: string;
    body: string;
    attempts: number;
  }>(
    db,
    sql`UPDATE mail_outbox SET status = 'sending', attempts = attempts + 1, claimed_at = now()
        WHERE id IN (SELECT id FROM mail_outbox WHERE status = 'pending' ORDER BY id LIMIT ${limit} FOR UPDATE SKIP LOCKED)
        RETURNING id, to_address, subject, body, attempts`,
  );
  let sent = 0;
  let failed = 0;
  for (const mail of claimed) {
    try {
      await mailer.send({ to: mail.to_address, subject: mail.subject, text: mail.body });
      await db.execute(
        sql`UPDATE mail_outbox SET status = 'sent', sent_at = now(), last_error = NULL WHERE id = ${mail.id}`,
      );
      sent++;
    } catch (error) {
      failed++;
      const message = error instanceof Error ? error.message : String(error);
      await db.execute(
        sql`UPDATE mail_outbox SET status = ${mail.attempts >= 5 ? 'failed' : 'pending'}, last_error = ${message.slice(0, 500)}
            WHERE id = ${mail.id}`,
      );
    }
  }
  return { sent, failed };
}

/** What the reminder run needs from the running server: queue the mail job (or send inline), and the site's address. */
export interface ReminderHooks {
  afterRun(): Promise<void>;
  baseUrl: string;
}

/** An administrator runs today's reminders now (the daily job does the same at 07:00). */
export async function runRemindersNow(
  db: Db,
  actor: Actor,
  hooks: ReminderHooks,
  date?: string,
): Promise<ReminderRun> {
  // The run covers every unit of the installation, so it belongs to the system administrator.
  if (actor.role !== 'system_admin')
    throw new AppError('FORBIDDEN', 'Chỉ quản trị hệ thống mới chạy nhắc hạn thủ công.');
  const run = await runReminders(db, date ?? todayInVietnam(), hooks.baseUrl, actor);
  await hooks.afterRun();
  return run;
}
