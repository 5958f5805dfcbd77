import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { chromium, type Browser } from '@playwright/test';
import { buildApp } from '../src/server/app';
import { prepareDatabase } from '../src/server/bootstrap';
import { buildWebIfStale } from '../src/server/build-web';
import {
  newConferenceSecret,
  signToken,
  tokenExpiry,
} from '../src/server/features/conferences/invitations/tokens.service';
import { SESSION_COOKIE } from '../src/server/http';
import { loadConfig } from '../src/server/platform/config';
import { queryRows, type Db } from '../src/server/platform/database';
import { webDistDir } from '../src/server/platform/early-server';
import { gzipSize, PUBLIC_PAGE_GOAL_BYTES } from '../src/server/web-budget';
import { todayInVietnam } from '../src/core/dates/vn-dates';
import { fixed } from './stats';

/**
 * Issue 12 item 7: the public pages on a phone. Each page is opened once in a fresh browser (empty cache) under
 * Chrome DevTools' "Slow 3G" as the brief states it (400 ms latency, 400 kbit/s each way) and 4× CPU throttling.
 * Baseline, same run: the signed-in home page, which loads the app's frame.
 */
export interface PageFigures {
  /** JS files fetched before the main content showed, and after the network settled (jsQR comes with the camera). */
  scripts: number;
  jsGzipBytes: number;
  jsTransferredBytes: number;
  allJsGzipBytes: number;
  renderMs: number;
  /** The content-encoding of the scripts as sent. */
  encodings: string[];
}
export interface WebReport {
  network: string;
  rsvp: PageFigures;
  checkin: PageFigures;
  home: PageFigures;
}

const PASSWORD = 'bench-pass-1';
const RENDER_GOAL_MS = 2000;
const SLOW_3G = { offline: false, latency: 400, downloadThroughput: 50_000, uploadThroughput: 50_000 };
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** A conference today with one point and one delegate: the delegate's personal link and the conference's id. */
async function conferenceWithDelegate(db: Db): Promise<{ conferenceId: number; token: string }> {
  const today = todayInVietnam(new Date());
  const secret = newConferenceSecret();
  const [host] = await queryRows<{ id: number; path: string }>(
    db,
    sql`SELECT id, path FROM units WHERE code = '42' AND level = 'province' AND valid_to IS NULL`,
  );
  const [conference] = await queryRows<{ id: number }>(
    db,
    sql`INSERT INTO conferences (unit_id, area_unit_id, area_path, kind, title, venue, format, date, status, secret)
        VALUES (${host!.id}, ${host!.id}, ${host!.path}, 'tong_ket',
                'Hội nghị tổng kết phong trào Toàn dân đoàn kết xây dựng đời sống văn hóa năm 2026',
                'Hội trường UBND tỉnh', 'in_person', ${today}, 'running', ${secret})
        RETURNING id`,
  );
  const conferenceId = conference!.id;
  const [point] = await queryRows<{ id: number }>(
    db,
    sql`INSERT INTO conference_points (conference_id, position, name, is_main, unit_id, unit_path)
        VALUES (${conferenceId}, 1, 'Điểm cầu chính', true, ${host!.id}, ${host!.path}) RETURNING id`,
  );
  const [delegate] = await queryRows<{ id: number }>(
    db,
    sql`INSERT INTO delegates (conference_id, point_id, name, position, unit_name, source, dedupe_key)
        VALUES (${conferenceId}, ${point!.id}, 'Nguyễn Văn An', 'Chủ tịch UBND xã', 'UBND xã Thạch Hà', 'import',
                'bench:1') RETURNING id`,
  );
  const expires = tokenExpiry(today, today);
  return {
    conferenceId,
    token: signToken(secret, { conferenceId, delegateId: delegate!.id, version: 1, expires }),
  };
}

async function login(baseUrl: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-phongtrao-csrf': '1' },
    body: JSON.stringify({ username: 'admin', password: PASSWORD }),
  });
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith(`${SESSION_COOKIE}=`));
  if (!response.ok || !cookie) throw new Error(`login answered ${response.status}`);
  return cookie.split(';')[0]!.slice(SESSION_COOKIE.length + 1);
}

/** Opens `url` on a throttled phone until its first heading shows; counts the JS fetched by then and in all. */
async function measure(
  browser: Browser,
  url: string,
  heading: RegExp,
  session?: string,
): Promise<PageFigures> {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 2 });
  try {
    if (session)
      await context.addCookies([{ name: SESSION_COOKIE, value: session, url: new URL('/', url).href }]);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', SLOW_3G);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    const scripts = new Map<string, string>();
    const done: { url: string; bytes: number }[] = [];
    const encodings = new Set<string>();
    cdp.on('Network.responseReceived', (event) => {
      if (event.type !== 'Script') return;
      scripts.set(event.requestId, event.response.url);
      const headers = event.response.headers as Record<string, string | undefined>;
      encodings.add(headers['content-encoding'] ?? headers['Content-Encoding'] ?? 'none');
    });
    cdp.on('Network.loadingFinished', (event) => {
      const script = scripts.get(event.requestId);
      if (script) done.push({ url: script, bytes: event.encodedDataLength });
    });
    const started = Date.now();
    await page.goto(url, { waitUntil: 'commit' });
    await page
      .getByRole('heading', { level: 1, name: heading })
      .waitFor({ state: 'visible', timeout: 60_000 });
    const renderMs = Date.now() - started;
    const before = [...done];
    const shots = process.env.BENCH_SHOTS;
    if (shots)
      await page.screenshot({
        path: path.join(shots, `${new URL(url).pathname.split('/')[1] || 'home'}.png`),
      });
    await page.waitForLoadState('networkidle');
    const gzip = (list: typeof done) =>
      list.reduce((sum, s) => sum + gzipSize(path.join(webDistDir, new URL(s.url).pathname)), 0);
    return {
      scripts: before.length,
      jsGzipBytes: gzip(before),
      jsTransferredBytes: before.reduce((sum, s) => sum + s.bytes, 0),
      allJsGzipBytes: gzip(done),
      renderMs,
      encodings: [...encodings],
    };
  } finally {
    await context.close();
  }
}

export async function benchWeb(): Promise<WebReport> {
  await buildWebIfStale();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'phongtrao-web-bench-'));
  const config = loadConfig({
    ...process.env,
    DATA_DIR: tmp,
    DATABASE_URL: '',
    DEMO_PASSWORD: PASSWORD,
    SEED_DEMO: 'true',
  });
  const { database } = await prepareDatabase(config);
  try {
    const app = await buildApp({ database, config });
    try {
      const baseUrl = await app.listen({ port: 0, host: '127.0.0.1' });
      const { conferenceId, token } = await conferenceWithDelegate(database.db);
      const session = await login(baseUrl);
      const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
      try {
        return {
          network: `latency ${SLOW_3G.latency} ms, ${(SLOW_3G.downloadThroughput * 8) / 1000} kbit/s, CPU 4× slower`,
          rsvp: await measure(browser, `${baseUrl}/moi/${encodeURIComponent(token)}`, /^Hội nghị tổng kết/),
          checkin: await measure(
            browser,
            `${baseUrl}/diem-danh/${conferenceId}`,
            /^Điểm danh đại biểu$/,
            session,
          ),
          home: await measure(browser, `${baseUrl}/`, /^Xin chào/, session),
        };
      } finally {
        await browser.close();
      }
    } finally {
      await app.close();
    }
  } finally {
    await database.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

const kb = (bytes: number) => `${fixed(bytes / 1024, 1)} KB`;

export function printWeb(report: WebReport): void {
  console.log(`\nweb pages on a slow phone (${report.network}), fresh cache:`);
  const rows: [string, (p: PageFigures) => string][] = [
    ['JS files before content', (p) => String(p.scripts)],
    ['JS before content, gzip', (p) => kb(p.jsGzipBytes)],
    ['  as sent, with headers', (p) => `${kb(p.jsTransferredBytes)} ${p.encodings.join('/')}`],
    ['JS once settled, gzip', (p) => kb(p.allJsGzipBytes)],
    ['main content visible', (p) => `${fixed(p.renderMs / 1000, 2)} s`],
  ];
  console.log(
    `  ${''.padEnd(26)}${'RSVP'.padStart(12)}${'check-in'.padStart(12)}${'home (base)'.padStart(14)}`,
  );
  for (const [label, cell] of rows)
    console.log(
      `  ${label.padEnd(26)}${cell(report.rsvp).padStart(12)}${cell(report.checkin).padStart(12)}${cell(report.home).padStart(14)}`,
    );
  const goal = (ok: boolean, text: string) => console.log(`  ${ok ? 'PASS' : 'FAIL'} ${text}`);
  goal(
    report.rsvp.jsGzipBytes <= PUBLIC_PAGE_GOAL_BYTES,
    `RSVP JS ${kb(report.rsvp.jsGzipBytes)} ≤ 200 KB gzip`,
  );
  goal(
    report.checkin.jsGzipBytes <= PUBLIC_PAGE_GOAL_BYTES,
    `check-in JS ${kb(report.checkin.jsGzipBytes)} ≤ 200 KB gzip`,
  );
  goal(
    report.rsvp.renderMs <= RENDER_GOAL_MS,
    `RSVP render ${fixed(report.rsvp.renderMs / 1000, 2)} s ≤ 2 s on slow 3G`,
  );
  goal(
    report.checkin.renderMs <= RENDER_GOAL_MS,
    `check-in render ${fixed(report.checkin.renderMs / 1000, 2)} s ≤ 2 s on slow 3G`,
  );
}
