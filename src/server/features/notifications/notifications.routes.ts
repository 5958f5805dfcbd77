import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { IdParams } from '../../../contracts/common';
import { NotificationList, NotificationListQuery } from '../../../contracts/notifications';
import { requireActor, type RouteContext } from '../../http';
import { listNotifications, markAllRead, markRead } from './notifications.service';

/** The in-app notices of the account's units: the list, and marking them read. */
export function notificationsRoutes(app: FastifyInstance, { db }: RouteContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  // Listed with the tasks in the API's documentation, as before they had a feature of their own.
  const tags = ['tasks'];

  r.get(
    '/api/notifications',
    {
      schema: {
        tags,
        summary: 'Thông báo của đơn vị',
        querystring: NotificationListQuery,
        response: { 200: NotificationList },
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
}
