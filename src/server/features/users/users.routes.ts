import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { IdParams } from '../../../contracts/common';
import { Account, CreateUserBody, UpdateUserBody, UserList, UserListQuery } from '../../../contracts/auth';
import { requireActor, type RouteContext } from '../../http';
import { createUser, listUsers, updateUser } from './users.service';

export function usersRoutes(app: FastifyInstance, { db }: RouteContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/users',
    {
      schema: {
        tags: ['users'],
        summary: 'Tài khoản trong phạm vi xem',
        querystring: UserListQuery,
        response: { 200: UserList },
      },
    },
    async (request) => listUsers(db, requireActor(request), request.query, request.today),
  );
  r.post(
    '/api/users',
    {
      schema: { tags: ['users'], summary: 'Tạo tài khoản', body: CreateUserBody, response: { 201: Account } },
    },
    async (request, reply) =>
      reply.code(201).send(await createUser(db, requireActor(request), request.body, request.today)),
  );
  r.patch(
    '/api/users/:id',
    {
      schema: {
        tags: ['users'],
        summary: 'Sửa tài khoản',
        params: IdParams,
        body: UpdateUserBody,
        response: { 200: Account },
      },
    },
    async (request) => updateUser(db, requireActor(request), request.params.id, request.body, request.now),
  );
}
