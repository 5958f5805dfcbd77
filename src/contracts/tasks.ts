import { z } from 'zod';
import { IsoDate, Page } from './common';
import { PartyRef, Task, TaskDeadline, TaskStatus } from './plans';

/** The task use cases' requests and answers: edits, lists, reports, comments, reminders. */
export const UpdateTaskBody = z.object({
  text: z.string().trim().min(1).max(5000).optional(),
  lead: z.array(PartyRef).max(50).optional(),
  support: z.array(PartyRef).max(100).optional(),
  deadline: TaskDeadline.nullable().optional(),
  status: TaskStatus.optional(),
  /** A number sets progress by hand; null returns to progress from the status. */
  progress: z.number().int().min(0).max(100).nullable().optional(),
});

export const TaskListQuery = z.object({
  plan: z.coerce.number().int().positive().optional(),
  /** Tasks this unit (or a unit below it, with `within=true`) leads or coordinates. */
  unit: z.string().min(1).max(40).optional(),
  within: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  role: z.enum(['lead', 'support', 'any']).default('any'),
  status: TaskStatus.optional(),
  overdue: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  due_before: IsoDate.optional(),
  due_after: IsoDate.optional(),
  q: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
export type TaskListQuery = z.infer<typeof TaskListQuery>;

export const TaskReport = z.object({
  id: z.number().int(),
  unitCode: z.string(),
  unitName: z.string(),
  author: z.string().nullable(),
  text: z.string(),
  status: TaskStatus.nullable(),
  progress: z.number().int().nullable(),
  createdAt: z.string(),
  attachments: z.array(
    z.object({ id: z.number().int(), fileName: z.string(), contentType: z.string(), size: z.number().int() }),
  ),
});

export const TaskComment = z.object({
  id: z.number().int(),
  author: z.string().nullable(),
  text: z.string(),
  createdAt: z.string(),
});

export const TaskHistoryEntry = z.object({
  at: z.string(),
  actor: z.string().nullable(),
  /** The person's full name, when the account still exists. */
  actorName: z.string().nullable(),
  action: z.string(),
  before: z.unknown(),
  after: z.unknown(),
});

export const TaskDetail = Task.extend({
  reports: z.array(TaskReport),
  comments: z.array(TaskComment),
  history: z.array(TaskHistoryEntry),
  occurrences: z.array(Task),
  canReport: z.boolean(),
  canEdit: z.boolean(),
});
export type TaskDetail = z.infer<typeof TaskDetail>;

/** A progress report's fields, as JSON or as the text parts of a multipart form (its files beside them). */
export const TaskReportFields = z.object({
  text: z.string().trim().min(1, 'Thiếu nội dung báo cáo').max(20_000),
  status: TaskStatus.optional(),
  progress: z.coerce.number().int().min(0).max(100).optional(),
  unit: z.string().max(40).optional(),
});
export type TaskReportFields = z.infer<typeof TaskReportFields>;

/** POST /api/reminders/run: today's reminders, or another day's. */
export const ReminderRunBody = z.object({ date: IsoDate.optional() }).default({});
export const ReminderRunResult = z.object({
  reminders: z.number().int(),
  notifications: z.number().int(),
  emails: z.number().int(),
});

export const CommentBody = z.object({ text: z.string().trim().min(1, 'Thiếu nội dung').max(5000) });

export const TaskPage = Page(Task).extend({
  /** True when more than `total` (10,000) match: the count stops there. */
  totalCapped: z.boolean(),
});
