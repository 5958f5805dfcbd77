import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll } from 'vitest';
import { buildApp } from '../app';
import { loadConfig, type Config } from '../platform/config';
import type { Database } from '../platform/database';
import { openTestDatabase, type Engine } from './test-db';

export const testConfig = (overrides: Partial<Config> = {}): Config => ({
  ...loadConfig({ DATA_DIR: '/nonexistent-test-dir', LOG_LEVEL: 'silent' }),
  loginRateLimitPerMinute: 1000,
  ...overrides,
});

/** One database and one app for a describe block, opened before and closed after its tests. */
export function useTestApp(engine: Engine, overrides: Partial<Config> = {}) {
  const ctx = {} as { app: FastifyInstance; database: Database };
  beforeAll(async () => {
    ctx.database = await openTestDatabase(engine);
    ctx.app = await buildApp({ database: ctx.database, config: testConfig(overrides) });
  });
  afterAll(async () => {
    await ctx.app?.close();
    await ctx.database?.close();
  });
  return ctx;
}
