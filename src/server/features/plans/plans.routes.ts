import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { FileFormat, IssueDocumentBody } from '../../../contracts/documents';
import {
  Cascade,
  CascadeBody,
  CascadeRespondBody,
  CommentBody,
  CreatePlanRequest,
  toCreatePlanBody,
  Notification,
  PlanDashboard,
  PlanDetail,
  PlanListQuery,
  PlanSummary,
  PlanTransitionBody,
  Target,
  TargetInput,
  TargetValueBody,
  Task,
  TaskComment,
  TaskDetail,
  TaskInput,
  TaskListQuery,
  TaskReport,
  TaskStatus,
  UnitDashboard,
  UpdatePlanBody,
  UpdateTaskBody,
} from '../../../contracts/plans';
import { IsoDate } from '../../../contracts/common';
import { requireActor, type RouteContext } from '../../http';
import { AppError } from '../../platform/errors';
import { renderFile, sendFile } from '../documents/documents.files';
import { layoutOfUnit } from '../documents/documents.service';
import {
  createPlan,
  getPlan,
  issuePlan,
  listPlans,
  planFileDraft,
  planVersion,
  transitionPlan,
  updatePlan,
} from './plans.service';
import { addTarget, deleteTarget, reportTargetValue, updateTarget } from './targets.service';
import {
  addComment,
  addReport,
  addTask,
  deleteTask,
  getAttachment,
  getTask,
  listTasks,
  MAX_REPORT_FILE_BYTES,
  MAX_REPORT_FILES,
  updateTask,
  type ReportFile,
} from './tasks.service';
import { createCascade, respondToCascade } from './cascade.service';
import { planDashboard, unitDashboard } from './dashboards.service';
import { planTasksWorkbook, tasksWorkbook } from './tasks.export';
import { listNotifications, markAllRead, markRead } from './notifications.service';
import { runRemindersNow } from './reminders.service';

const IdParams = z.object({ id: z.coerce.number().int().positive() });
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const ReportFields = z.object({
  text: z.string().trim().min(1, 'Thiếu nội dung báo cáo').max(20_000),
  status: TaskStatus.optional(),
  progress: z.coerce.number().int().min(0).max(100).optional(),
  unit: z.string().max(40).optional(),
});

/** A report comes as JSON, or as multipart with its files (PDF, DOCX, XLSX, images; 10 MB each, 5 at most). */
async function readReport(
  request: FastifyRequest,
): Promise<{ fields: z.infer<typeof ReportFields>; files: ReportFile[] }> {
  if (!request.isMultipart()) return { fields: ReportFields.parse(request.body), files: [] };
  const raw: Record<string, string> = {};
  const files: ReportFile[] = [];
  for await (const part of request.parts({
    limits: { fileSize: MAX_REPORT_FILE_BYTES, files: MAX_REPORT_FILES },
  })) {
    if (part.type === 'file') {
      const data = await part.toBuffer();
      if (part.file.truncated)
        throw new AppError('PAYLOAD_TOO_LARGE', `Tệp "${part.filename}" vượt quá 10 MB.`, {
          fileName: part.filename,
        });
      if (data.length > 0) files.push({ fileName: part.filename, contentType: part.mimetype, data });
    } else raw[part.fieldname] = String(part.value);
  }
  const parsed = ReportFields.safeParse(raw);
  if (!parsed.success)
    throw new AppError(
      'VALIDATION_FAILED',
      parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '),
      parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
    );
  return { fields: parsed.data, files };
}

export function plansRoutes(app: FastifyInstance, { db, config, reminders }: RouteContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['plans'];

  r.get(
    '/api/plans',
    {
      schema: {
        tags,
        summary: 'Kế hoạch trong phạm vi xem',
        querystring: PlanListQuery,
        response: { 200: z.object({ items: z.array(PlanSummary), total: z.number().int() }) },
      },
    },
    async (request) => listPlans(db, requireActor(request), request.query),
  );
  r.post(
    '/api/plans',
    {
      schema: {
        tags,
        summary:
          'Lập kế hoạch: { draft, targets, tasks, ... } hoặc một DocumentDraft loại KH có targets, tasks',
        querystring: z.object({ unit: z.string().min(1).max(40).optional() }),
        body: CreatePlanRequest,
        response: { 201: PlanDetail },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await createPlan(db, requireActor(request), toCreatePlanBody(request.body, request.query.unit)),
        ),
  );
  r.get(
    '/api/plans/:id',
    { schema: { tags, summary: 'Kế hoạch', params: IdParams, response: { 200: PlanDetail } } },
    async (request) => getPlan(db, requireActor(request), request.params.id),
  );
  r.put(
    '/api/plans/:id',
    {
      schema: {
        tags,
        summary: 'Lưu kế hoạch (sau ban hành: phiên bản sửa đổi)',
        params: IdParams,
        body: UpdatePlanBody,
        response: { 200: PlanDetail },
      },
    },
    async (request) => updatePlan(db, requireActor(request), request.params.id, request.body),
  );
  r.post(
    '/api/plans/:id/transition',
    {
      schema: {
        tags,
        summary: 'Gửi duyệt, duyệt, trả lại, bắt đầu, kết thúc',
        params: IdParams,
        body: PlanTransitionBody,
        response: { 200: PlanDetail },
      },
    },
    async (request) => transitionPlan(db, requireActor(request), request.params.id, request.body),
  );
  r.post(
    '/api/plans/:id/issue',
    {
      schema: {
        tags,
        summary: 'Ban hành kế hoạch đã duyệt (lấy số, vào sổ)',
        params: IdParams,
        body: IssueDocumentBody,
        response: { 200: PlanDetail },
      },
    },
    async (request) => issuePlan(db, requireActor(request), request.params.id, request.body),
  );
  r.get(
    '/api/plans/:id/versions/:version',
    {
      schema: {
        tags,
        summary: 'Một phiên bản của kế hoạch',
        params: IdParams.extend({ version: z.coerce.number().int().positive() }),
      },
    },
    async (request) => planVersion(db, requireActor(request), request.params.id, request.params.version),
  );
  r.get(
    '/api/plans/:id/file',
    {
      schema: {
        tags,
        summary: 'Tải kế hoạch (mặc định: bản đã ban hành)',
        params: IdParams,
        querystring: FileFormat.extend({ version: z.coerce.number().int().positive().optional() }),
      },
    },
    async (request, reply) => {
      const { draft, unitId } = await planFileDraft(
        db,
        requireActor(request),
        request.params.id,
        request.query.version,
      );
      const bytes = await renderFile(draft, request.query.format, config, await layoutOfUnit(db, unitId));
      return sendFile(reply, bytes, request.query.format, draft);
    },
  );
  r.post(
    '/api/plans/:id/targets',
    {
      schema: {
        tags,
        summary: 'Thêm chỉ tiêu',
        params: IdParams,
        body: TargetInput,
        response: { 201: Target },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await addTarget(db, requireActor(request), request.params.id, request.body)),
  );
  r.patch(
    '/api/targets/:id',
    {
      schema: {
        tags,
        summary: 'Sửa chỉ tiêu',
        params: IdParams,
        body: TargetInput.partial(),
        response: { 200: Target },
      },
    },
    async (request) => updateTarget(db, requireActor(request), request.params.id, request.body),
  );
  r.delete(
    '/api/targets/:id',
    { schema: { tags, summary: 'Xóa chỉ tiêu (kế hoạch chưa ban hành)', params: IdParams } },
    async (request, reply) => {
      await deleteTarget(db, requireActor(request), request.params.id);
      return reply.code(204).send();
    },
  );
  r.post(
    '/api/targets/:id/values',
    {
      schema: {
        tags,
        summary: 'Báo cáo số liệu chỉ tiêu',
        params: IdParams,
        body: TargetValueBody,
        response: { 200: Target },
      },
    },
    async (request) => reportTargetValue(db, requireActor(request), request.params.id, request.body),
  );
  r.post(
    '/api/plans/:id/tasks',
    {
      schema: { tags, summary: 'Thêm nhiệm vụ', params: IdParams, body: TaskInput, response: { 201: Task } },
    },
    async (request, reply) =>
      reply.code(201).send(await addTask(db, requireActor(request), request.params.id, request.body)),
  );
  r.get(
    '/api/tasks',
    {
      schema: {
        tags,
        summary: 'Nhiệm vụ: của đơn vị, theo kế hoạch, trạng thái, hạn',
        querystring: TaskListQuery,
        response: {
          200: z.object({
            items: z.array(Task),
            total: z.number().int(),
            /** True when more than `total` (10,000) match: the count stops there. */
            totalCapped: z.boolean(),
          }),
        },
      },
    },
    async (request) => listTasks(db, requireActor(request), request.query),
  );
  r.get(
    '/api/tasks.xlsx',
    { schema: { tags, summary: 'Danh sách nhiệm vụ (Excel)', querystring: TaskListQuery } },
    async (request, reply) => {
      const book = await tasksWorkbook(db, requireActor(request), request.query);
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
      const book = await planTasksWorkbook(db, requireActor(request), request.params.id);
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
    async (request) => getTask(db, requireActor(request), request.params.id),
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
    async (request) => updateTask(db, requireActor(request), request.params.id, request.body),
  );
  r.delete(
    '/api/tasks/:id',
    { schema: { tags, summary: 'Xóa nhiệm vụ (kế hoạch chưa ban hành)', params: IdParams } },
    async (request, reply) => {
      await deleteTask(db, requireActor(request), request.params.id);
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
      const { fields, files } = await readReport(request);
      return reply.code(201).send(await addReport(db, actor, request.params.id, fields, files));
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
    '/api/plans/:id/cascade',
    {
      schema: {
        tags,
        summary: 'Yêu cầu đơn vị cấp dưới xây dựng kế hoạch / báo cáo',
        params: IdParams,
        body: CascadeBody,
        response: { 201: Cascade },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await createCascade(db, requireActor(request), request.params.id, request.body)),
  );
  r.post(
    '/api/cascades/:id/respond',
    {
      schema: {
        tags,
        summary: 'Ghi nhận văn bản đơn vị cấp dưới đã ban hành',
        params: IdParams,
        body: CascadeRespondBody,
        response: { 200: Cascade },
      },
    },
    async (request) => respondToCascade(db, requireActor(request), request.params.id, request.body),
  );
  r.get(
    '/api/plans/:id/dashboard',
    { schema: { tags, summary: 'Theo dõi kế hoạch', params: IdParams, response: { 200: PlanDashboard } } },
    async (request) => planDashboard(db, requireActor(request), request.params.id),
  );
  r.get(
    '/api/dashboards/units/:code',
    {
      schema: {
        tags,
        summary: 'Theo dõi nhiệm vụ của đơn vị và các đơn vị trực thuộc',
        params: z.object({ code: z.string().min(1).max(40) }),
        response: { 200: UnitDashboard },
      },
    },
    async (request) => unitDashboard(db, requireActor(request), request.params.code),
  );
  r.get(
    '/api/notifications',
    {
      schema: {
        tags,
        summary: 'Thông báo của đơn vị',
        querystring: z.object({ unread: z.enum(['true', 'false']).optional() }),
        response: { 200: z.object({ items: z.array(Notification), unread: z.number().int() }) },
      },
    },
    async (request) => listNotifications(db, requireActor(request), request.query.unread === 'true'),
  );
  r.post(
    '/api/notifications/:id/read',
    { schema: { tags, summary: 'Đánh dấu đã đọc', params: IdParams } },
    async (request, reply) => {
      await markRead(db, requireActor(request), request.params.id);
      return reply.code(204).send();
    },
  );
  r.post(
    '/api/notifications/read-all',
    { schema: { tags, summary: 'Đánh dấu đã đọc tất cả' } },
    async (request, reply) => {
      await markAllRead(db, requireActor(request));
      return reply.code(204).send();
    },
  );
  r.post(
    '/api/reminders/run',
    {
      schema: {
        tags,
        summary: 'Chạy nhắc hạn ngay (quản trị)',
        body: z.object({ date: IsoDate.optional() }).default({}),
        response: {
          200: z.object({
            reminders: z.number().int(),
            notifications: z.number().int(),
            emails: z.number().int(),
          }),
        },
      },
    },
    async (request) => runRemindersNow(db, requireActor(request), reminders, request.body.date),
  );
}
