import { defineConfig } from '@playwright/test';
import { TIMEOUT } from './e2e/timeouts';

/**
 * The Chromium journeys (e2e/*.e2e.ts) against a real server (e2e/fixtures.ts starts one per worker), in Debian's
 * Chromium: Playwright downloads no browser. One worker: the machine has two cores, and the server and Chromium
 * need both.
 */
export default defineConfig({
  testDir: 'e2e',
  testMatch: '*.e2e.ts',
  globalSetup: './e2e/global-setup.ts',
  outputDir: 'test-results',
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  reporter: 'list',
  timeout: 5 * 60_000,
  expect: { timeout: TIMEOUT },
  use: {
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-dev-shm-usage',
      ],
    },
    headless: true,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    viewport: { width: 1280, height: 900 },
    // playwright-core's defaults, which the journeys ran with before @playwright/test (whose default is none).
    actionTimeout: 30_000,
    navigationTimeout: 30_000,
    // A failed journey keeps its trace (DOM snapshots, network, console) and a screenshot. The trace's screencast is
    // off: on a loaded two-core machine it slowed the import review past expect's 15 s.
    trace: { mode: 'retain-on-failure', screenshots: false },
    screenshot: 'only-on-failure',
  },
});
