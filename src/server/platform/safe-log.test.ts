import { describe, expect, it } from 'vitest';
import { buildApp } from '../app';
import { testConfig } from '../testing/test-app';
import { openTestDatabase } from '../testing/test-db';
import { safeError, scrubUrl } from './safe-log';

const HASH = '$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNoaGFzaGhhc2g';
const TOKEN = 'Xk3v9QpL2mN8rT5wY7zA1bC4dE6fG0hJ';

describe('nothing secret in the logs', () => {
  it('an internal error is logged without the database detail, the query parameters, cookies or tokens', async () => {
    const lines: string[] = [];
    const database = await openTestDatabase('pglite');
    const app = await buildApp({
      database,
      config: testConfig({ logLevel: 'info' }),
      logger: { stream: { write: (line: string) => void lines.push(line) } },
    });
    try {
      // A route that fails as a database error quoting a row would (detail, params, the message).
      app.get('/api/test/boom/:token', () => {
        const error = new Error(
          `Failed query: update users set password_hash = $1\nparams: ${HASH},${TOKEN}`,
        );
        Object.assign(error, {
          code: '23505',
          detail: `Key (password_hash)=(${HASH}) already exists.`,
          params: [HASH, TOKEN],
        });
        throw error;
      });
      const response = await app.inject({
        method: 'GET',
        url: `/api/test/boom/${TOKEN}?token=${TOKEN}`,
        headers: { cookie: `pt_session=${TOKEN}`, authorization: `Bearer ${TOKEN}` },
      });
      expect(response.statusCode).toBe(500);
      const log = lines.join('');
      expect(log).toContain('Failed query');
      expect(log).toContain('23505');
      expect(log).not.toContain(HASH);
      expect(log).not.toContain('$argon2id');
      expect(log).not.toContain(TOKEN);
      expect(log).not.toContain('pt_session');
    } finally {
      await app.close();
      await database.close();
    }
  });

  it('scrubs tokens from public links and hashes from any text', () => {
    expect(scrubUrl(`/api/rsvp/${TOKEN}`)).toBe('/api/rsvp/[redacted]');
    expect(scrubUrl(`/api/units?q=ha&token=${TOKEN}`)).toBe('/api/units?q=ha&token=[redacted]');
    expect(scrubUrl('/api/units?q=ha%20tinh')).toBe('/api/units?q=ha%20tinh');
    const safe = safeError(Object.assign(new Error(`hash ${HASH}`), { detail: HASH, code: '23505' }));
    expect(JSON.stringify(safe)).not.toContain('argon2');
    expect(safe.code).toBe('23505');
    expect(safe).not.toHaveProperty('detail');
  });
});
