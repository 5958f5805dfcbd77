import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    globalSetup: ['src/server/testing/global-setup.ts'],
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 120_000,
    projects: [
      { extends: true, test: { name: 'node', include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'] } },
      {
        // Component tests: a DOM, and the real app in the same process (see the environment's comment).
        extends: true,
        test: {
          name: 'dom',
          include: ['src/**/*.test.tsx'],
          environment: './src/web/testing/dom-environment.ts',
        },
      },
    ],
  },
});
