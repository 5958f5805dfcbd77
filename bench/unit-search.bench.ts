import { sql } from 'drizzle-orm';
import type { Database } from '../src/server/platform/database';
import { fixed, measure, summarize, type Latency } from './stats';

/** What officers type into the unit search: with and without diacritics, type prefixes, partial words. */
export const QUERIES = [
  'xã cẩm xuyên',
  'cam xuyen',
  'Cẩm Xuyên',
  'Phường Thủy Xuân',
  'thuy xuan',
  'hoa',
  'thuy',
  'Hà Nội',
  'ha noi',
  'quan 1',
  'Quận 1',
  'đặc khu côn đảo',
  'con dao',
  'Hà Tĩnh',
  'ha tinh',
  'thành phố hồ chí minh',
  'ho chi minh',
  'phường bến thành',
  'ben thanh',
  'xã tân phú',
  'tan phu',
  'an',
  'nguyễn',
  'đông',
  'dong hoa',
  'Thị trấn Cẩm Xuyên',
  'thi tran',
  'huyện cẩm xuyên',
  'phuong 1',
  'xa hong',
  'Hoàn Kiếm',
  'hoan kiem',
  'ba đình',
  'Đà Nẵng',
  'da nang',
  'hải châu',
  'phú quốc',
  'cam ranh',
  'xuyên',
  'thủy',
] as const;

export interface SearchResult {
  queries: number;
  warmup: number;
  count: number;
  http: Latency;
  baseline: Latency;
  ratio: { p50: number; p95: number };
  goal: { p95Ms: number; met: boolean };
  /** The five queries with the highest HTTP median, to show where the time goes. */
  slowest: { q: string; httpP50: number; baselineP50: number }[];
}

const GOAL_P95_MS = 20;
const LIMIT = 20;
const queryAt = (i: number): string => QUERIES[i % QUERIES.length]!;

/** Product: GET /api/units?q=… over real HTTP; baseline: a plain ILIKE on the same database. */
export async function benchUnitSearch(options: {
  baseUrl: string;
  cookie: string;
  database: Database;
  warmup: number;
  count: number;
}): Promise<SearchResult> {
  const { baseUrl, cookie, database, warmup, count } = options;

  const httpSamples = await measure(
    async (i) => {
      const response = await fetch(
        `${baseUrl}/api/units?q=${encodeURIComponent(queryAt(i))}&limit=${LIMIT}`,
        { headers: { cookie } },
      );
      if (!response.ok)
        throw new Error(`GET /api/units answered ${response.status}: ${await response.text()}`);
      await response.json();
    },
    warmup,
    count,
  );

  const baselineSamples = await measure(
    async (i) => {
      await database.db.execute(
        sql`SELECT id, code, full_name FROM units WHERE full_name ILIKE '%' || ${queryAt(i)} || '%' LIMIT ${LIMIT}`,
      );
    },
    warmup,
    count,
  );

  const byQuery = (samples: bigint[], q: string) => summarize(samples.filter((_, i) => queryAt(i) === q)).p50;
  const slowest = QUERIES.map((q) => ({
    q,
    httpP50: byQuery(httpSamples, q),
    baselineP50: byQuery(baselineSamples, q),
  }))
    .sort((a, b) => b.httpP50 - a.httpP50)
    .slice(0, 5);
  const http = summarize(httpSamples);
  const baseline = summarize(baselineSamples);
  return {
    queries: QUERIES.length,
    warmup,
    count,
    http,
    baseline,
    ratio: { p50: http.p50 / baseline.p50, p95: http.p95 / baseline.p95 },
    goal: { p95Ms: GOAL_P95_MS, met: http.p95 < GOAL_P95_MS },
    slowest,
  };
}

export function printUnitSearch(result: SearchResult): void {
  const row = (name: string, l: Latency) =>
    `${name.padEnd(34)} ${fixed(l.p50).padStart(8)} ${fixed(l.p95).padStart(8)} ${fixed(l.p99).padStart(8)} ${fixed(l.max).padStart(8)}`;
  console.log(
    `\nunit search: ${result.queries} queries, ${result.warmup} warm-up, ${result.count} measured, sequential, limit ${LIMIT}`,
  );
  console.log(
    `${'(ms)'.padEnd(34)} ${'p50'.padStart(8)} ${'p95'.padStart(8)} ${'p99'.padStart(8)} ${'max'.padStart(8)}`,
  );
  console.log(row('product  GET /api/units?q= (HTTP)', result.http));
  console.log(row('baseline ILIKE on full_name (SQL)', result.baseline));
  console.log(`ratio product/baseline: p50 ${fixed(result.ratio.p50)}x, p95 ${fixed(result.ratio.p95)}x`);
  const slow = result.slowest
    .map((s) => `"${s.q}" ${fixed(s.httpP50)} (baseline ${fixed(s.baselineP50)})`)
    .join(', ');
  console.log(`slowest queries, HTTP p50 ms: ${slow}`);
  console.log(
    `goal: HTTP p95 < ${result.goal.p95Ms} ms on PGlite: ${result.goal.met ? 'PASS' : 'MISS'} (p95 ${fixed(result.http.p95)} ms)`,
  );
}
