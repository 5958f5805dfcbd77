import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { Task, TaskInput } from '../../../contracts/plans';
import {
  CommentBody,
  TaskComment,
  TaskDetail,
  TaskListQuery,
  TaskPage,
  TaskReport,
  TaskReportFields,
  ReminderRunBody,
  ReminderRunResult,
  UpdateTaskBody,
} from '../../../contracts/tasks';
import { IdParams } from '../../../contracts/common';
import { requireActor, type RouteContext } from '../../http';
import { AppError } from '../../platform/errors';
import { assertDeclaredSize } from '../../platform/upload-size';
import { addTask, deleteTask, getTask, listTasks, updateTask } from './tasks.service';
import {
  addComment,
  addReport,
  getAttachment,
  MAX_REPORT_FILE_BYTES,
  MAX_REPORT_FILES,
  type ReportFile,
  type ReportInput,
} from './task-reports.service';
import { planTasksWorkbook, tasksWorkbook } from './tasks.export';
import { runRemindersNow } from './reminders.service';
import { tasksMessages as m } from './tasks.messages';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * A report comes as JSON, or as multipart with its files (PDF, DOCX, XLSX, images; 10 MB each, 5 at most). Read
 * only once addReport has decided the caller may report on the task; a form declared larger than five files is
 * refused from its Content-Length before any of it is read.
 */
async function readReport(request: FastifyRequest): Promise<ReportInput> {
  if (!request.isMultipart()) return { fields: TaskReportFields.parse(request.body), files: [] };
  assertDeclaredSize(
    request,
    MAX_REPORT_FILES * MAX_REPORT_FILE_BYTES,
    m.reportTooLarge((MAX_REPORT_FILES * MAX_REPORT_FILE_BYTES) / 1024 / 1024),
  );
  const raw: Record<string, string> = {};
  const files: ReportFile[] = [];
  for await (const part of request.parts({
    limits: { fileSize: MAX_REPORT_FILE_BYTES, files: MAX_REPORT_FILES },
  })) {
    if (part.type === 'file') {
      const data = await part.toBuffer();
      if (part.file.truncated)
        throw new AppError('PAYLOAD_TOO_LARGE', m.fileTooLarge(part.filename), {
          fileName: part.filename,
        });
      if (data.length > 0) files.push({ fileName: part.filename, contentType: part.mimetype, data });
    } else raw[part.fieldname] = String(part.value);
  }
  const parsed = TaskReportFields.safeParse(raw);
  if (!parsed.success)
    throw new AppError(
      'VALIDATION_FAILED',
      parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '),
      parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
    );
  return { fields: parsed.data, files };
}

/** Tasks and their follow-up: the inbox, reports with files, comments and on-demand reminders. */
export function tasksRoutes(app: FastifyInstance, { db, reminders }: RouteContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['tasks'];
  r.post(
    '/api/plans/:id/tasks',
    {
      schema: { tags, summary: 'Thêm nhiệm vụ', params: IdParams, body: TaskInput, response: { 201: Task } },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await addTask(db, requireActor(request), request.params.id, request.body, request.now)),
  );
  r.get(
    '/api/tasks',
    {
      schema: {
        tags,
        summary: 'Nhiệm vụ: của đơn vị, theo kế hoạch, trạng thái, hạn',
        querystring: TaskListQuery,
        response: { 200: TaskPage },
      },
    },
    async (request) => listTasks(db, requireActor(request), request.query, request.today),
  );
  r.get(
    '/api/tasks.xlsx',
    { schema: { tags, summary: 'Danh sách nhiệm vụ (Excel)', querystring: TaskListQuery } },
    async (request, reply) => {
      const book = await tasksWorkbook(db, requireActor(request), request.query, request.today);
      return reply
        .header('content-type', XLSX)
        .header('content-disposition', `attachment; filename="${book.fileName}"`)
        .send(book.bytes);
    },
  );
  r.get(
    '/api/plans/:id/tasks.xlsx',
    { schema: { tags, summary: 'Nhiệm vụ của kế hoạch (Excel)', params: IdParams } },
    async (request, reply) => {
      const book = await planTasksWorkbook(db, requireActor(request), request.params.id, request.today);
      return reply
        .header('content-type', XLSX)
        .header('content-disposition', `attachment; filename="${book.fileName}"`)
        .send(book.bytes);
    },
  );
  r.get(
    '/api/tasks/:id',
    {
      schema: {
        tags,
        summary: 'Nhiệm vụ, báo cáo, ý kiến, lịch sử',
        params: IdParams,
        response: { 200: TaskDetail },
      },
    },
    async (request) => getTask(db, requireActor(request), request.params.id, request.today),
  );
  r.patch(
    '/api/tasks/:id',
    {
      schema: {
        tags,
        summary: 'Sửa nhiệm vụ, trạng thái, tiến độ',
        params: IdParams,
        body: UpdateTaskBody,
        response: { 200: Task },
      },
    },
    async (request) => updateTask(db, requireActor(request), request.params.id, request.body, request.now),
  );
  r.delete(
    '/api/tasks/:id',
    { schema: { tags, summary: 'Xóa nhiệm vụ (kế hoạch chưa ban hành)', params: IdParams } },
    async (request, reply) => {
      await deleteTask(db, requireActor(request), request.params.id, request.now);
      return reply.code(204).send();
    },
  );
  r.post(
    '/api/tasks/:id/reports',
    {
      schema: {
        tags,
        summary: 'Báo cáo tiến độ (JSON, hoặc multipart kèm tệp: PDF, DOCX, XLSX, ảnh; 10 MB/tệp)',
        params: IdParams,
        response: { 201: TaskReport },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      return reply
        .code(201)
        .send(await addReport(db, actor, request.params.id, () => readReport(request), request.now));
    },
  );
  r.get(
    '/api/task-attachments/:id',
    { schema: { tags, summary: 'Tải tệp đính kèm báo cáo', params: IdParams } },
    async (request, reply) => {
      const file = await getAttachment(db, requireActor(request), request.params.id);
      return reply
        .header('content-type', file.contentType)
        .header(
          'content-disposition',
          `attachment; filename="tep-${request.params.id}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
        )
        .send(file.data);
    },
  );
  r.post(
    '/api/tasks/:id/comments',
    {
      schema: {
        tags,
        summary: 'Ý kiến về nhiệm vụ',
        params: IdParams,
        body: CommentBody,
        response: { 201: TaskComment },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await addComment(db, requireActor(request), request.params.id, request.body.text)),
  );
  r.post(
    '/api/reminders/run',
    {
      schema: {
        tags,
        summary: 'Chạy nhắc hạn ngay (quản trị)',
        body: ReminderRunBody,
        response: { 200: ReminderRunResult },
      },
    },
    async (request) =>
      runRemindersNow(db, requireActor(request), reminders, request.today, request.body.date),
  );
}
