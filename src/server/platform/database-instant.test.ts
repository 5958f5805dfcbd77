import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { instant, instantOrNull, queryRows } from './database';
import { engines, openTestDatabase } from '../testing/test-db';
import type { Database } from './database';

describe.each(engines())('instant: one Date from a raw timestamptz on %s', (engine) => {
  let t: Database;
  beforeAll(async () => void (t = await openTestDatabase(engine)));
  afterAll(async () => t?.close());

  it('reads what the driver gives for a timestamptz, with and without fractions and offsets', async () => {
    const [row] = await queryRows<{ a: string; b: string; c: string }>(
      t.db,
      sql`SELECT '2026-12-07 15:06:27.841+00'::timestamptz AS a, '2026-01-02 03:04:05+07'::timestamptz AS b,
                 '2026-12-07 15:06:27.858842+00'::timestamptz AS c`,
    );
    expect(instant(row!.a).toISOString()).toBe('2026-12-07T15:06:27.841Z');
    expect(instant(row!.b).toISOString()).toBe('2026-01-01T20:04:05.000Z');
    expect(instant(row!.c).toISOString()).toBe('2026-12-07T15:06:27.858Z');
  });

  it('keeps a Date and null, and refuses text that is no timestamp', () => {
    const d = new Date('2026-01-01T00:00:00Z');
    expect(instant(d)).toBe(d);
    expect(instantOrNull(null)).toBeNull();
    expect(() => instant('hôm qua')).toThrow(RangeError);
  });
});
