import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import helmet, { type HelmetOptions } from 'helmet';
import { loadConfig } from './config';
import { helmetOptions } from '../request-guards';
import { startEarlyServer } from './early-server';

describe('the early server of npm start', () => {
  const webDir = fs.mkdtempSync(path.join(os.tmpdir(), 'phongtrao-web-'));
  fs.writeFileSync(path.join(webDir, 'index.html'), '<div id="root"></div>');
  fs.mkdirSync(path.join(webDir, 'assets'));
  fs.writeFileSync(path.join(webDir, 'assets', 'app.js'), 'console.log(1)');
  const config = loadConfig({ PUBLIC_URL: 'https://phongtrao.example.vn' });
  const early = startEarlyServer(webDir, helmet(helmetOptions(config) as HelmetOptions));
  const listening = new Promise<string>((resolve) =>
    early.server.listen(0, '127.0.0.1', () =>
      resolve(`http://127.0.0.1:${(early.server.address() as AddressInfo).port}`),
    ),
  );
  afterAll(() => {
    early.server.close();
    fs.rmSync(webDir, { recursive: true, force: true });
  });

  it('serves the page and its assets before the app exists, and holds API calls until it is attached', async () => {
    const base = await listening;
    const page = await fetch(`${base}/dang-nhap`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    expect(await page.text()).toContain('id="root"');
    // The headers the app sends (issue 11 item 9) are on the first page too: CSP, no framing, nosniff, HSTS on https.
    expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(page.headers.get('x-frame-options')).toBe('DENY');
    expect(page.headers.get('referrer-policy')).toBe('same-origin');
    expect(page.headers.get('strict-transport-security')).toContain('max-age=31536000');
    const asset = await fetch(`${base}/assets/app.js`);
    expect(asset.headers.get('content-type')).toMatch(/javascript/);
    const outside = await fetch(`${base}/assets/..%2F..%2F..%2Fetc%2Fpasswd`);
    expect(await outside.text()).toContain('id="root"');

    let answered = false;
    const api = fetch(`${base}/api/health`).then(async (r) => {
      answered = true;
      return r.text();
    });
    await new Promise((r) => setTimeout(r, 150));
    expect(answered).toBe(false);
    early.attach((_req, res) => res.end('{"status":"ok"}'));
    expect(await api).toBe('{"status":"ok"}');
  });
});
