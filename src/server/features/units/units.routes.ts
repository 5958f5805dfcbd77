import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  CreateUnitBody,
  UnitAtQuery,
  UnitCodeParams,
  UnitDetail,
  UnitList,
  UnitListQuery,
  UnitSummary,
  UpdateUnitBody,
  SetDocumentLayoutBody,
} from '../../../contracts/units';
import { requireActor, type RouteContext } from '../../http';
import { createUnit, getUnit, listUnits, setDocumentLayout, updateUnit } from './units.service';

export function unitsRoutes(app: FastifyInstance, { db }: RouteContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/units',
    {
      schema: {
        tags: ['units'],
        summary: 'Tìm, liệt kê đơn vị',
        querystring: UnitListQuery,
        response: { 200: UnitList },
      },
    },
    async (request) => listUnits(db, requireActor(request), request.query, request.today),
  );
  r.get(
    '/api/units/:code',
    {
      schema: {
        tags: ['units'],
        summary: 'Chi tiết đơn vị và lịch sử',
        params: UnitCodeParams,
        querystring: UnitAtQuery,
        response: { 200: UnitDetail },
      },
    },
    async (request) =>
      getUnit(db, requireActor(request), request.params.code, request.query.at ?? request.today),
  );
  r.post(
    '/api/units',
    {
      schema: {
        tags: ['units'],
        summary: 'Thêm thôn, tổ dân phố hoặc cơ quan',
        body: CreateUnitBody,
        response: { 201: UnitSummary },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await createUnit(db, requireActor(request), request.body, request.today)),
  );
  r.patch(
    '/api/units/:code',
    {
      schema: {
        tags: ['units'],
        summary: 'Sửa thôn, tổ dân phố hoặc cơ quan',
        params: UnitCodeParams,
        body: UpdateUnitBody,
        response: { 200: UnitSummary },
      },
    },
    async (request) =>
      updateUnit(db, requireActor(request), request.params.code, request.body, request.today),
  );
  r.put(
    '/api/units/:code/document-layout',
    {
      schema: {
        tags: ['units'],
        summary: 'Lề trang và cỡ chữ văn bản của cơ quan (trong giới hạn NĐ 30)',
        params: UnitCodeParams,
        body: SetDocumentLayoutBody,
        response: { 200: UnitDetail },
      },
    },
    async (request) =>
      setDocumentLayout(db, requireActor(request), request.params.code, request.body.layout, request.today),
  );
}
