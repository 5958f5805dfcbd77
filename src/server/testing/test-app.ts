import type { FastifyInstance, InjectOptions } from 'fastify';
import { afterAll, beforeAll } from 'vitest';
import { buildApp } from '../app';
import { loadConfig, type Config } from '../platform/config';
import type { Database } from '../platform/database';
import { CSRF_HEADER } from '../request-guards';
import { openTestDatabase, type Engine } from './test-db';

export const testConfig = (overrides: Partial<Config> = {}): Config => ({
  ...loadConfig({ DATA_DIR: '/nonexistent-test-dir', LOG_LEVEL: 'silent' }),
  loginRateLimitPerMinute: 1000,
  ...overrides,
});

/**
 * Makes `app.inject` send what our own pages send with every request (the `x-phongtrao-csrf: 1` header), so that
 * tests exercise the routes rather than the cross-site guard. A test that sets the header itself keeps its value;
 * `headers: { 'x-phongtrao-csrf': undefined }` sends none (the guard's own tests use a listening server).
 */
export function sendAsOurPages(app: FastifyInstance): FastifyInstance {
  const inject = app.inject.bind(app) as (options: InjectOptions) => unknown;
  const withHeader = (options: InjectOptions | string): InjectOptions => {
    const opts: InjectOptions = typeof options === 'string' ? { url: options } : options;
    const headers = { ...(opts.headers ?? {}) };
    if (!Object.hasOwn(headers, CSRF_HEADER)) headers[CSRF_HEADER] = '1';
    else if (headers[CSRF_HEADER] === undefined) delete headers[CSRF_HEADER];
    return { ...opts, headers };
  };
  // Tests call inject(options) and await it; the chained and callback forms are not used.
  app.inject = ((options: InjectOptions | string) =>
    inject(withHeader(options))) as FastifyInstance['inject'];
  return app;
}

/** One database and one app for a describe block, opened before and closed after its tests. */
export function useTestApp(engine: Engine, overrides: Partial<Config> = {}) {
  const ctx = {} as { app: FastifyInstance; database: Database };
  beforeAll(async () => {
    ctx.database = await openTestDatabase(engine);
    ctx.app = sendAsOurPages(await buildApp({ database: ctx.database, config: testConfig(overrides) }));
  });
  afterAll(async () => {
    await ctx.app?.close();
    await ctx.database?.close();
  });
  return ctx;
}
