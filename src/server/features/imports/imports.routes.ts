import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor, type RouteContext } from '../../http';
import { resolveNames, saveMapping } from './mappings.service';

const NameResolution = z.object({
  name: z.string(),
  kind: z.enum(['unit', 'collective', 'position', 'unmatched']),
  unitCode: z.string().nullable(),
  unitName: z.string().nullable(),
  confidence: z.number(),
  mapped: z.boolean(),
  members: z.number().int(),
});

const AreaUnit = z.string().min(1).max(40).optional();

export function importsRoutes(app: FastifyInstance, { db }: RouteContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['imports'];
  r.post(
    '/api/plans/import/resolve',
    {
      schema: {
        tags,
        summary: 'Tên đơn vị trong kế hoạch nhập vào ứng với đơn vị nào (kèm độ tin cậy)',
        body: z.object({ unit: AreaUnit, names: z.array(z.string().max(300)).max(500) }),
        response: { 200: z.array(NameResolution) },
      },
    },
    async (request) => resolveNames(db, requireActor(request), request.body),
  );
  r.put(
    '/api/plans/import/mappings',
    {
      schema: {
        tags,
        summary: 'Ghi nhớ một tên ứng với đơn vị (hoặc chức danh) cho các lần nhập sau',
        body: z.object({
          unit: AreaUnit,
          name: z.string().trim().min(1).max(300),
          target: z.string().min(1).max(40).nullable(),
          position: z.string().trim().max(300).nullable().optional(),
        }),
        response: { 200: NameResolution },
      },
    },
    async (request) => saveMapping(db, requireActor(request), request.body),
  );
}
