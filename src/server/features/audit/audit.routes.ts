import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { AuditList, AuditQuery } from '../../../contracts/audit';
import { requireActor, type RouteContext } from '../../http';
import { listAudit } from './audit.service';
import { assertReadsAudit } from './audit.policy';

export function auditRoutes(app: FastifyInstance, { db }: RouteContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/audit',
    {
      schema: {
        tags: ['audit'],
        summary: 'Nhật ký thay đổi (quản trị)',
        querystring: AuditQuery,
        response: { 200: AuditList },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      assertReadsAudit(actor);
      return listAudit(db, actor, request.query);
    },
  );
}
