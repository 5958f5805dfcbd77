import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { Account, ChangePasswordBody, LoginBody } from '../../../contracts/auth';
import { clearSessionCookie, requireActor, setSessionCookie, type RouteContext } from '../../http';
import { changeOwnPassword, getAccount } from '../users/users.service';
import { login, logout } from './sessions.service';

export function authRoutes(app: FastifyInstance, { db, config }: RouteContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.post(
    '/api/auth/login',
    {
      schema: { tags: ['auth'], summary: 'Đăng nhập', body: LoginBody, response: { 200: Account } },
      config: { rateLimit: { max: config.loginRateLimitPerMinute, timeWindow: '1 minute' } },
    },
    async (request, reply) => {
      const result = await login(db, request.body, {
        ip: request.ip,
        userAgent: request.headers['user-agent'] ?? null,
        sessionHours: config.sessionHours,
        now: request.now,
      });
      setSessionCookie(reply, config, result.token, result.expiresAt);
      return getAccount(db, result.userId);
    },
  );
  r.post('/api/auth/logout', { schema: { tags: ['auth'], summary: 'Đăng xuất' } }, async (request, reply) => {
    const actor = requireActor(request);
    await logout(db, actor, request.sessionToken!);
    clearSessionCookie(reply, config);
    return reply.code(204).send();
  });
  r.get(
    '/api/me',
    { schema: { tags: ['auth'], summary: 'Tài khoản đang đăng nhập', response: { 200: Account } } },
    async (request) => getAccount(db, requireActor(request).id),
  );
  r.post(
    '/api/me/password',
    {
      schema: {
        tags: ['auth'],
        summary: 'Đổi mật khẩu',
        body: ChangePasswordBody,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await changeOwnPassword(db, requireActor(request), request.body, request.sessionToken!, request.now);
      return reply.code(204).send(null);
    },
  );
}
