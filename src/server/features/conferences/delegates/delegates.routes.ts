import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { IdParams } from '../../../../contracts/common';
import {
  Delegate,
  DelegateGroup,
  DelegateGroupInput,
  DelegateImportResult,
  DelegateInput,
  DelegateList,
  DelegateListQuery,
  ExpandGroupResult,
} from '../../../../contracts/conferences';
import { requireActor, type RouteContext } from '../../../http';
import { readOneFile } from '../../../platform/upload-size';
import { createGroup, deleteGroup, expandGroup, updateGroup } from './delegate-groups.service';
import { MAX_DELEGATE_IMPORT_BYTES } from './delegate-sheet.import';
import { importDelegates, type Upload } from './delegate-import.service';
import { delegateTemplate, seatingWorkbook } from './delegates.export';
import { addDelegate, deleteDelegate, listDelegates, updateDelegate } from './delegates.service';
import { delegatesMessages as m } from './delegates.messages';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The one .xlsx of a multipart request (5 MB), read by the import once it has decided the caller may edit. */
const readUpload = (request: FastifyRequest): Promise<Upload> =>
  readOneFile(request, { maxBytes: MAX_DELEGATE_IMPORT_BYTES, what: m.uploadWhat });

const sendXlsx = (reply: FastifyReply, file: { bytes: Buffer; fileName: string }) =>
  reply
    .header('content-type', XLSX)
    .header('content-disposition', `attachment; filename="${file.fileName}"`)
    .send(file.bytes);

/** Delegates: groups and their composition rules, the list, the Excel import, the template and the seating list. */
export function delegatesRoutes(app: FastifyInstance, { db }: RouteContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['conferences'];

  r.post(
    '/api/conferences/:id/groups',
    {
      schema: {
        tags,
        summary: 'Thêm nhóm (thành phần) đại biểu',
        params: IdParams,
        body: DelegateGroupInput,
        response: { 201: DelegateGroup },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await createGroup(db, requireActor(request), request.params.id, request.body)),
  );
  r.patch(
    '/api/groups/:id',
    {
      schema: {
        tags,
        summary: 'Sửa nhóm đại biểu',
        params: IdParams,
        body: DelegateGroupInput.partial(),
        response: { 200: DelegateGroup },
      },
    },
    async (request) => updateGroup(db, requireActor(request), request.params.id, request.body),
  );
  r.delete(
    '/api/groups/:id',
    {
      schema: {
        tags,
        summary: 'Xóa nhóm đại biểu cùng các chỗ ngồi (không được khi đã mời hoặc đã điểm danh)',
        params: IdParams,
      },
    },
    async (request, reply) => {
      await deleteGroup(db, requireActor(request), request.params.id);
      return reply.code(204).send();
    },
  );
  r.post(
    '/api/groups/:id/expand',
    {
      schema: {
        tags,
        summary: 'Lập chỗ ngồi theo thành phần ("Chủ tịch UBND các xã, thị trấn": mỗi xã một chỗ)',
        params: IdParams,
        response: { 200: ExpandGroupResult },
      },
    },
    async (request) => expandGroup(db, requireActor(request), request.params.id, request.today),
  );
  r.get(
    '/api/conferences/:id/delegates',
    {
      schema: {
        tags,
        summary: 'Danh sách đại biểu (tìm theo tên, đơn vị, chức vụ; lọc theo nhóm, điểm cầu, trả lời)',
        params: IdParams,
        querystring: DelegateListQuery,
        response: { 200: DelegateList },
      },
    },
    async (request) => listDelegates(db, requireActor(request), request.params.id, request.query),
  );
  r.post(
    '/api/conferences/:id/delegates',
    {
      schema: {
        tags,
        summary: 'Thêm đại biểu (409 khi trùng người đã có)',
        params: IdParams,
        body: DelegateInput,
        response: { 201: Delegate },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(await addDelegate(db, requireActor(request), request.params.id, request.body, request.today)),
  );
  r.patch(
    '/api/delegates/:id',
    {
      schema: {
        tags,
        summary: 'Sửa đại biểu: ghi tên cho chỗ ngồi, chuyển nhóm hoặc điểm cầu',
        params: IdParams,
        body: DelegateInput.partial(),
        response: { 200: Delegate },
      },
    },
    async (request) =>
      updateDelegate(db, requireActor(request), request.params.id, request.body, request.today),
  );
  r.delete(
    '/api/delegates/:id',
    { schema: { tags, summary: 'Xóa đại biểu (không được khi đã điểm danh)', params: IdParams } },
    async (request, reply) => {
      await deleteDelegate(db, requireActor(request), request.params.id);
      return reply.code(204).send();
    },
  );
  r.post(
    '/api/conferences/:id/delegates/import',
    {
      schema: {
        tags,
        summary: 'Nhập danh sách đại biểu từ Excel (.xlsx, tối đa 5 MB; lỗi và trùng lặp báo theo dòng)',
        params: IdParams,
        response: { 200: DelegateImportResult },
      },
    },
    async (request) =>
      importDelegates(db, requireActor(request), request.params.id, () => readUpload(request), request.today),
  );
  r.get(
    '/api/conferences/:id/delegates/template.xlsx',
    { schema: { tags, summary: 'Tệp mẫu danh sách đại biểu', params: IdParams } },
    async (request, reply) =>
      sendXlsx(reply, await delegateTemplate(db, requireActor(request), request.params.id)),
  );
  r.get(
    '/api/conferences/:id/seating.xlsx',
    { schema: { tags, summary: 'Danh sách xếp chỗ ngồi (A4 ngang)', params: IdParams } },
    async (request, reply) =>
      sendXlsx(reply, await seatingWorkbook(db, requireActor(request), request.params.id)),
  );
}
