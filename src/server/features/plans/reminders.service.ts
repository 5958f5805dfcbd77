import { createHash } from 'node:crypto';
import type { Db } from '../../platform/database';
import { AppError } from '../../platform/errors';
import { SYSTEM_ACTOR, type Actor } from '../../platform/actor';
import { recordAudit } from '../audit/audit.service';
import {
  mailRecipients,
  notifyUnits,
  queueMail,
  type NewNotice,
} from '../notifications/notifications.service';
import { decideReminders as decide, type DecidedReminder as Decided } from './reminders.repo';
import { remindersMessages as m } from './reminders.messages';

/** Days before a deadline when the first reminder goes out. */
export const DAYS_BEFORE = 3;
/** Overdue tasks older than this are not reminded any more (a plan from years ago is history, not a to-do). */
export const OVERDUE_HORIZON_DAYS = 60;

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
  today: string,
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
  const decided = await decide(tx, today, { daysBefore: DAYS_BEFORE, horizonDays: OVERDUE_HORIZON_DAYS });
  if (decided.length === 0) return { reminders: 0, notifications: 0, emails: 0 };
  const notifications = await notifyUnits(tx, notices(decided, today));
  const emails = await queueEmails(tx, decided, today, baseUrl);
  return { reminders: decided.length, notifications, emails };
}

function noticeBody(r: Decided, today: string): string {
  const plan = r.plan_number ? m.planByNumber(r.plan_number) : m.planByTitle(r.plan_title);
  const days = Math.round((Date.parse(r.deadline) - Date.parse(today)) / 86_400_000);
  const state = r.kind === 'before' ? m.daysLeft(days) : r.kind === 'due' ? m.dueToday : m.daysOverdue(-days);
  const who = r.kind === 'escalation' ? m.lead(r.lead_name) : '';
  return m.noticeBody(r.text, plan, m.when(r.deadline_raw, r.deadline), state, who);
}

/** Lines of a notice or an e-mail beyond which the rest is summed up ("… và 120 nhiệm vụ khác"). */
const MAX_LINES = 30;

/**
 * One notice per reminder for the lead units; for a parent unit, one notice per run summing up its units' newly overdue
 * tasks (a province would otherwise get thousands).
 */
function notices(decided: Decided[], today: string): NewNotice[] {
  const own = decided.filter((r) => r.kind !== 'escalation');
  const rows = own.map((r): NewNotice => ({
    unitId: r.unit_id,
    kind: 'reminder.' + r.kind,
    title: m.titles[r.kind],
    body: noticeBody(r, today),
    taskId: r.task_id,
    planId: r.plan_id,
  }));
  const byParent = new Map<number, Decided[]>();
  for (const r of decided.filter((d) => d.kind === 'escalation'))
    byParent.set(r.unit_id, [...(byParent.get(r.unit_id) ?? []), r]);
  for (const [unitId, list] of byParent) {
    const lines = list.slice(0, 3).map((r) => m.escalationLine(r.text, r.lead_name));
    const more = list.length > 3 ? m.escalationMore(list.length - 3) : '';
    rows.push({
      unitId,
      kind: 'reminder.escalation',
      title: m.titles.escalation,
      body: m.escalationBody(list.length, lines, more),
      taskId: list.length === 1 ? list[0]!.task_id : null,
      planId: new Set(list.map((r) => r.plan_id)).size === 1 ? list[0]!.plan_id : null,
    });
  }
  return rows;
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
      count('overdue') ? m.countOverdue(count('overdue')) : '',
      count('due') ? m.countDue(count('due')) : '',
      count('before') ? m.countBefore(count('before')) : '',
      count('escalation') ? m.countEscalation(count('escalation')) : '',
    ].filter(Boolean);
    const lines = mine
      .slice(0, MAX_LINES)
      .map((r) => m.mailLine(r.kind, noticeBody(r, today), baseUrl ? `${baseUrl}/viec/${r.task_id}` : ''));
    if (mine.length > MAX_LINES)
      lines.push(m.mailMore(mine.length - MAX_LINES, baseUrl ? `${baseUrl}/viec?overdue=true` : ''));
    const text = m.mailText(person.full_name, today, lines);
    const ids = mine.map((r) => r.id).join(',');
    return [
      {
        dedupeKey: `reminders:${person.id}:${createHash('sha256').update(ids).digest('hex').slice(0, 32)}`,
        toAddress: person.email,
        subject: m.mailSubject(parts),
        body: text,
      },
    ];
  });
  if (rows.length === 0) return 0;
  return (await queueMail(tx, rows)).length;
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
  today: string,
  date?: string,
): Promise<ReminderRun> {
  // The run covers every unit of the installation, so it belongs to the system administrator.
  if (actor.role !== 'system_admin') throw new AppError('FORBIDDEN', m.systemAdminOnly);
  const run = await runReminders(db, date ?? today, hooks.baseUrl, actor);
  await hooks.afterRun();
  return run;
}
