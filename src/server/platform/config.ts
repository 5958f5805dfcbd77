import path from 'node:path';

/** Everything the process reads from its environment, read once. */
export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | null;
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
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const dataDir = path.resolve(env.DATA_DIR ?? './data');
  const publicUrl = (env.PUBLIC_URL?.trim() ?? '').replace(/\/+$/, '');
  return {
    port: Number(env.PORT ?? 3000),
    host: env.HOST ?? '0.0.0.0',
    dataDir,
    databaseUrl: env.DATABASE_URL?.trim() || null,
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
  };
}
