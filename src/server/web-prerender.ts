import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { webDistDir } from './platform/early-server';

/**
 * The public pages sent rendered (issue 12 item 7): a delegate's link and the check-in phone show their content as
 * soon as their HTML has arrived, not after ~130 KB of JavaScript on a slow phone. The server answers the page's first
 * reads through its own API (the same routes, scope checks and answers as the phone's reads: `app.inject`, with the
 * caller's cookie and address), renders the page with dist/ssr/ssr.js (src/web/ssr.tsx, built by vite beside the web)
 * and puts the answers in the HTML, from which the page's code takes it over (src/web/public-shell.tsx hydrates it).
 * Its stylesheet is inlined: a linked one would wait behind the page's scripts on a slow line.
 * Anything short of every read answered (a bad or expired link, signed out, no server render built, a render that
 * throws or a read slower than READS_BUDGET_MS) sends the page as before: its code reads and shows it.
 */
interface PublicPages {
  firstReadsAt(pathname: string): string[] | null;
  renderPublicPage(pathname: string, answers: Record<string, unknown>): string | null;
}

/** Past this the page is sent unrendered at once: the phone's own reads will say what is slow or wrong. */
const READS_BUDGET_MS = 1500;
export const ssrBundle = path.join(webDistDir, '..', 'ssr', 'ssr.js');

let renderer: Promise<PublicPages | null> | undefined;
let loaded: PublicPages | null = null;
/**
 * Loads the render once (about 0.7 s and 14 MB; main.ts starts it as the server is ready); null when the web was built
 * without it. Until it has loaded, pages are sent as built: no phone waits for it.
 */
export function loadPublicPagesRenderer(): Promise<PublicPages | null> {
  renderer ??= (
    fs.existsSync(ssrBundle)
      ? (import(pathToFileURL(ssrBundle).href) as Promise<PublicPages>).catch(() => null)
      : Promise.resolve(null)
  ).then((pages) => (loaded = pages));
  return renderer;
}

const templates = new Map<string, string>();
/**
 * The built page for a render: its stylesheet inlined (its <html> names Mantine's light scheme for the time before
 * its code), and its scripts and their preloads moved after the content, so that on a slow line the HTML has the whole
 * bandwidth until it has arrived and shows, instead of sharing it with thirty scripts the phone has just discovered.
 */
function template(file: string): string {
  let html = templates.get(file);
  if (html === undefined) {
    const scripts: string[] = [];
    html = fs
      .readFileSync(path.join(webDistDir, file), 'utf8')
      .replace(/<link rel="stylesheet"[^>]*href="\/(assets\/[^"]+\.css)"[^>]*>/g, (_link, css: string) => {
        const sheet = fs.readFileSync(path.join(webDistDir, css), 'utf8');
        return `<style>${sheet.replaceAll('</style', '<\\/style')}</style>`;
      })
      .replace(
        /\s*(<script [^>]*type="module"[^>]*><\/script>|<link rel="modulepreload"[^>]*>)/g,
        (tag: string) => {
          scripts.push(tag.trim());
          return '';
        },
      )
      .replace('</body>', `${scripts.join('')}</body>`);
    templates.set(file, html);
  }
  return html;
}

/** JSON inside HTML: nothing in it can close its element or start markup. */
function jsonInHtml(value: unknown): string {
  return JSON.stringify(value)
    .replaceAll('<', '\\u003c')
    .replaceAll('>', '\\u003e')
    .replaceAll('&', '\\u0026')
    .replaceAll('\u2028', '\\u2028')
    .replaceAll('\u2029', '\\u2029');
}

async function readAll(
  app: FastifyInstance,
  request: FastifyRequest,
  reads: string[],
): Promise<{ answers: Record<string, unknown>; cookies: string[] } | null> {
  const headers: Record<string, string> = { accept: 'application/json' };
  for (const name of ['cookie', 'user-agent', 'accept-language'] as const) {
    const value = request.headers[name];
    if (typeof value === 'string') headers[name] = value;
  }
  const responses = await Promise.all(
    reads.map((url) => app.inject({ method: 'GET', url, headers, remoteAddress: request.ip })),
  );
  if (responses.some((response) => response.statusCode !== 200)) return null;
  const answers: Record<string, unknown> = {};
  reads.forEach((url, i) => (answers[url] = responses[i]!.json()));
  const cookies = responses.flatMap((response) => [response.headers['set-cookie'] ?? []].flat());
  return { answers, cookies };
}

/** The page rendered with its answers, or null to send it as built. */
export async function prerenderedPage(
  app: FastifyInstance,
  request: FastifyRequest,
  file: string,
): Promise<{ html: string; cookies: string[] } | null> {
  const pages = loaded;
  if (!pages) void loadPublicPagesRenderer();
  const pathname = request.url.split('?')[0]!;
  const reads = pages?.firstReadsAt(pathname);
  if (!pages || !reads) return null;
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), READS_BUDGET_MS)));
  const read = await Promise.race([readAll(app, request, reads), late]).finally(() => clearTimeout(timer));
  if (!read) {
    request.log.info({ reads }, 'public page sent unrendered: a first read was refused or slow');
    return null;
  }
  let body: string | null;
  try {
    body = pages.renderPublicPage(pathname, read.answers);
  } catch (error) {
    request.log.warn({ err: error }, 'public page render failed; sent unrendered');
    return null;
  }
  if (body === null) return null;
  const html = template(file).replace(
    '<div id="root"></div>',
    `<div id="root">${body}</div><script type="application/json" id="first-reads">${jsonInHtml(read.answers)}</script>`,
  );
  return { html, cookies: read.cookies };
}

/** Sends a rendered page: personal (a delegate's name, an account's counts), so kept by no cache; compressed. */
export function sendPrerendered(
  request: FastifyRequest,
  reply: FastifyReply,
  page: { html: string; cookies: string[] },
): FastifyReply {
  const accepts = String(request.headers['accept-encoding'] ?? '');
  const body = Buffer.from(page.html);
  if (page.cookies.length > 0) void reply.header('set-cookie', page.cookies);
  void reply
    .type('text/html; charset=utf-8')
    .header('cache-control', 'private, no-store')
    .header('vary', 'accept-encoding, cookie');
  if (/\bbr\b/.test(accepts))
    return reply
      .header('content-encoding', 'br')
      .send(brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } }));
  if (/\bgzip\b/.test(accepts)) return reply.header('content-encoding', 'gzip').send(gzipSync(body));
  return reply.send(body);
}
