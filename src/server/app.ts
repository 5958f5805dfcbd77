import fs from 'node:fs';
import type http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Fastify, {
  type FastifyError,
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
} from 'fastify';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import {
  hasZodFastifySchemaValidationErrors,
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
} from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Config } from './platform/config';
import type { Database } from './platform/database';
import { AppError, HTTP_STATUS } from './platform/errors';
import { REDACT_PATHS, safeError, scrubUrl } from './platform/safe-log';
import { SESSION_COOKIE, type RouteContext } from './http';
import {
  assertCleanInput,
  assertPatchChangesSomething,
  assertSameOriginRequest,
  helmetOptions,
} from './request-guards';
import { webDistDir } from './platform/early-server';
import { cacheHashedAssets, webPageFor } from './web-pages';
import { prerenderedPage, sendPrerendered } from './web-prerender';
import { actorForToken } from './features/auth/sessions.service';
import { authRoutes } from './features/auth/auth.routes';
import { unitsRoutes } from './features/units/units.routes';
import { usersRoutes } from './features/users/users.routes';
import { auditRoutes } from './features/audit/audit.routes';
import { documentsRoutes } from './features/documents/documents.routes';
import { plansRoutes } from './features/plans/plans.routes';
import { tasksRoutes } from './features/plans/tasks.routes';
import { notificationsRoutes } from './features/notifications/notifications.routes';
import { importsRoutes } from './features/imports/imports.routes';
import { conferencesRoutes } from './features/conferences/conference/conferences.routes';
import { delegatesRoutes } from './features/conferences/delegates/delegates.routes';
import { invitationsRoutes } from './features/conferences/invitations/invitations.routes';
import { checkinRoutes } from './features/conferences/checkin/checkin.routes';
import { ceremonyRoutes } from './features/conferences/ceremony/ceremony.routes';
import type { ReminderHooks } from './features/plans/reminders.service';
import { flushOutbox } from './features/notifications/notifications.service';
import { createMailer } from './platform/mail';
import { databaseRateLimitStore } from './platform/rate-limit-store';
import { closeOnUnreadBody } from './platform/upload-size';
import { systemClock, type Clock } from './platform/clock';
import { todayInVietnam } from '../core/dates/vn-dates';
import { serverMessages as sm } from './server.messages';

const version = (
  JSON.parse(fs.readFileSync(fileURLToPath(new URL('../../package.json', import.meta.url)), 'utf8')) as {
    version: string;
  }
).version;

export interface AppOptions {
  database: Database;
  config: Config;
  /** Log at `config.logLevel` to stdout (true) or to a stream (tests read what would be logged). */
  logger?: boolean | { stream: { write(line: string): void } };
  /** An HTTP server already listening (npm start); Fastify handles its requests instead of creating one. */
  server?: { server: http.Server; attach(handler: http.RequestListener): void };
  /** What an on-demand reminder run does afterwards; by default it sends the queued e-mail at once. */
  reminders?: ReminderHooks;
  /** The clock requests and jobs read (tests pass `fixedClock`); the system's by default. */
  clock?: Clock;
}

interface ZodIssueLike {
  code?: string;
  path?: PropertyKey[];
  message?: string;
  errors?: ZodIssueLike[][];
}

/**
 * A zod issue as `{ path, message }` items. A union that matched no branch (zod's invalid_union, at the union's own
 * path with "Đầu vào không hợp lệ") is described by the branch that got furthest: its deepest issues, under the
 * union's path, so a plan whose task deadline is wrong names `tasks.0.deadline.from` and what is wrong with it.
 */
function describeIssue(issue: ZodIssueLike, prefix: PropertyKey[]): { path: string; message: string }[] {
  const at = [...prefix, ...(issue.path ?? [])];
  if (issue.code === 'invalid_union' && issue.errors && issue.errors.length > 0) {
    const depth = (branch: ZodIssueLike[]) =>
      Math.max(
        ...branch.map(
          (i) => (i.path?.length ?? 0) + (i.code === 'invalid_union' && i.errors?.length ? 1 : 0),
        ),
      );
    // Furthest first; among equals, the branch with fewer problems (the one the input was meant for).
    const best = issue.errors
      .filter((branch) => branch.length > 0)
      .sort((a, b) => depth(b) - depth(a) || a.length - b.length)[0];
    // When every branch fails at the union itself (a number where text or a list was expected), keep zod's words.
    if (best && depth(best) > 0) return best.flatMap((i) => describeIssue(i, at));
  }
  return [{ path: at.map(String).join('.'), message: issue.message ?? '' }];
}

/** PostgreSQL's refusals of a value (class 22): the input was wrong, not the server. */
const BAD_VALUE_SQLSTATES = new Set(['22001', '22003', '22007', '22008', '22021', '22P02', '22P05', '2202E']);

function sqlState(error: unknown): string | undefined {
  for (let e = error, i = 0; e && typeof e === 'object' && i < 5; e = (e as { cause?: unknown }).cause, i++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
  }
  return undefined;
}

function toAppError(error: FastifyError | Error): AppError {
  if (error instanceof AppError) return error;
  if (hasZodFastifySchemaValidationErrors(error)) {
    // Name every problem with its place in the input: "issuer: …; title: …; signer: …".
    const issues = error.validation.flatMap((v) => {
      // The provider passes zod's issue as `params.issue`, or its fields (a union's `errors`) as `params` itself.
      const params = v.params as { issue?: ZodIssueLike; errors?: ZodIssueLike['errors'] };
      const issue =
        params.issue ??
        (params.errors
          ? { path: v.instancePath.split('/').filter(Boolean), errors: params.errors }
          : undefined);
      if (issue) return describeIssue({ ...issue, code: v.keyword, message: v.message }, []);
      return [{ path: v.instancePath.replace(/^\//, '').replace(/\//g, '.'), message: v.message ?? '' }];
    });
    return new AppError(
      'VALIDATION_FAILED',
      issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; ') || undefined,
      issues,
    );
  }
  // A schema applied inside a handler (a multipart route's fields) fails like a route schema.
  if (error instanceof z.ZodError) {
    const issues = error.issues.flatMap((issue) => describeIssue(issue as ZodIssueLike, []));
    return new AppError(
      'VALIDATION_FAILED',
      issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; ') || undefined,
      issues,
    );
  }
  // busboy's words for a multipart body cut short or malformed; a file part whose body ends before its boundary
  // closes the part's stream early.
  if (
    /^(Unexpected end of form|Malformed part header|Multipart: Boundary not found)/.test(error.message) ||
    (error as NodeJS.ErrnoException).code === 'ERR_STREAM_PREMATURE_CLOSE'
  )
    return new AppError('VALIDATION_FAILED', sm.brokenForm, {
      reason: error.message,
    });
  const state = sqlState(error);
  if (state && BAD_VALUE_SQLSTATES.has(state))
    return new AppError('VALIDATION_FAILED', sm.badValue, {
      reason: `sqlstate ${state}`,
    });
  const code = (error as FastifyError).code;
  const status = (error as FastifyError).statusCode;
  if (code === 'FST_ERR_BAD_URL' || code === 'FST_ERR_MAX_PARAM_LENGTH')
    return new AppError('VALIDATION_FAILED', sm.badUrl, {
      reason: 'bad url',
    });
  if (code === 'FST_ERR_CTP_BODY_TOO_LARGE' || status === 413) return new AppError('PAYLOAD_TOO_LARGE');
  if (status === 429) return new AppError('RATE_LIMITED');
  if (status !== undefined && status >= 400 && status < 500)
    return new AppError('VALIDATION_FAILED', undefined, { reason: error.message });
  return new AppError('INTERNAL');
}

/** A synchronous check as a hook: its AppError goes to the error handler. */
const guard =
  (check: (request: FastifyRequest) => void) =>
  (request: FastifyRequest, _reply: FastifyReply, done: (error?: Error) => void) => {
    try {
      check(request);
    } catch (error) {
      return done(error as Error);
    }
    done();
  };

// Validation messages in Vietnamese, like every other message of the API.
z.config(z.locales.vi());

/** Builds the HTTP app; tests drive it with app.inject(). */
export async function buildApp({
  database,
  config,
  logger = false,
  server,
  reminders,
  clock = systemClock,
}: AppOptions): Promise<FastifyInstance> {
  let handler: http.RequestListener | null = null;
  const app = Fastify({
    logger: logger
      ? {
          level: config.logLevel,
          ...(typeof logger === 'object' && { stream: logger.stream }),
          // Nothing secret in the logs: no cookies or credentials, no token in a logged URL.
          redact: { paths: REDACT_PATHS, censor: '[redacted]' },
          serializers: {
            req: (req) => ({
              method: req.method,
              url: scrubUrl(req.url),
              host: req.hostname,
              remoteAddress: req.ip,
            }),
            err: (error) => safeError(error),
          },
        }
      : false,
    bodyLimit: config.bodyLimitBytes,
    // The client's address (audit rows, sign-in and RSVP rate limits) comes from X-Forwarded-For only when
    // the request arrives from a proxy named in TRUST_PROXY.
    trustProxy:
      typeof config.trustProxy === 'number'
        ? (() => {
            const hops = config.trustProxy;
            return (_address: string, hop: number) => hop < hops;
          })()
        : config.trustProxy,
    // A malformed path ("%E0%A4%A", a lone surrogate): our 400 envelope rather than Fastify's own.
    frameworkErrors: (error, _request, reply) => {
      const appError = toAppError(error);
      void (reply as unknown as FastifyReply).status(HTTP_STATUS[appError.code]).send({
        error: { code: appError.code, message: appError.message, details: appError.details },
      });
    },
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
    // Logged through the `err` serializer (safeError): a database error's detail or a query's parameters may quote a row.
    if (appError.code === 'INTERNAL') request.log.error({ err: error }, 'internal error');
    return reply.status(HTTP_STATUS[appError.code]).send({
      error: { code: appError.code, message: appError.message, details: appError.details },
    });
  });

  await app.register(helmet, helmetOptions(config));
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
        title: sm.apiTitle,
        version,
        description: 'API của nền tảng PhongTrào. Lỗi: { error: { code, message, details } }.',
      },
    },
    transform: jsonSchemaTransform,
    // Schemas with an id (`.meta({ id })`, the recursive DocumentSection) become components the `$ref`s point to.
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });

  app.decorateRequest('actor', null);
  app.decorateRequest('sessionToken', null);
  app.decorateRequest('now', null as never);
  app.decorateRequest('today', '');
  app.addHook('onRequest', (request, _reply, done) => {
    request.now = clock.now();
    request.today = todayInVietnam(request.now);
    done();
  });
  // Cross-site requests are refused before anything else reads them (request-guards.ts).
  app.addHook(
    'onRequest',
    guard((request) => assertSameOriginRequest(request, config)),
  );
  // Bad characters and too-deep trees are a 400 naming the field; an empty PATCH changes nothing.
  app.addHook('preValidation', guard(assertCleanInput));
  app.addHook('preHandler', guard(assertPatchChangesSomething));
  // A refused upload is answered without reading its body, and the connection is closed rather than drained.
  app.addHook('onSend', closeOnUnreadBody);
  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/')) return;
    const token = request.cookies[SESSION_COOKIE];
    if (!token) return;
    request.actor = await actorForToken(database.db, token, request.ip, request.now);
    if (request.actor) request.sessionToken = token;
  });

  const mailer = createMailer(config);
  const context: RouteContext = {
    db: database.db,
    config,
    clock,
    reminders: reminders ?? {
      baseUrl: config.publicUrl,
      afterRun: async () => void (await flushOutbox(database.db, mailer, clock.now())),
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
  notificationsRoutes(app, context);
  importsRoutes(app, context);
  conferencesRoutes(app, context);
  delegatesRoutes(app, context);
  invitationsRoutes(app, context);
  checkinRoutes(app, context);
  ceremonyRoutes(app, context);

  const hasWeb = fs.existsSync(path.join(webDistDir, 'index.html'));
  if (hasWeb)
    await app.register(fastifyStatic, {
      root: webDistDir,
      wildcard: false,
      preCompressed: true,
      setHeaders: cacheHashedAssets,
    });
  app.setNotFoundHandler(async (request, reply) => {
    if (hasWeb && request.method === 'GET' && !request.url.startsWith('/api/')) {
      const file = webPageFor(request.url);
      const rendered = file === 'index.html' ? null : await prerenderedPage(app, request, file);
      return rendered ? sendPrerendered(request, reply, rendered) : reply.sendFile(file);
    }
    return reply.status(404).send({ error: { code: 'NOT_FOUND', message: sm.noSuchAddress } });
  });
  return app;
}
