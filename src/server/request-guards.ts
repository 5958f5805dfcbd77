import type { FastifyRequest } from 'fastify';
import type { FastifyHelmetOptions } from '@fastify/helmet';
import type { Config } from './platform/config';
import { AppError } from './platform/errors';
import { serverMessages as sm } from './server.messages';

/**
 * The header our own pages send with every state-changing request. A page of another site (or of another port of
 * this host) cannot send a custom header without a CORS preflight, which this server never grants.
 */
export const CSRF_HEADER = 'x-phongtrao-csrf';

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** The origin browsers send for our pages: PUBLIC_URL's when set, else the one the request was addressed to. */
function expectedOrigin(request: FastifyRequest, publicUrl: string): string {
  if (publicUrl) {
    try {
      return new URL(publicUrl).origin;
    } catch {
      // A malformed PUBLIC_URL: fall back to the request's own origin.
    }
  }
  return `${request.protocol}://${request.host}`.toLowerCase();
}

/**
 * Refuses a POST/PUT/PATCH/DELETE under /api/ that does not prove it came from our pages: the custom header must be
 * there, `Sec-Fetch-Site` (when sent) must be same-origin or none, and `Origin` (when sent) must be ours.
 */
export function assertSameOriginRequest(request: FastifyRequest, config: Config): void {
  if (!STATE_CHANGING.has(request.method) || !request.url.startsWith('/api/')) return;
  const refuse = (reason: string) => {
    throw new AppError('CSRF_REFUSED', undefined, { reason });
  };
  if (request.headers[CSRF_HEADER] !== '1') refuse(`missing header ${CSRF_HEADER}: 1`);
  const site = request.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin' && site !== 'none') refuse(`Sec-Fetch-Site: ${site}`);
  const origin = request.headers.origin;
  if (origin !== undefined && origin.toLowerCase() !== expectedOrigin(request, config.publicUrl))
    refuse(`Origin: ${origin}`);
}

// A NUL (PostgreSQL text cannot hold it) or half of a UTF-16 surrogate pair (not a character; not UTF-8).
// eslint-disable-next-line no-control-regex
const BAD_CHARACTER = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const BAD_CHARACTER_MESSAGE = sm.badCharacter;
/** Deeper than any input of ours; a deeper tree is refused before a schema or a renderer recurses into it. */
export const MAX_INPUT_DEPTH = 64;

interface BadInput {
  path: string;
  in: 'body' | 'querystring' | 'params';
  message: string;
}

function findBadInput(value: unknown, where: BadInput['in'], path: string[], depth: number): BadInput | null {
  if (typeof value === 'string')
    return BAD_CHARACTER.test(value)
      ? { path: path.join('.'), in: where, message: BAD_CHARACTER_MESSAGE }
      : null;
  if (value === null || typeof value !== 'object') return null;
  if (depth > MAX_INPUT_DEPTH)
    return {
      path: path.join('.'),
      in: where,
      message: sm.tooDeep(MAX_INPUT_DEPTH),
    };
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const bad = findBadInput(value[i], where, [...path, String(i)], depth + 1);
      if (bad) return bad;
    }
    return null;
  }
  // Only plain parsed data (JSON, query, params); a multipart body is read by its route. The query string's parser
  // (fast-querystring) makes objects whose prototype is itself an object without a prototype.
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null && Object.getPrototypeOf(proto) !== null) return null;
  for (const [key, item] of Object.entries(value)) {
    if (BAD_CHARACTER.test(key))
      return { path: [...path, key].join('.'), in: where, message: BAD_CHARACTER_MESSAGE };
    const bad = findBadInput(item, where, [...path, key], depth + 1);
    if (bad) return bad;
  }
  return null;
}

/**
 * Refuses, with a 400 naming the field, any parsed input (body, query, path parameters) holding a NUL or a lone
 * surrogate, or nested deeper than MAX_INPUT_DEPTH: such text would fail in PostgreSQL or a renderer as a 500.
 */
export function assertCleanInput(request: FastifyRequest): void {
  const bad =
    findBadInput(request.params, 'params', [], 0) ??
    findBadInput(request.query, 'querystring', [], 0) ??
    findBadInput(request.body, 'body', [], 0);
  if (bad) throw new AppError('VALIDATION_FAILED', `${bad.path || bad.in}: ${bad.message}`, [bad]);
}

export const NOTHING_TO_CHANGE = sm.nothingToChange;

/** A PATCH whose validated body changes nothing (`{}`, or only unknown fields) is a 400, on every route alike. */
export function assertPatchChangesSomething(request: FastifyRequest): void {
  if (request.method !== 'PATCH' || !request.url.startsWith('/api/')) return;
  const body = request.body;
  const empty =
    body === undefined ||
    body === null ||
    (typeof body === 'object' &&
      !Array.isArray(body) &&
      Object.values(body as Record<string, unknown>).every((v) => v === undefined));
  if (empty)
    throw new AppError('VALIDATION_FAILED', NOTHING_TO_CHANGE, [
      { path: '', in: 'body', message: NOTHING_TO_CHANGE },
    ]);
}

/**
 * The security headers (helmet): a Content-Security-Policy our pages satisfy (no inline script, Mantine's style
 * tags allowed), no framing, no MIME sniffing, no referrer to other sites, HSTS when PUBLIC_URL is https.
 */
export function helmetOptions(config: Config): FastifyHelmetOptions {
  const https = /^https:\/\//i.test(config.publicUrl);
  return {
    global: true,
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        mediaSrc: ["'self'", 'blob:'],
        workerSrc: ["'self'", 'blob:'],
        frameAncestors: ["'none'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        ...(https ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'same-origin' },
    hsts: https ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    // The cross-origin isolation headers would break nothing of ours but help nothing either; keep helmet's defaults
    // for the rest (nosniff, X-DNS-Prefetch-Control, X-Download-Options, X-Permitted-Cross-Domain-Policies).
    crossOriginEmbedderPolicy: false,
  };
}
