/**
 * The first reads of a public page, started by its entry (rsvp-main.tsx, checkin-main.tsx) as soon as the HTML has
 * loaded it, while the page's code is still on its way: on a slow phone they then cost no round trip of their own.
 * The page's query takes its read once (`answerOf`); anything but a success is asked again through the API client,
 * which gives its errors their usual shape.
 */
const reads = new Map<string, Promise<Response>>();

/** How long the page's queries take such a first read as fresh: they do not read it again as they mount. */
export const FIRST_READ_FRESH_MS = 30_000;

export function startRead(path: string): void {
  reads.set(path, fetch(path, { credentials: 'same-origin', headers: { Accept: 'application/json' } }));
}

export async function answerOf<T>(path: string, again: () => Promise<T>): Promise<T> {
  const read = reads.get(path);
  reads.delete(path);
  if (read)
    try {
      const response = await read;
      if (response.ok) return (await response.json()) as T;
    } catch {
      // the network failed: the client asks again and reports it
    }
  return again();
}

/**
 * A public page by its address, with the reads it starts with (the same list on the phone, which starts them, and on
 * the server, which answers them in the page's HTML: src/server/web-prerender.ts).
 */
export type PublicPage =
  { kind: 'rsvp'; token: string; reads: string[] } | { kind: 'checkin'; id: number; reads: string[] };

export function publicPageAt(pathname: string): PublicPage | null {
  const token = pathParam(/^\/moi\/([^/]+)\/?$/, pathname);
  if (token !== null) return { kind: 'rsvp', token, reads: [`/api/rsvp/${encodeURIComponent(token)}`] };
  const idText = pathParam(/^\/diem-danh\/([^/]+)\/?$/, pathname);
  const id = Number(idText);
  if (idText === null || !Number.isInteger(id) || id <= 0) return null;
  return {
    kind: 'checkin',
    id,
    reads: ['/api/me', `/api/conferences/${id}`, `/api/conferences/${id}/attendance`],
  };
}

/** The element of a server-rendered page that holds its first reads' answers, by path (JSON, not a script). */
export const FIRST_READS_ELEMENT = 'first-reads';

/**
 * The first reads the server answered in the page's HTML, when it rendered the page there (the page then shows at
 * once and its code takes it over, hydrating it): null when it did not.
 */
export function answeredReads(page: PublicPage): Record<string, unknown> | null {
  const text = document.getElementById(FIRST_READS_ELEMENT)?.textContent;
  if (!text) return null;
  try {
    const answers = JSON.parse(text) as Record<string, unknown>;
    return page.reads.every((path) => path in answers) ? answers : null;
  } catch {
    return null;
  }
}

/** Starts the page's first reads, unless its HTML already holds their answers. */
export function startPageReads(page: PublicPage | null): Record<string, unknown> | null {
  if (page === null) return null;
  const answers = answeredReads(page);
  if (answers === null) page.reads.forEach(startRead);
  return answers;
}

/** The page's one path parameter (decoded as the router does), or null when the address is not the page's. */
export function pathParam(pattern: RegExp, pathname: string): string | null {
  const match = pattern.exec(pathname);
  if (!match?.[1]) return null;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return null;
  }
}
