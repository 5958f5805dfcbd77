import type { FastifyInstance, InjectOptions } from 'fastify';

/** The browser side of a test: whose session it carries and whether the network answers. */
export interface TestBrowser {
  /** Sends this session cookie (`pt_session=…`, as factories' buildUser answers) from now on; null for none. */
  signInAs(cookie: string | null): void;
  /** While offline, every request fails the way fetch fails without a network (a TypeError). */
  setOnline(isOnline: boolean): void;
  /** Puts the previous globalThis.fetch back. */
  restore(): void;
}

type FetchInput = Parameters<typeof fetch>[0];

function headersOf(init: RequestInit | undefined): Record<string, string> {
  const headers: Record<string, string> = {};
  new Headers(init?.headers).forEach((value, name) => (headers[name] = value));
  return headers;
}

/** The request body as bytes for inject(); a FormData becomes multipart with the boundary a browser writes. */
async function payloadOf(
  body: RequestInit['body'],
): Promise<{ payload?: string | Buffer; contentType?: string }> {
  if (body === undefined || body === null) return {};
  if (typeof body === 'string') return { payload: body };
  const encoded = new Response(body);
  return {
    payload: Buffer.from(await encoded.arrayBuffer()),
    contentType: encoded.headers.get('content-type') ?? undefined,
  };
}

/**
 * Makes the page's fetch reach the real app through app.inject(): method, URL, headers (the page's own, so the CSRF
 * header must come from the client code) and body go in, and the answer comes back as a real Response. `inject` is
 * the app's own, before any test wrapper adds headers.
 */
export function serveFetchFrom(inject: FastifyInstance['inject']): TestBrowser {
  const previous = globalThis.fetch;
  let cookie: string | null = null;
  let isOnline = true;

  globalThis.fetch = async (input: FetchInput, init?: RequestInit): Promise<Response> => {
    if (!isOnline) throw new TypeError('Failed to fetch');
    const url = new URL(input instanceof Request ? input.url : String(input), 'http://localhost');
    // The typed client sends a Request (method, headers and body inside it); other callers pass them in `init`.
    const request = input instanceof Request ? input : null;
    const body = request && request.body !== null ? Buffer.from(await request.arrayBuffer()) : init?.body;
    const { payload, contentType } = await payloadOf(body);
    const headers = { ...(request ? headersOf({ headers: request.headers }) : {}), ...headersOf(init) };
    if (contentType && !headers['content-type']) headers['content-type'] = contentType;
    if (cookie) headers.cookie = cookie;
    const answer = await inject({
      method: (init?.method ?? request?.method ?? 'GET') as InjectOptions['method'],
      url: url.pathname + url.search,
      headers,
      payload,
    });
    const session = answer.cookies.find((c) => c.name === 'pt_session');
    if (session) cookie = session.value === '' ? null : `pt_session=${session.value}`;
    const responseHeaders = new Headers();
    for (const [name, value] of Object.entries(answer.headers)) {
      if (value === undefined || name === 'set-cookie') continue;
      for (const one of Array.isArray(value) ? value : [value]) responseHeaders.append(name, String(one));
    }
    const hasBody = answer.statusCode !== 204 && answer.statusCode !== 304;
    return new Response(hasBody ? new Uint8Array(answer.rawPayload) : null, {
      status: answer.statusCode,
      headers: responseHeaders,
    });
  };

  return {
    signInAs: (next) => (cookie = next),
    setOnline: (next) => (isOnline = next),
    restore: () => (globalThis.fetch = previous),
  };
}
