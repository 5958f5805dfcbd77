import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { IdParams } from '../../../../contracts/common';
import {
  AwardBatchList,
  AwardImportResult,
  AwardsBody,
  Presentation,
  PresentationInput,
  PresentationList,
  RemindPresentationsResult,
  ReviewBody,
  UpdatePresentationBody,
} from '../../../../contracts/conferences';
import { requireActor, type RouteContext } from '../../../http';
import { readOneFile } from '../../../platform/upload-size';
import {
  createPresentation,
  deletePresentation,
  presentationsOf,
  reviewPresentation,
  updatePresentation,
} from '../presentations/presentations.service';
import {
  getPresentationFile,
  MAX_PRESENTATION_BYTES,
  uploadPresentationFile,
} from '../presentations/presentation-files.service';
import { remindConferencePresentations } from '../presentations/presentation-reminders.service';
import { listAwards, replaceAwards } from './awards.service';
import { awardsTemplate, importAwards, MAX_AWARDS_BYTES } from './awards.import';
import { rollCallDocx } from './roll-call.export';
import { UPLOAD_WHAT } from './ceremony.messages';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The one file of a multipart request, read by the services once they have decided the caller may send it. */
const oneFile = (request: FastifyRequest, maxBytes: number) =>
  readOneFile(request, { maxBytes, what: UPLOAD_WHAT });

const attachment = (fileName: string) =>
  `attachment; filename="${fileName.replace(/[^\x20-\x7e]|"/g, '_')}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;

/** Tham luận (assign, upload, review, remind) and the award ceremony (awardees, import, roll-call DOCX). */
export function ceremonyRoutes(app: FastifyInstance, { db, reminders }: RouteContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['conferences'];

  r.get(
    '/api/conferences/:id/presentations',
    {
      schema: {
        tags,
        summary: 'Tham luận của hội nghị',
        params: IdParams,
        response: { 200: PresentationList },
      },
    },
    async (request) => presentationsOf(db, requireActor(request), request.params.id, request.today),
  );
  r.post(
    '/api/conferences/:id/presentations',
    {
      schema: {
        tags,
        summary: 'Giao tham luận cho đơn vị (mã, id hoặc tên) với chủ đề, số phút, hạn gửi',
        params: IdParams,
        body: PresentationInput,
        response: { 201: Presentation },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await createPresentation(db, requireActor(request), request.params.id, request.body, request.today),
        ),
  );
  r.patch(
    '/api/presentations/:id',
    {
      schema: {
        tags,
        summary: 'Sửa tham luận; đổi thứ tự (position); xếp vào mục chương trình (itemId)',
        params: IdParams,
        body: UpdatePresentationBody,
        response: { 200: Presentation },
      },
    },
    async (request) =>
      updatePresentation(db, requireActor(request), request.params.id, request.body, request.today),
  );
  r.delete(
    '/api/presentations/:id',
    { schema: { tags, summary: 'Xóa tham luận (cùng bài đã gửi)', params: IdParams } },
    async (request, reply) => {
      await deletePresentation(db, requireActor(request), request.params.id);
      return reply.code(204).send();
    },
  );
  r.post(
    '/api/presentations/:id/file',
    {
      schema: {
        tags,
        summary: 'Gửi bài tham luận (multipart, trường "file": PDF hoặc DOCX, tối đa 10 MB)',
        params: IdParams,
        response: { 200: Presentation },
      },
    },
    async (request) => {
      const read = () => oneFile(request, MAX_PRESENTATION_BYTES);
      return uploadPresentationFile(db, requireActor(request), request.params.id, read, request.now);
    },
  );
  r.get(
    '/api/presentations/:id/file',
    { schema: { tags, summary: 'Tải bài tham luận đã gửi', params: IdParams } },
    async (request, reply) => {
      const file = await getPresentationFile(db, requireActor(request), request.params.id);
      return reply
        .header('content-type', file.contentType)
        .header('content-disposition', attachment(file.fileName))
        .send(file.data);
    },
  );
  r.post(
    '/api/presentations/:id/review',
    {
      schema: {
        tags,
        summary: 'Duyệt, yêu cầu sửa (cần ý kiến) hoặc góp ý bài tham luận',
        params: IdParams,
        body: ReviewBody,
        response: { 200: Presentation },
      },
    },
    async (request) =>
      reviewPresentation(db, requireActor(request), request.params.id, request.body, request.now),
  );
  r.post(
    '/api/conferences/:id/presentations/remind',
    {
      schema: {
        tags,
        summary: 'Nhắc các đơn vị chưa gửi tham luận (hạn trong 3 ngày hoặc đã quá hạn; mỗi ngày một lần)',
        params: IdParams,
        response: { 200: RemindPresentationsResult },
      },
    },
    async (request) =>
      remindConferencePresentations(db, requireActor(request), reminders, request.params.id, request.today),
  );

  r.get(
    '/api/conferences/:id/awards',
    {
      schema: {
        tags,
        summary: 'Danh sách khen thưởng theo đợt, theo thứ tự công bố',
        params: IdParams,
        response: { 200: AwardBatchList },
      },
    },
    async (request) => listAwards(db, requireActor(request), request.params.id),
  );
  r.put(
    '/api/conferences/:id/awards',
    {
      schema: {
        tags,
        summary: 'Thay cả danh sách khen thưởng (các đợt và người được khen, theo thứ tự)',
        params: IdParams,
        body: AwardsBody,
        response: { 200: AwardBatchList },
      },
    },
    async (request) => replaceAwards(db, requireActor(request), request.params.id, request.body),
  );
  r.post(
    '/api/conferences/:id/awards/import',
    {
      schema: {
        tags,
        summary:
          'Nhập danh sách khen thưởng từ Excel (multipart, trường "file", tối đa 5 MB), nối tiếp danh sách',
        params: IdParams,
        response: { 200: AwardImportResult },
      },
    },
    async (request) => {
      const read = () => oneFile(request, MAX_AWARDS_BYTES);
      return importAwards(db, requireActor(request), request.params.id, read);
    },
  );
  r.get(
    '/api/conferences/:id/awards/template.xlsx',
    { schema: { tags, summary: 'Tệp Excel mẫu danh sách khen thưởng', params: IdParams } },
    async (request, reply) => {
      requireActor(request);
      return reply
        .header('content-type', XLSX)
        .header('content-disposition', attachment('mau-danh-sach-khen-thuong.xlsx'))
        .send(await awardsTemplate());
    },
  );
  r.get(
    '/api/conferences/:id/roll-call.docx',
    {
      schema: {
        tags,
        summary: 'Kịch bản công bố khen thưởng cho người dẫn chương trình (DOCX)',
        params: IdParams,
      },
    },
    async (request, reply) => {
      const file = await rollCallDocx(db, requireActor(request), request.params.id);
      return reply
        .header('content-type', DOCX)
        .header('content-disposition', attachment(file.fileName))
        .send(Buffer.from(file.bytes));
    },
  );
}
