import { sql } from 'drizzle-orm';
import {
  boolean,
  customType,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  serial,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { units } from './units';
import { documents } from './documents';
import { users } from './accounts';

export { mailOutbox, notifications } from './notifications';

/** Bytes (report attachments, tham luận files), as a Buffer on both drivers. */
export const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value)),
});

/**
 * A Kế hoạch: a document of kind KH with structure. Its text lives in the document's versions; its targets and tasks
 * are rows here, followed up after issue. `areaPath` is the administrative subtree the plan governs (an organization's
 * plan governs its parent unit's area), copied so scope filters need no join.
 */
export const plans = pgTable(
  'plans',
  {
    id: serial('id').primaryKey(),
    documentId: integer('document_id')
      .notNull()
      .unique()
      .references(() => documents.id),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    areaUnitId: integer('area_unit_id')
      .notNull()
      .references(() => units.id),
    areaPath: text('area_path').notNull(),
    status: text('status').notNull().default('draft'),
    year: integer('year').notNull(),
    printParts: boolean('print_parts').notNull().default(true),
    budget: jsonb('budget'),
    parentPlanId: integer('parent_plan_id'),
    resultsSummary: text('results_summary'),
    approvedBy: integer('approved_by').references(() => users.id),
    approvedAt: timestamp('approved_at', { withTimezone: true }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    createdBy: integer('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('plans_area_path_idx').on(sql`${t.areaPath} text_pattern_ops`),
    index('plans_parent_idx').on(t.parentPlanId),
  ],
);

/** Chỉ tiêu: "Tỷ lệ gia đình văn hóa ≥ 86 %", for a year and the unit it applies to (the plan's area when null). */
export const planTargets = pgTable(
  'plan_targets',
  {
    id: serial('id').primaryKey(),
    planId: integer('plan_id')
      .notNull()
      .references(() => plans.id),
    position: integer('position').notNull(),
    text: text('text').notNull(),
    indicator: text('indicator'),
    comparator: text('comparator'),
    value: numeric('value', { mode: 'number' }),
    measure: text('measure'),
    year: integer('year'),
    appliesToUnitId: integer('applies_to_unit_id').references(() => units.id),
  },
  (t) => [index('plan_targets_plan_idx').on(t.planId)],
);

/** A value reported against a target by a unit; the latest per unit counts. */
export const targetValues = pgTable(
  'target_values',
  {
    id: serial('id').primaryKey(),
    targetId: integer('target_id')
      .notNull()
      .references(() => planTargets.id),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    value: numeric('value', { mode: 'number' }).notNull(),
    note: text('note'),
    reportedBy: integer('reported_by'),
    reportedAt: timestamp('reported_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('target_values_target_idx').on(t.targetId, t.unitId)],
);

/**
 * A task of a plan. The deadline keeps its text (`deadlineRaw`) and the range it means; `deadlineTo` is the due day.
 * A recurring task ("hằng tháng") is a parent whose occurrences are tasks with `parentTaskId`.
 */
export const tasks = pgTable(
  'tasks',
  {
    id: serial('id').primaryKey(),
    planId: integer('plan_id')
      .notNull()
      .references(() => plans.id),
    parentTaskId: integer('parent_task_id'),
    position: integer('position').notNull(),
    text: text('text').notNull(),
    deadlineRaw: text('deadline_raw'),
    deadlineKind: text('deadline_kind'),
    deadlineFrom: date('deadline_from', { mode: 'string' }),
    deadlineTo: date('deadline_to', { mode: 'string' }),
    recurrence: text('recurrence'),
    deadlineWarning: text('deadline_warning'),
    status: text('status').notNull().default('not_started'),
    progress: integer('progress').notNull().default(0),
    progressMode: text('progress_mode').notNull().default('status'),
    completedOn: date('completed_on', { mode: 'string' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('tasks_plan_idx').on(t.planId, t.position),
    index('tasks_parent_idx').on(t.parentTaskId),
    index('tasks_open_deadline_idx')
      .on(t.deadlineTo)
      .where(sql`${t.status} IN ('not_started', 'in_progress')`),
  ],
);

/** Who leads (chủ trì) or coordinates (phối hợp) a task: a unit, or a position in a unit. */
export const taskParties = pgTable(
  'task_parties',
  {
    id: serial('id').primaryKey(),
    taskId: integer('task_id')
      .notNull()
      .references(() => tasks.id),
    role: text('role').notNull(),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    unitPath: text('unit_path').notNull(),
    position: text('position'),
    name: text('name').notNull(),
    matched: boolean('matched').notNull().default(true),
  },
  (t) => [
    index('task_parties_task_idx').on(t.taskId),
    index('task_parties_path_idx').on(sql`${t.unitPath} text_pattern_ops`, t.role),
    index('task_parties_unit_idx').on(t.unitId, t.role),
  ],
);

export const taskReports = pgTable(
  'task_reports',
  {
    id: serial('id').primaryKey(),
    taskId: integer('task_id')
      .notNull()
      .references(() => tasks.id),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    text: text('text').notNull(),
    status: text('status'),
    progress: integer('progress'),
    createdBy: integer('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('task_reports_task_idx').on(t.taskId)],
);

export const taskAttachments = pgTable(
  'task_attachments',
  {
    id: serial('id').primaryKey(),
    reportId: integer('report_id')
      .notNull()
      .references(() => taskReports.id),
    fileName: text('file_name').notNull(),
    contentType: text('content_type').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    data: bytea('data').notNull(),
  },
  (t) => [index('task_attachments_report_idx').on(t.reportId)],
);

export const taskComments = pgTable(
  'task_comments',
  {
    id: serial('id').primaryKey(),
    taskId: integer('task_id')
      .notNull()
      .references(() => tasks.id),
    userId: integer('user_id').references(() => users.id),
    text: text('text').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('task_comments_task_idx').on(t.taskId)],
);

/** A plan's order that every unit of a level below it issue its own plan (or report) by a date. */
export const planCascades = pgTable(
  'plan_cascades',
  {
    id: serial('id').primaryKey(),
    planId: integer('plan_id')
      .notNull()
      .references(() => plans.id),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    level: text('level').notNull(),
    deadline: date('deadline', { mode: 'string' }).notNull(),
    createdBy: integer('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('plan_cascades_plan_idx').on(t.planId)],
);

export const cascadeUnits = pgTable(
  'cascade_units',
  {
    id: serial('id').primaryKey(),
    cascadeId: integer('cascade_id')
      .notNull()
      .references(() => planCascades.id),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    unitPath: text('unit_path').notNull(),
    responsePlanId: integer('response_plan_id').references(() => plans.id),
    responseDocumentId: integer('response_document_id').references(() => documents.id),
    respondedOn: date('responded_on', { mode: 'string' }),
  },
  (t) => [
    uniqueIndex('cascade_units_uq').on(t.cascadeId, t.unitId),
    index('cascade_units_unit_idx').on(t.unitId),
  ],
);

/**
 * One row per reminder ever decided: the unique key (task, unit, kind, deadline) is what makes a reminder go out
 * once, whatever the number of runs, restarts or servers.
 */
export const reminderLog = pgTable(
  'reminder_log',
  {
    id: serial('id').primaryKey(),
    taskId: integer('task_id')
      .notNull()
      .references(() => tasks.id),
    unitId: integer('unit_id')
      .notNull()
      .references(() => units.id),
    kind: text('kind').notNull(),
    deadline: date('deadline', { mode: 'string' }).notNull(),
    runDate: date('run_date', { mode: 'string' }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('reminder_log_uq').on(t.taskId, t.unitId, t.kind, t.deadline)],
);

/**
 * How a name written in plans of an area maps to a unit ("Phòng VH-TT" → Phòng Văn hóa và Thông tin), or to a position
 * in the area's unit; set once by a person reviewing an import and used by every later import and plan of the area.
 */
export const nameMappings = pgTable(
  'name_mappings',
  {
    id: serial('id').primaryKey(),
    areaUnitId: integer('area_unit_id')
      .notNull()
      .references(() => units.id),
    /** partyKey(name): folded, abbreviations expanded. */
    nameKey: text('name_key').notNull(),
    name: text('name').notNull(),
    unitId: integer('unit_id').references(() => units.id),
    position: text('position'),
    createdBy: integer('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('name_mappings_uq').on(t.areaUnitId, t.nameKey)],
);
