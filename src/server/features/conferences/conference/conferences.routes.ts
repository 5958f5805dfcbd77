import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { IdParams } from '../../../../contracts/common';
import {
  BridgePoint,
  BridgePointInput,
  CancelConferenceBody,
  ChecklistItem,
  ChecklistItemInput,
  ChecklistItems,
  ConferenceDetail,
  ConferenceList,
  ConferenceListQuery,
  CreateConferenceBody,
  Programme,
  ProgrammeBody,
  UpdateBridgePointBody,
  UpdateConferenceBody,
} from '../../../../contracts/conferences';
import { requireActor, type RouteContext } from '../../../http';
import { getConference } from './conference-detail.service';
import {
  cancelConference,
  createConference,
  deleteConference,
  listConferences,
  updateConference,
} from './conferences.service';
import {
  addChecklistItem,
  addChecklistTemplate,
  deleteChecklistItem,
  updateChecklistItem,
} from './checklist.service';
import { addPoint, deletePoint, updatePoint } from '../points/points.service';
import { replaceProgramme } from '../programme/programme.service';
import { runOfShowDocx } from '../programme/run-of-show.export';

/** Conferences: the conference itself (from a plan or typed in), bridge points, checklist, programme, run-of-show. */
export function conferencesRoutes(app: FastifyInstance, { db }: RouteContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['conferences'];

  r.get(
    '/api/conferences',
    {
      schema: {
        tags,
        summary: 'Hội nghị trong phạm vi xem',
        querystring: ConferenceListQuery,
        response: { 200: ConferenceList },
      },
    },
    async (request) => listConferences(db, requireActor(request), request.query),
  );
  r.post(
    '/api/conferences',
    {
      schema: {
        tags,
        summary: 'Tạo hội nghị: { fromPlan } lấy từ kế hoạch, hoặc nhập các trường',
        body: CreateConferenceBody,
        response: { 201: ConferenceDetail },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await createConference(db, requireActor(request), request.body, request.today)),
  );
  r.get(
    '/api/conferences/:id',
    { schema: { tags, summary: 'Hội nghị', params: IdParams, response: { 200: ConferenceDetail } } },
    async (request) => getConference(db, requireActor(request), request.params.id, request.today),
  );
  r.patch(
    '/api/conferences/:id',
    {
      schema: {
        tags,
        summary: 'Sửa hội nghị, chuyển trạng thái',
        params: IdParams,
        body: UpdateConferenceBody,
        response: { 200: ConferenceDetail },
      },
    },
    async (request) =>
      updateConference(db, requireActor(request), request.params.id, request.body, request.today),
  );
  r.delete(
    '/api/conferences/:id',
    {
      schema: {
        tags,
        summary: 'Xóa hội nghị chưa phát hành giấy mời, chưa có ai điểm danh (nếu đã có: hủy hội nghị)',
        params: IdParams,
      },
    },
    async (request, reply) => {
      await deleteConference(db, requireActor(request), request.params.id);
      return reply.code(204).send();
    },
  );
  r.post(
    '/api/conferences/:id/cancel',
    {
      schema: {
        tags,
        summary: 'Hủy hội nghị (ghi lý do): giữ hồ sơ, đường dẫn riêng và điểm danh ngừng hoạt động',
        params: IdParams,
        body: CancelConferenceBody,
        response: { 200: ConferenceDetail },
      },
    },
    async (request) =>
      cancelConference(db, requireActor(request), request.params.id, request.body, request.today),
  );

  r.post(
    '/api/conferences/:id/points',
    {
      schema: {
        tags,
        summary: 'Thêm điểm cầu',
        params: IdParams,
        body: BridgePointInput,
        response: { 201: BridgePoint },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await addPoint(db, requireActor(request), request.params.id, request.body, request.today)),
  );
  r.patch(
    '/api/points/:id',
    {
      schema: {
        tags,
        summary: 'Sửa điểm cầu, ghi kết quả thử đường truyền',
        params: IdParams,
        body: UpdateBridgePointBody,
        response: { 200: BridgePoint },
      },
    },
    async (request) => updatePoint(db, requireActor(request), request.params.id, request.body, request.today),
  );
  r.delete(
    '/api/points/:id',
    { schema: { tags, summary: 'Xóa điểm cầu chưa có đại biểu', params: IdParams } },
    async (request, reply) => {
      await deletePoint(db, requireActor(request), request.params.id);
      return reply.code(204).send();
    },
  );

  r.post(
    '/api/conferences/:id/checklist',
    {
      schema: {
        tags,
        summary: 'Thêm công việc chuẩn bị',
        params: IdParams,
        body: ChecklistItemInput,
        response: { 201: ChecklistItem },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await addChecklistItem(db, requireActor(request), request.params.id, request.body, request.now),
        ),
  );
  r.post(
    '/api/conferences/:id/checklist/template',
    {
      schema: {
        tags,
        summary: 'Thêm các công việc chuẩn bị thường gặp (không thêm trùng)',
        params: IdParams,
        response: { 200: ChecklistItems },
      },
    },
    async (request) => addChecklistTemplate(db, requireActor(request), request.params.id),
  );
  r.patch(
    '/api/checklist/:id',
    {
      schema: {
        tags,
        summary: 'Sửa, đánh dấu xong công việc chuẩn bị',
        params: IdParams,
        body: ChecklistItemInput.partial(),
        response: { 200: ChecklistItem },
      },
    },
    async (request) =>
      updateChecklistItem(db, requireActor(request), request.params.id, request.body, request.now),
  );
  r.delete(
    '/api/checklist/:id',
    { schema: { tags, summary: 'Xóa công việc chuẩn bị', params: IdParams } },
    async (request, reply) => {
      await deleteChecklistItem(db, requireActor(request), request.params.id);
      return reply.code(204).send();
    },
  );

  r.put(
    '/api/conferences/:id/programme',
    {
      schema: {
        tags,
        summary: 'Thay toàn bộ chương trình hội nghị (theo thứ tự)',
        params: IdParams,
        body: ProgrammeBody,
        response: { 200: Programme },
      },
    },
    async (request) =>
      replaceProgramme(db, requireActor(request), request.params.id, request.body.items, request.today),
  );
  r.get(
    '/api/conferences/:id/run-of-show.docx',
    { schema: { tags, summary: 'Kịch bản điều hành (DOCX) cho người dẫn chương trình', params: IdParams } },
    async (request, reply) => {
      const file = await runOfShowDocx(db, requireActor(request), request.params.id, request.today);
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')
        .header('content-disposition', `attachment; filename="${file.fileName}"`)
        .send(Buffer.from(file.bytes));
    },
  );
}
