import fs from 'node:fs';
import type http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import {
  hasZodFastifySchemaValidationErrors,
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
} from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Config } from './platform/config';
import type { Database } from './platform/database';
import { AppError, HTTP_STATUS } from './platform/errors';
import { SESSION_COOKIE, type RouteContext } from './http';
import { webDistDir } from './platform/early-server';
import { actorForToken } from './features/auth/sessions.service';
import { authRoutes } from './features/auth/auth.routes';
import { unitsRoutes } from './features/units/units.routes';
import { usersRoutes } from './features/users/users.routes';
import { auditRoutes } from './features/audit/audit.routes';
import { documentsRoutes } from './features/documents/documents.routes';
import { plansRoutes } from './features/plans/plans.routes';
import { tasksRoutes } from './features/plans/tasks.routes';
import { importsRoutes } from './features/imports/imports.routes';
import { conferencesRoutes } from './features/conferences/conferences.routes';
import { delegatesRoutes } from './features/conferences/delegates.routes';
import { invitationsRoutes } from './features/conferences/invitations.routes';
import { checkinRoutes } from './features/conferences/checkin.routes';
import { ceremonyRoutes } from './features/conferences/ceremony.routes';
import { flushOutbox, type ReminderHooks } from './features/plans/reminders.service';
import { createMailer } from './platform/mail';
import { databaseRateLimitStore } from './platform/rate-limit-store';

const version = (
  JSON.parse(fs.readFileSync(fileURLToPath(new URL('../../package.json', import.meta.url)), 'utf8')) as {
    version: string;
  }
).version;

export interface AppOptions {
  database: Database;
  config: Config;
  logger?: boolean;
  /** An HTTP server already listening (npm start); Fastify handles its requests instead of creating one. */
  server?: { server: http.Server; attach(handler: http.RequestListener): void };
  /** What an on-demand reminder run does afterwards; by default it sends the queued e-mail at once. */
  reminders?: ReminderHooks;
}

function toAppError(error: FastifyError | Error): AppError {
  if (error instanceof AppError) return error;
  if (hasZodFastifySchemaValidationErrors(error)) {
    // Name every problem with its place in the input: "issuer: …; title: …; signer: …".
    const issues = error.validation.map((v) => ({
      path:
        v.instancePath.replace(/^\//, '').replace(/\//g, '.') ||
        (v.params as { issue?: { path?: string[] } }).issue?.path?.join('.') ||
        '',
      message: v.message ?? '',
    }));
    return new AppError(
      'VALIDATION_FAILED',
      issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; ') || undefined,
      issues,
    );
  }
  const code = (error as FastifyError).code;
  const status = (error as FastifyError).statusCode;
  if (code === 'FST_ERR_CTP_BODY_TOO_LARGE' || status === 413) return new AppError('PAYLOAD_TOO_LARGE');
  if (status === 429) return new AppError('RATE_LIMITED');
  if (status !== undefined && status >= 400 && status < 500)
    return new AppError('VALIDATION_FAILED', undefined, { reason: error.message });
  return new AppError('INTERNAL');
}

// Validation messages in Vietnamese, like every other message of the API.
z.config(z.locales.vi());

/** Builds the HTTP app; tests drive it with app.inject(). */
export async function buildApp({
  database,
  config,
  logger = false,
  server,
  reminders,
}: AppOptions): Promise<FastifyInstance> {
  let handler: http.RequestListener | null = null;
  const app = Fastify({
    logger: logger ? { level: config.logLevel } : false,
    bodyLimit: config.bodyLimitBytes,
    trustProxy: true,
    ...(server && {
      serverFactory: (fastifyHandler: http.RequestListener) => {
        handler = fastifyHandler;
        return server.server;
      },
    }),
  });
  // Every route, for the cross-scope test that must cover each mutating one.
  const routeList: { method: string; url: string }[] = [];
  app.decorate('routeList', routeList);
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) routeList.push({ method, url: route.url });
  });
  // Requests that waited for the database go to Fastify only once its routes are ready.
  if (server) app.addHook('onReady', () => server.attach(handler!));
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  app.setErrorHandler((error: FastifyError, request, reply) => {
    const appError = toAppError(error);
    if (appError.code === 'INTERNAL') request.log.error(error);
    return reply.status(HTTP_STATUS[appError.code]).send({
      error: { code: appError.code, message: appError.message, details: appError.details },
    });
  });

  await app.register(cookie);
  // Uploads: each route sets its own per-file limit; this caps any one part.
  await app.register(multipart, { limits: { fileSize: 20 * 1024 * 1024, files: 10, fields: 20 } });
  await app.register(rateLimit, {
    global: false,
    // Counted in the database, so that several server processes on one PostgreSQL share every limit.
    store: databaseRateLimitStore(database.db),
    errorResponseBuilder: () => new AppError('RATE_LIMITED'),
  });
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'PhongTrào API',
        version,
        description: 'API của nền tảng PhongTrào. Lỗi: { error: { code, message, details } }.',
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });

  app.decorateRequest('actor', null);
  app.decorateRequest('sessionToken', null);
  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/')) return;
    const token = request.cookies[SESSION_COOKIE];
    if (!token) return;
    request.actor = await actorForToken(database.db, token, request.ip);
    if (request.actor) request.sessionToken = token;
  });

  const mailer = createMailer(config);
  const context: RouteContext = {
    db: database.db,
    config,
    reminders: reminders ?? {
      baseUrl: config.publicUrl,
      afterRun: async () => void (await flushOutbox(database.db, mailer)),
    },
  };
  const r = app.withTypeProvider();
  r.get(
    '/api/health',
    {
      schema: {
        tags: ['system'],
        response: { 200: z.object({ status: z.literal('ok'), database: z.string(), version: z.string() }) },
      },
    },
    () => ({
      status: 'ok' as const,
      database: database.kind,
      version,
    }),
  );
  r.get('/api/openapi.json', { schema: { hide: true } }, () => app.swagger());
  authRoutes(app, context);
  unitsRoutes(app, context);
  usersRoutes(app, context);
  auditRoutes(app, context);
  documentsRoutes(app, context);
  plansRoutes(app, context);
  tasksRoutes(app, context);
  importsRoutes(app, context);
  conferencesRoutes(app, context);
  delegatesRoutes(app, context);
  invitationsRoutes(app, context);
  checkinRoutes(app, context);
  ceremonyRoutes(app, context);

  const hasWeb = fs.existsSync(path.join(webDistDir, 'index.html'));
  if (hasWeb) await app.register(fastifyStatic, { root: webDistDir, wildcard: false });
  app.setNotFoundHandler((request, reply) => {
    if (hasWeb && request.method === 'GET' && !request.url.startsWith('/api/'))
      return reply.sendFile('index.html');
    return reply
      .status(404)
      .send({ error: { code: 'NOT_FOUND', message: 'Không tìm thấy địa chỉ yêu cầu.' } });
  });
  return app;
}
