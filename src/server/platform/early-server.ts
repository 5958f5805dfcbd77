import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where `vite build` puts the web app. */
export const webDistDir = fileURLToPath(new URL('../../../dist/web', import.meta.url));

type Handler = (req: http.IncomingMessage, res: http.ServerResponse) => void;
/** Sets the response's security headers, then calls `next` (helmet's middleware has this shape). */
export type HeaderSetter = (req: http.IncomingMessage, res: http.ServerResponse, next: () => void) => void;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

/**
 * The HTTP server of `npm start`. It listens at once and serves the built web app while the database
 * is being created and seeded (seconds on a first run); API requests wait until the app is attached.
 * Fastify then takes the server over through its `serverFactory` option. `secure` sets the same security headers the
 * app sends (main.ts passes helmet with the app's options), so the first page is no less protected than later ones.
 */
export function startEarlyServer(webDir: string, secure: HeaderSetter = (_req, _res, next) => next()) {
  let handler: Handler | null = null;
  const waiting: (() => void)[] = [];
  const serveStatic: Handler = (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const file = path.join(webDir, path.normalize(url.pathname).replace(/^(\.\.[/\\])+/, ''));
    const target =
      file.startsWith(webDir) && fs.existsSync(file) && fs.statSync(file).isFile()
        ? file
        : path.join(webDir, 'index.html');
    if (!fs.existsSync(target)) return void waiting.push(() => handler!(req, res));
    res.writeHead(200, { 'content-type': TYPES[path.extname(target)] ?? 'application/octet-stream' });
    fs.createReadStream(target).pipe(res);
  };
  const server = http.createServer((req, res) => {
    if (handler) return handler(req, res);
    if (req.method === 'GET' && !req.url?.startsWith('/api/'))
      return secure(req, res, () => serveStatic(req, res));
    waiting.push(() => handler!(req, res));
  });
  return {
    server,
    /** Hands every request, and those that waited, to the real app's handler. */
    attach(real: Handler) {
      handler = real;
      for (const resume of waiting.splice(0)) resume();
    },
  };
}
