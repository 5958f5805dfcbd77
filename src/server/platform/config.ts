import { isIP } from 'node:net';
import path from 'node:path';

/** Everything the process reads from its environment, read once. */
export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | null;
  /** The PostgreSQL owner role's URL (DATABASE_OWNER_URL): migrations run as it, the server as DATABASE_URL's role. */
  databaseOwnerUrl: string | null;
  smtpUrl: string | null;
  /** Sender of outgoing mail, e.g. `PhongTrao <khong-tra-loi@phongtrao.local>`. */
  mailFrom: string;
  /** The address people open the site at, for links in e-mail ("https://phongtrao.example.gov.vn"); empty: no links. */
  publicUrl: string;
  /** Session lifetime in hours. */
  sessionHours: number;
  /** Secure cookies (HTTPS only): always when PUBLIC_URL is https; else SECURE_COOKIES, else on in production. */
  secureCookies: boolean;
  bodyLimitBytes: number;
  /** Demo accounts' password; random when unset. */
  demoPassword: string | null;
  seedDemo: boolean;
  loginRateLimitPerMinute: number;
  logLevel: string;
  /**
   * Whose X-Forwarded-For to believe (TRUST_PROXY): false (default: the socket's address), a hop count, a
   * list of proxy addresses or CIDR ranges, or true (any client: only behind a proxy that overwrites the header).
   */
  trustProxy: boolean | number | string[];
}

/** proxy-addr's names for address ranges, accepted in TRUST_PROXY as in Fastify. */
const PROXY_RANGE_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

/** TRUST_PROXY: unset or "false" → false; "true" → true; "2" → two hops; "10.0.0.1, 10.1.0.0/16" → that list. */
export function parseTrustProxy(value: string | undefined): boolean | number | string[] {
  const text = value?.trim() ?? '';
  if (text === '' || text === 'false') return false;
  if (text === 'true') return true;
  if (/^\d+$/.test(text)) return Number(text);
  const entries = text
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  for (const entry of entries) {
    const [address, bits, extra] = entry.split('/');
    const family = isIP(address ?? '');
    const validBits =
      bits === undefined ||
      (/^\d+$/.test(bits) && Number(bits) <= (family === 6 ? 128 : 32)) ||
      (family === 4 && isIP(bits) === 4);
    if (!PROXY_RANGE_NAMES.has(entry) && (family === 0 || !validBits || extra !== undefined))
      throw new Error(
        `TRUST_PROXY: "${entry}" is not an IP address, a CIDR range or one of loopback, linklocal, uniquelocal.`,
      );
  }
  return entries;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const dataDir = path.resolve(env.DATA_DIR ?? './data');
  const publicUrl = (env.PUBLIC_URL?.trim() ?? '').replace(/\/+$/, '');
  return {
    port: Number(env.PORT ?? 3000),
    host: env.HOST ?? '0.0.0.0',
    dataDir,
    databaseUrl: env.DATABASE_URL?.trim() || null,
    databaseOwnerUrl: env.DATABASE_OWNER_URL?.trim() || null,
    smtpUrl: env.SMTP_URL?.trim() || null,
    mailFrom: env.MAIL_FROM?.trim() || 'PhongTrao <khong-tra-loi@phongtrao.local>',
    publicUrl,
    sessionHours: Number(env.SESSION_HOURS ?? 12),
    // A site opened over https never needs its session cookie sent over plain http.
    secureCookies:
      /^https:\/\//i.test(publicUrl) ||
      (env.SECURE_COOKIES ? env.SECURE_COOKIES === 'true' : env.NODE_ENV === 'production'),
    bodyLimitBytes: Number(env.BODY_LIMIT_BYTES ?? 1_048_576),
    demoPassword: env.DEMO_PASSWORD?.trim() || null,
    seedDemo: env.SEED_DEMO !== 'false',
    loginRateLimitPerMinute: Number(env.LOGIN_RATE_LIMIT ?? 30),
    logLevel: env.LOG_LEVEL ?? 'info',
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
  };
}
