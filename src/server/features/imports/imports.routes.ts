import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ImportQuery, NameResolution, ResolveNamesBody, SaveMappingBody } from '../../../contracts/imports';
import { requireActor, type RouteContext } from '../../http';
import { readOneFile } from '../../platform/upload-size';
import { resolveNames, saveMapping } from './mappings.service';
import { parseRunner } from './parse-runner';
import { MAX_IMPORT_BYTES } from './readers';
import { importsMessages as m } from './imports.messages';
import { assertImportsPlans } from './imports.policy';

export function importsRoutes(app: FastifyInstance, { db }: RouteContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['imports'];
  r.post(
    '/api/plans/import',
    {
      schema: {
        tags,
        summary:
          'Đọc kế hoạch (DOCX, PDF có lớp chữ, TXT; tối đa 20 MB) thành bản thảo có cấu trúc để kiểm tra',
        description:
          'multipart/form-data, trường `file`. Trả về DocumentDraft loại KH với targets, tasks, conference, budget, warnings. Với `?review=true`: `{ draft, lines }`, các dòng văn bản đã đọc (số dòng của cảnh báo đếm từ 1 theo các dòng này).',
        querystring: ImportQuery,
      },
    },
    async (request) => {
      // Who, then may they, then the declared size, and only then the body (README, Security → Uploads).
      assertImportsPlans(requireActor(request));
      const { fileName, data: bytes } = await readOneFile(request, {
        maxBytes: MAX_IMPORT_BYTES,
        what: m.planFile,
      });
      // Read and parsed in a worker thread bounded in time and memory (parse-runner.ts): 413/415 with the reason.
      const review = request.query.review === 'true';
      const { draft, text } = await parseRunner().parse(bytes, fileName, { withText: review });
      return review ? { draft, lines: (text ?? '').split(/\r?\n/) } : draft;
    },
  );
  r.post(
    '/api/plans/import/resolve',
    {
      schema: {
        tags,
        summary: 'Tên đơn vị trong kế hoạch nhập vào ứng với đơn vị nào (kèm độ tin cậy)',
        body: ResolveNamesBody,
        response: { 200: z.array(NameResolution) },
      },
    },
    async (request) => resolveNames(db, requireActor(request), request.body, request.today),
  );
  r.put(
    '/api/plans/import/mappings',
    {
      schema: {
        tags,
        summary: 'Ghi nhớ một tên ứng với đơn vị (hoặc chức danh) cho các lần nhập sau',
        body: SaveMappingBody,
        response: { 200: NameResolution },
      },
    },
    async (request) => saveMapping(db, requireActor(request), request.body, request.today),
  );
}
