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
