import fs from 'node:fs';
import path from 'node:path';
import { test as base, expect } from '@playwright/test';
import type { SmtpCapture } from '../src/server/testing/smtp-capture';
import { fakeCameraFile, type FakeCamera } from './fake-camera';
import { startServer, type E2eServer } from './server';

interface WorkerFixtures {
  /** One real server per worker (one worker: one server for the run, a fresh one after a failed journey). */
  server: E2eServer;
  baseUrl: string;
  /** The local SMTP server the product's mail goes to. */
  smtp: SmtpCapture;
  /** Chromium's fake camera and the Y4M file it plays: `showToCamera(camera.file, png)` shows it a picture. */
  camera: FakeCamera;
}

interface TestFixtures {
  /** The pages must satisfy the server's Content-Security-Policy: Chromium reports each violation on the console. */
  contentSecurityPolicy: void;
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  server: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern
    async ({}, use) => {
      const server = await startServer();
      try {
        await use(server);
      } finally {
        await server.stop();
      }
    },
    { scope: 'worker', timeout: 120_000 },
  ],
  baseUrl: [async ({ server }, use) => use(server.baseUrl), { scope: 'worker' }],
  smtp: [async ({ server }, use) => use(server.smtp), { scope: 'worker' }],
  camera: [
    // eslint-disable-next-line no-empty-pattern -- as above
    async ({}, use) => {
      const camera = fakeCameraFile();
      try {
        await use(camera);
      } finally {
        fs.rmSync(path.dirname(camera.file), { recursive: true, force: true });
      }
    },
    { scope: 'worker' },
  ],
  // Chromium names the camera's file at launch and reads it when a page opens the camera.
  launchOptions: async ({ launchOptions, camera }, use) =>
    use({ ...launchOptions, args: [...(launchOptions.args ?? []), ...camera.chromiumArgs] }),
  contentSecurityPolicy: [
    async ({ page }, use) => {
      const violations: string[] = [];
      page.on('console', (message) => {
        if (message.text().includes('Content Security Policy')) violations.push(message.text());
      });
      await use();
      expect(violations, 'Content-Security-Policy violations').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
