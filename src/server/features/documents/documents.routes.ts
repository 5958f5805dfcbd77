import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { IdParams } from '../../../contracts/common';
import {
  DocumentDetail,
  DocumentDraft,
  DocumentList,
  DocumentListQuery,
  DocumentSummary,
  DocumentUnitQuery,
  FileFormat,
  IssueDocumentBody,
  RegisterEntries,
  RegisterQuery,
} from '../../../contracts/documents';
import { requireActor, type RouteContext } from '../../http';
import {
  createDocument,
  documentForFile,
  getDocument,
  issueDocument,
  layoutOf,
  listDocuments,
  updateDocument,
} from './documents.service';
import { renderFile, sendFile } from './documents.files';
import { readRegister, registerWorkbook } from './register.export';

export function documentsRoutes(app: FastifyInstance, { db, config }: RouteContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/documents',
    {
      schema: {
        tags: ['documents'],
        summary: 'Văn bản trong phạm vi xem',
        querystring: DocumentListQuery,
        response: { 200: DocumentList },
      },
    },
    async (request) => listDocuments(db, requireActor(request), request.query, request.today),
  );
  r.post(
    '/api/documents',
    {
      schema: {
        tags: ['documents'],
        summary: 'Lưu dự thảo văn bản',
        querystring: DocumentUnitQuery,
        body: DocumentDraft,
        response: { 201: DocumentSummary },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await createDocument(db, requireActor(request), request.body, request.query.unit, request.today),
        ),
  );
  r.post(
    '/api/documents/render',
    {
      schema: {
        tags: ['documents'],
        summary: 'Dựng tệp DOCX/PDF từ dự thảo',
        querystring: FileFormat,
        body: DocumentDraft,
      },
    },
    async (request, reply) => {
      requireActor(request);
      const bytes = await renderFile(
        request.body,
        request.query.format,
        config,
        await layoutOf(db, request.query.unit, request.today),
      );
      return sendFile(reply, bytes, request.query.format, request.body);
    },
  );
  r.get(
    '/api/documents/register',
    {
      schema: {
        tags: ['documents'],
        summary: 'Sổ đăng ký văn bản đi',
        querystring: RegisterQuery,
        response: { 200: RegisterEntries },
      },
    },
    async (request) => (await readRegister(db, requireActor(request), request.query, request.today)).entries,
  );
  r.get(
    '/api/documents/register.xlsx',
    { schema: { tags: ['documents'], summary: 'Sổ đăng ký văn bản đi (Excel)', querystring: RegisterQuery } },
    async (request, reply) => {
      const register = await readRegister(db, requireActor(request), request.query, request.today);
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header(
          'content-disposition',
          `attachment; filename="so-van-ban-di-${register.unitCode}-${request.query.year}.xlsx"`,
        )
        .send(await registerWorkbook(register));
    },
  );
  r.get(
    '/api/documents/:id',
    {
      schema: {
        tags: ['documents'],
        summary: 'Văn bản và các phiên bản',
        params: IdParams,
        response: { 200: DocumentDetail },
      },
    },
    async (request) => getDocument(db, requireActor(request), request.params.id),
  );
  r.put(
    '/api/documents/:id',
    {
      schema: {
        tags: ['documents'],
        summary: 'Lưu phiên bản mới của dự thảo',
        params: IdParams,
        body: DocumentDraft,
        response: { 200: DocumentSummary },
      },
    },
    async (request) =>
      updateDocument(db, requireActor(request), request.params.id, request.body, request.now),
  );
  r.post(
    '/api/documents/:id/issue',
    {
      schema: {
        tags: ['documents'],
        summary: 'Ban hành: lấy số, khóa phiên bản, vào sổ',
        params: IdParams,
        body: IssueDocumentBody,
        response: { 200: DocumentSummary },
      },
    },
    async (request) => issueDocument(db, requireActor(request), request.params.id, request.body, request.now),
  );
  r.get(
    '/api/documents/:id/file',
    {
      schema: { tags: ['documents'], summary: 'Tải tệp DOCX/PDF', params: IdParams, querystring: FileFormat },
    },
    async (request, reply) => {
      const { draft, layout } = await documentForFile(db, requireActor(request), request.params.id);
      return sendFile(
        reply,
        await renderFile(draft, request.query.format, config, layout),
        request.query.format,
        draft,
      );
    },
  );
}
