/** Latency figures in milliseconds from hrtime samples in nanoseconds. */
export interface Latency {
  count: number;
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  max: number;
}

const ms = (ns: bigint): number => Number(ns) / 1e6;

/** Nearest-rank percentile of sorted values. */
function percentile(sorted: number[], p: number): number {
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1] ?? Number.NaN;
}

export function summarize(samples: bigint[]): Latency {
  const sorted = samples.map(ms).sort((a, b) => a - b);
  const total = sorted.reduce((sum, v) => sum + v, 0);
  return {
    count: sorted.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    mean: sorted.length ? total / sorted.length : Number.NaN,
    max: sorted.at(-1) ?? Number.NaN,
  };
}

/** Runs `step(i)` `warmup` times unmeasured, then `count` times, timing each call. */
export async function measure(
  step: (i: number) => Promise<void>,
  warmup: number,
  count: number,
): Promise<bigint[]> {
  for (let i = 0; i < warmup; i++) await step(i);
  const samples: bigint[] = [];
  for (let i = 0; i < count; i++) {
    const start = process.hrtime.bigint();
    await step(i);
    samples.push(process.hrtime.bigint() - start);
  }
  return samples;
}

export const fixed = (value: number, digits = 2): string =>
  Number.isFinite(value) ? value.toFixed(digits) : 'n/a';
