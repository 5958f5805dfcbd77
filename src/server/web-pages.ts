import path from 'node:path';

/**
 * Which HTML page of the web build the server sends for an address (vite.config.ts builds three): a delegate's link
 * and the check-in phone have their own small entries (issue 12 item 7), every other path gets the app.
 */
export function webPageFor(url: string): string {
  const pathname = url.split('?')[0]!;
  if (/^\/moi\/[^/]+\/?$/.test(pathname)) return 'rsvp.html';
  if (/^\/diem-danh\/[^/]+\/?$/.test(pathname)) return 'checkin.html';
  return 'index.html';
}

/** The build's hashed files (assets/) never change under their name: a phone keeps them for a year. */
export function cacheHashedAssets(
  reply: { header(name: string, value: string): unknown },
  file: string,
): void {
  if (file.includes(`${path.sep}assets${path.sep}`))
    reply.header('cache-control', 'public, max-age=31536000, immutable');
}
