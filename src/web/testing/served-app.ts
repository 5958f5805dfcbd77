import { cleanup } from '@testing-library/react';
import type { FastifyInstance } from 'fastify';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { buildApp } from '../../server/app';
import { sendAsOurPages, testConfig } from '../../server/testing/test-app';
import { openTestDatabase, type Engine } from '../../server/testing/test-db';

export type Database = Awaited<ReturnType<typeof openTestDatabase>>;
import { serveFetchFrom, type TestBrowser } from './server-fetch';

/**
 * A real app on a fresh test database for a describe block of component tests. The page's fetch reaches the app as
 * the browser would (see serveFetchFrom); `app.inject` is for the test's own setup and read-backs and sends the
 * CSRF header our pages send. After each test the page is unmounted, the browser signed out and back online.
 */
export function useServedApp(engine: Engine) {
  const ctx = {} as { app: FastifyInstance; database: Database; browser: TestBrowser };
  beforeAll(async () => {
    ctx.database = await openTestDatabase(engine);
    const app = await buildApp({ database: ctx.database, config: testConfig() });
    ctx.browser = serveFetchFrom(app.inject.bind(app));
    ctx.app = sendAsOurPages(app);
  });
  afterEach(() => {
    cleanup();
    ctx.browser.signInAs(null);
    ctx.browser.setOnline(true);
    window.localStorage.clear();
  });
  afterAll(async () => {
    ctx.browser?.restore();
    await ctx.app?.close();
    await ctx.database?.close();
  });
  return ctx;
}
