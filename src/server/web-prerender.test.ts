import fs from 'node:fs';
import path from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildWebIfStale } from './build-web';
import { webDistDir } from './platform/early-server';
import { loadPublicPagesRenderer } from './web-prerender';
import { engines } from './testing/test-db';
import { useTestApp } from './testing/test-app';
import { insertTestConference } from './features/conferences/conference/conferences.testing';
import { checkinKit } from './features/conferences/checkin/checkin.testing';

/** The answers a rendered page carries for its code (src/web/early-read.ts reads them), or null when it has none. */
function firstReads(html: string): Record<string, unknown> | null {
  const match = /<script type="application\/json" id="first-reads">([^<]*)<\/script>/.exec(html);
  return match ? (JSON.parse(match[1]!) as Record<string, unknown>) : null;
}
/** The Mantine classes of a rendered page that its inlined stylesheet does not style. */
function unstyledClasses(html: string): string[] {
  const head = html.slice(0, html.indexOf('</head>'));
  const classes = new Set(rootOf(html)!.match(/\bm_[0-9a-f]{8}\b/g));
  if (classes.size < 10) throw new Error('the page has hardly any Mantine classes');
  return [...classes].filter((name) => !head.includes(`.${name}`));
}
const rootOf = (html: string) =>
  /<div id="root">([\s\S]*?)<\/div><script type="application\/json"/.exec(html)?.[1];

// Issue 12 item 7: the public pages show their content from their HTML, before their code has come.
describe.each(engines())('the public pages sent rendered on %s', (engine) => {
  beforeAll(async () => {
    await buildWebIfStale();
    expect(await loadPublicPagesRenderer()).not.toBeNull();
  }, 300_000);
  const ctx = useTestApp(engine, { publicUrl: 'http://pt.test' });
  const { db, organiser } = checkinKit(ctx);

  it("sends a delegate's link with the giấy mời in the page and the same answer as the API's for its code", async () => {
    const t = await insertTestConference(db(), { delegates: 1 });
    const token = t.tokenOf(t.delegates[0]!);
    const page = await ctx.app.inject({ method: 'GET', url: `/moi/${token}` });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    // Personal (the delegate's name): no shared cache keeps it.
    expect(page.headers['cache-control']).toBe('private, no-store');
    const root = rootOf(page.body)!;
    expect(root).toContain('<h1');
    expect(root).toContain('Hội nghị tổng kết phong trào thi đua năm 2029');
    expect(root).toContain('Đại biểu 1');
    expect(root).toContain('role="radio"');
    const api = await ctx.app.inject({ method: 'GET', url: `/api/rsvp/${token}` });
    expect(firstReads(page.body)).toEqual({ [`/api/rsvp/${token}`]: api.json() });
    // Its stylesheet comes in the page: a linked one would wait behind the scripts on a slow line.
    expect(page.body).not.toMatch(/<link rel="stylesheet"/);
    const built = fs.readFileSync(path.join(webDistDir, 'rsvp.html'), 'utf8');
    const sheet = /<link rel="stylesheet"[^>]*href="\/([^"]+\.css)"/.exec(built)![1]!;
    const head = page.body.slice(0, page.body.indexOf('</head>'));
    const css = fs.readFileSync(path.join(webDistDir, sheet), 'utf8');
    expect(head).toContain(`<style>${css}</style>`);
    // Every Mantine class the page uses is styled by it (src/web/public-styles.ts lists the components' sheets).
    expect(unstyledClasses(page.body)).toEqual([]);
    expect(page.body).toContain('data-mantine-color-scheme="light"');
    // The scripts come after the content: on a slow line the HTML is not slowed by thirty downloads it announced.
    expect(head).not.toMatch(/<script|modulepreload/);
    expect(page.body.indexOf('rel="modulepreload"')).toBeGreaterThan(page.body.indexOf('id="first-reads"'));
  });

  it('keeps a hostile title text: it closes no element and starts no script', async () => {
    const title = 'Hội nghị </script><script>alert(1)</script> & <b>đậm</b> \u2028';
    const t = await insertTestConference(db(), { delegates: 1, title });
    const token = t.tokenOf(t.delegates[0]!);
    const page = await ctx.app.inject({ method: 'GET', url: `/moi/${token}` });
    expect(page.body).not.toContain('<script>alert(1)');
    expect(page.body).not.toContain('<b>đậm');
    const answer = firstReads(page.body)![`/api/rsvp/${token}`] as { conference: { title: string } };
    expect(answer.conference.title).toBe(title);
    expect(rootOf(page.body)).toContain('&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('sends a bad, forged or expired link as built: the page reads and says what is wrong', async () => {
    const t = await insertTestConference(db(), { delegates: 1 });
    for (const token of ['not-a-token', t.tokenOf(t.delegates[0]!, '2020-01-01')]) {
      const page = await ctx.app.inject({ method: 'GET', url: `/moi/${token}` });
      expect(page.statusCode, token).toBe(200);
      expect(firstReads(page.body), token).toBeNull();
      expect(page.body).toContain('<div id="root"></div>');
    }
  });

  it('compresses the page for a phone that accepts brotli or gzip', async () => {
    const t = await insertTestConference(db(), { delegates: 1 });
    const url = `/moi/${t.tokenOf(t.delegates[0]!)}`;
    const plain = await ctx.app.inject({ method: 'GET', url });
    const br = await ctx.app.inject({ method: 'GET', url, headers: { 'accept-encoding': 'gzip, br' } });
    expect(br.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(br.rawPayload).toString()).toBe(plain.body);
    expect(br.rawPayload.length).toBeLessThan(plain.rawPayload.length / 3);
  });

  it("renders the check-in station for a signed-in organiser with its three reads, and nothing for a stranger's", async () => {
    const cookie = await organiser();
    const t = await insertTestConference(db(), { delegates: 2 });
    const url = `/diem-danh/${t.conference.id}`;
    const page = await ctx.app.inject({ method: 'GET', url, headers: { cookie } });
    expect(page.statusCode).toBe(200);
    expect(rootOf(page.body)).toContain('Điểm danh đại biểu');
    expect(unstyledClasses(page.body)).toEqual([]);
    const reads = firstReads(page.body)!;
    expect(Object.keys(reads)).toEqual([
      '/api/me',
      `/api/conferences/${t.conference.id}`,
      `/api/conferences/${t.conference.id}/attendance`,
    ]);
    for (const [path, answer] of Object.entries(reads)) {
      const fresh = (await ctx.app.inject({ method: 'GET', url: path, headers: { cookie } })).json();
      // The counts carry the moment they were read.
      if ('updatedAt' in fresh) fresh.updatedAt = (answer as { updatedAt: string }).updatedAt;
      expect(answer, path).toEqual(fresh);
    }
    // Signed out, the page signs in first (its code sends the user there): nothing of the conference is in it.
    const stranger = await ctx.app.inject({ method: 'GET', url });
    expect(firstReads(stranger.body)).toBeNull();
    expect(stranger.body).not.toContain(t.conference.title);
    // A conference that does not exist, and an address that is not a conference.
    for (const other of ['/diem-danh/999999', '/diem-danh/abc']) {
      const response = await ctx.app.inject({ method: 'GET', url: other, headers: { cookie } });
      expect(firstReads(response.body), other).toBeNull();
    }
  });
});
