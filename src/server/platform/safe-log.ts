/**
 * What the server may write to its logs: never a password hash, a session token, a delegate's token or a
 * row quoted by the database. Used by the logger's serializers and by the error handler (`app.ts`).
 */

const REDACTED = '[redacted]';

/** Paths the logger censors should anything log a request's or a reply's headers. */
export const REDACT_PATHS = [
  'req.headers.cookie',
  'req.headers.authorization',
  'req.headers["x-api-key"]',
  'res.headers["set-cookie"]',
  'headers.cookie',
  'headers.authorization',
];

/** Public links carry a signed token in the path (`/api/rsvp/<token>`, `/moi/<token>`). */
const TOKEN_IN_PATH = /(\/(?:api\/rsvp|moi)\/)[^/?#]+/g;
const TOKEN_IN_QUERY = /([?&](?:token|t|session|code)=)[^&#]*/gi;
/** argon2 encoded hashes: `$argon2id$v=19$m=…,t=…,p=…$salt$hash`. */
const ARGON2 = /\$argon2[a-z]*\$[^\s'"(),]*(?:,[^\s'"()]*)*/g;
/** Long runs of token alphabet with a digit and a letter: SHA-256 hex, base64url, the HMAC of a delegate token. */
const SECRET_LIKE = /[A-Za-z0-9_\-+=]{24,}/g;
const looksSecret = (run: string) => /\d/.test(run) && /[A-Za-z]/.test(run);

/** Masks anything in a text that looks like a hash or a token. */
export function scrubText(text: string): string {
  return text.replace(ARGON2, REDACTED).replace(SECRET_LIKE, (run) => (looksSecret(run) ? REDACTED : run));
}

/** A request URL without the tokens it may carry. */
export function scrubUrl(url: string): string {
  return scrubText(url.replace(TOKEN_IN_PATH, `$1${REDACTED}`).replace(TOKEN_IN_QUERY, `$1${REDACTED}`));
}

/** Fields of a database error worth logging; `detail`, `where`, `params` and the like may quote row values. */
const SAFE_FIELDS = ['code', 'severity', 'table', 'column', 'constraint', 'routine', 'statusCode'] as const;

export interface SafeError {
  type: string;
  message: string;
  stack: string;
  code?: string;
  query?: string;
  cause?: SafeError;
  [field: string]: unknown;
}

/**
 * An error as the log may show it: its type, scrubbed message and stack, the database's code, table and
 * constraint, the SQL text without its parameters, and its cause, but never `detail`, `params` or other
 * properties that may carry a row, a hash or a token.
 */
export function safeError(error: unknown, depth = 0): SafeError {
  if (!(error instanceof Error)) {
    const message = scrubText(String(error));
    return { type: typeof error, message, stack: message };
  }
  const safe: SafeError = { type: error.name || 'Error', message: '', stack: '' };
  // drizzle's "Failed query: … params: …" lists the values bound to the query: they go.
  safe.message = scrubText(error.message.replace(/\nparams: [\s\S]*$/, '\nparams: [left out]'));
  // The stack's first lines repeat the message; only the frames (file positions) are kept from it.
  const frames = (error.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line));
  safe.stack = [`${safe.type}: ${safe.message}`, ...frames.map(scrubText)].join('\n');
  const fields = error as unknown as Record<string, unknown>;
  for (const field of SAFE_FIELDS) {
    const value = fields[field];
    if (typeof value === 'string' || typeof value === 'number') safe[field] = scrubText(String(value));
  }
  // drizzle's DrizzleQueryError: the SQL text has placeholders only; its params are left out.
  if (typeof fields.query === 'string') safe.query = scrubText(fields.query);
  if (error.cause !== undefined && depth < 3) safe.cause = safeError(error.cause, depth + 1);
  return safe;
}
