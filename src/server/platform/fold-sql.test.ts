import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { foldVietnamese } from '../../core/vn-text/fold';
import { openTestDatabase, engines } from '../testing/test-db';
import { queryRows, type Database } from './database';
import { foldedSql } from './fold-sql';

describe.each(engines())('foldedSql on %s', (engine) => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase(engine);
  });
  afterAll(() => database.close());

  it('folds every unit name (both its names, in every version) exactly as foldVietnamese does', async () => {
    const rows = await queryRows<{ name: string; folded: string }>(
      database.db,
      sql`SELECT DISTINCT n.name, ${foldedSql(sql`n.name`)} AS folded
            FROM units u CROSS JOIN LATERAL (VALUES (u.name), (u.full_name)) AS n(name)`,
    );
    expect(rows.length).toBeGreaterThan(10_000);
    const differing = rows.filter((r) => r.folded !== foldVietnamese(r.name));
    expect(differing.slice(0, 5)).toEqual([]);
  });

  it('folds upper case, text typed decomposed (NFD), punctuation and NULL as foldVietnamese does', async () => {
    const samples = [
      'ĐẮK LẮK',
      'Thừa Thiên Huế',
      'Phường Thủy Xuân'.normalize('NFD'),
      'Khánh Hoà',
      'Phòng VH&TT - UBND',
      '  Tổ dân phố   số 5 (cũ) ',
      'Ỷ Lan, Ỹ, Ỵ',
      'Ngô Thị Ưng-Ơn',
    ];
    for (const text of samples) {
      const [row] = await queryRows<{ folded: string }>(
        database.db,
        sql`SELECT ${foldedSql(sql`${text}::text`)} AS folded`,
      );
      expect(row!.folded, text).toBe(foldVietnamese(text));
    }
    const [none] = await queryRows<{ folded: string }>(
      database.db,
      sql`SELECT ${foldedSql(sql`NULL`)} AS folded`,
    );
    expect(none!.folded).toBe('');
  });
});
