import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parsePlanText } from '../src/core/import/parse-plan';
import { foldVietnamese } from '../src/core/vn-text/fold';
import { fixed, summarize, type Latency } from './stats';

const fixtures = fileURLToPath(new URL('../src/core/import/fixtures/', import.meta.url));

export interface ImportResult {
  seeds: { name: string; chars: number; parse: Latency; baseline: Latency }[];
  sizes: { factor: number; chars: number; parse: Latency; baseline: Latency }[];
}

function time(fn: () => unknown, runs: number): Latency {
  for (let i = 0; i < 3; i++) fn();
  const samples: bigint[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    fn();
    samples.push(process.hrtime.bigint() - start);
  }
  return summarize(samples);
}

/** A linear pass over the same text (split into lines and fold each): what any reader of the text costs at least. */
const baseline = (text: string) => () => text.split('\n').map((line) => foldVietnamese(line));

/**
 * A long plan made of the seeds' bodies one after another, renumbered as parts of one plan, to the wanted length:
 * the parser sees a realistic plan, only longer.
 */
function longPlan(seeds: string[], chars: number): string {
  const head = seeds[3]!.split('\n').slice(0, 12).join('\n');
  let body = '';
  let part = 0;
  while (body.length < chars) {
    const seed = seeds[part % seeds.length]!;
    body += `\n${seed.split('\n').slice(12, -25).join('\n')}`;
    part++;
  }
  return `${head}\n${body.slice(0, chars)}\n${seeds[3]!.split('\n').slice(-25).join('\n')}`;
}

export function benchImport(): ImportResult {
  const files = fs
    .readdirSync(fixtures)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  const texts = files.map((f) => fs.readFileSync(fixtures + f, 'utf8'));
  const seeds = files.map((f, i) => ({
    name: f.replace('.txt', ''),
    chars: texts[i]!.length,
    parse: time(() => parsePlanText(texts[i]!), 50),
    baseline: time(baseline(texts[i]!), 50),
  }));
  const base = longPlan(texts, 60_000);
  const sizes = [1, 4, 16].map((factor) => {
    const text = factor === 1 ? base : longPlan(texts, 60_000 * factor);
    const runs = factor === 16 ? 5 : 10;
    return {
      factor,
      chars: text.length,
      parse: time(() => parsePlanText(text), runs),
      baseline: time(baseline(text), runs),
    };
  });
  return { seeds, sizes };
}

export function printImport(result: ImportResult): void {
  console.log('\nplan import: parse time (ms), against a linear fold of the same text');
  console.log('text                       chars     p50      p95   baseline p50   ratio');
  for (const s of result.seeds)
    console.log(
      `${s.name.padEnd(22)} ${String(s.chars).padStart(9)} ${fixed(s.parse.p50, 2).padStart(7)} ${fixed(s.parse.p95, 2).padStart(8)} ${fixed(s.baseline.p50, 2).padStart(14)} ${fixed(s.parse.p50 / s.baseline.p50, 1).padStart(7)}x`,
    );
  for (const s of result.sizes)
    console.log(
      `${`long plan x${s.factor}`.padEnd(22)} ${String(s.chars).padStart(9)} ${fixed(s.parse.p50, 2).padStart(7)} ${fixed(s.parse.p95, 2).padStart(8)} ${fixed(s.baseline.p50, 2).padStart(14)} ${fixed(s.parse.p50 / s.baseline.p50, 1).padStart(7)}x`,
    );
  const [one, , sixteen] = result.sizes;
  if (one && sixteen)
    console.log(
      `growth: x16 text takes ${fixed(sixteen.parse.p50 / one.parse.p50, 1)}x the time (linear: 16x); per 1,000 chars ${fixed((one.parse.p50 / one.chars) * 1000, 3)} ms at x1, ${fixed((sixteen.parse.p50 / sixteen.chars) * 1000, 3)} ms at x16`,
    );
  const worst = Math.max(...result.seeds.map((s) => s.parse.p95));
  console.log(
    `goal: under 50 ms per seed: ${worst < 50 ? 'PASS' : 'MISSED'} (worst p95 ${fixed(worst, 1)} ms)`,
  );
}
