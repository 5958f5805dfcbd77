import { describe, expect, it } from 'vitest';
import { parsePlanText } from './parse-plan';
import type { DraftSection, PlanDraft } from './plan-draft';
import seed000 from './fixtures/seed-000.txt?raw';
import seed001 from './fixtures/seed-001.txt?raw';
import seed002 from './fixtures/seed-002.txt?raw';
import seed003 from './fixtures/seed-003.txt?raw';
import seed004 from './fixtures/seed-004.txt?raw';
import { seededRandom } from '../testing/seeded-random';

const SEEDS = [seed000, seed001, seed002, seed003, seed004];

const GARBAGE = [
  '\u0000',
  '\f',
  '\u200b',
  '\ufffd',
  '\t',
  'I.',
  'III',
  '- ',
  '+ ',
  'Số:',
  '/KH-',
  'Nơi nhận:',
  'TM.',
  ':',
  '(',
  ')',
  '“',
  'ngày 31/2/2023',
  'trước ngày',
  '99%',
  'Người ký: X',
  '2020.03.27 14:26:14 +07:00',
  'KẾ HOẠCH',
  '\u0301',
  'a)',
  '1.1.',
  '\r',
  'ă',
];

function mutate(text: string, rnd: () => number): string {
  let lines = text.split('\n');
  const ops = 1 + Math.floor(rnd() * 12);
  for (let i = 0; i < ops; i++) {
    const at = Math.floor(rnd() * lines.length);
    const op = Math.floor(rnd() * 6);
    if (op === 0) lines.splice(at, 1);
    else if (op === 1) lines.splice(at, 0, lines[at] ?? '');
    else if (op === 2) lines = lines.sort(() => rnd() - 0.5);
    else if (op === 3) lines.splice(at, 0, GARBAGE[Math.floor(rnd() * GARBAGE.length)]!);
    else if (op === 4)
      lines[at] =
        (lines[at] ?? '').slice(0, Math.floor(rnd() * 40)) + GARBAGE[Math.floor(rnd() * GARBAGE.length)]!;
    else lines = lines.concat(lines.slice(0, Math.floor(rnd() * lines.length)));
  }
  return lines.join(rnd() < 0.2 ? '\r\n' : '\n').slice(0, 100_000);
}

function noise(length: number, rnd: () => number): string {
  let out = '';
  while (out.length < length) {
    const r = rnd();
    out +=
      r < 0.3
        ? GARBAGE[Math.floor(rnd() * GARBAGE.length)]!
        : r < 0.4
          ? '\n'
          : String.fromCharCode(32 + Math.floor(rnd() * 0x2000));
  }
  return out;
}

const isStrings = (v: unknown) => Array.isArray(v) && v.every((s) => typeof s === 'string');
const isNullableString = (v: unknown) => v === null || typeof v === 'string';

function checkSection(s: DraftSection, depth = 0): void {
  expect(isNullableString(s.label) && isNullableString(s.title) && isNullableString(s.text)).toBe(true);
  expect((s.label ?? '').length).toBeLessThanOrEqual(20);
  expect(depth).toBeLessThan(50);
  s.children.forEach((c) => checkSection(c, depth + 1));
}

function checkShape(d: PlanDraft): void {
  expect(typeof d.kind).toBe('string');
  expect(typeof d.issuer.name).toBe('string');
  expect(isNullableString(d.issuer.parent) && isNullableString(d.number) && isNullableString(d.date)).toBe(
    true,
  );
  if (d.date !== null) expect(d.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(typeof d.title === 'string' && typeof d.place === 'string').toBe(true);
  expect(isStrings(d.legalBases) && isStrings(d.recipients) && isStrings(d.recipientsTo)).toBe(true);
  d.sections.forEach((s) => checkSection(s));
  expect(typeof d.signer.position === 'string' && typeof d.signer.name === 'string').toBe(true);
  for (const t of d.tasks) {
    expect(typeof t.text === 'string' && isStrings(t.lead) && isStrings(t.support)).toBe(true);
    if (t.deadline) expect(typeof t.deadline.raw).toBe('string');
  }
  for (const t of d.targets) expect(t.value === null || Number.isFinite(t.value)).toBe(true);
  for (const w of d.warnings) expect(Number.isInteger(w.line) && typeof w.message === 'string').toBe(true);
  if (d.conference) {
    expect(Array.isArray(d.conference.agenda) && Array.isArray(d.conference.bridgePoints)).toBe(true);
    if (d.conference.startTime !== null) expect(d.conference.startTime).toMatch(/^\d{2}:\d{2}$/);
  }
}

/** The cases, made once: the same on every run (one PRNG seed), each its own test so a slow one has its own time. */
function fuzzCases(): [string, string][] {
  const rnd = seededRandom(20250101);
  const cases: [string, string][] = [
    ['empty', ''],
    ['spaces', ' \n\n\t '],
    // eslint-disable-next-line no-control-regex -- binary input on purpose
    ['binary', noise(5000, rnd).replace(/[^\u0000-\u001f]/g, '\u0001')],
    ['one long line', 'Căn cứ '.repeat(14_000)],
    ['dashes', '- '.repeat(50_000)],
    ['numbers', '1.1.1.1. '.repeat(10_000)],
  ];
  for (let i = 0; i < 120; i++) cases.push([`mutated ${i}`, mutate(SEEDS[i % SEEDS.length]!, rnd)]);
  for (let i = 0; i < 30; i++) cases.push([`noise ${i}`, noise(Math.floor(rnd() * 100_000), rnd)]);
  return cases;
}

describe('fuzzing the plan parser', () => {
  it.each(fuzzCases())('never throws and returns a draft of the right shape: %s', (label, text) => {
    const draft = parsePlanText(text);
    checkShape(draft);
    // The safety net in parsePlanText must not be what kept the parser alive.
    expect(
      draft.warnings.some((w) => w.message.startsWith('Không đọc được cấu trúc')),
      label,
    ).toBe(false);
  });

  it('warns instead of failing on an empty or binary file', () => {
    expect(parsePlanText('').warnings[0]?.message).toMatch(/không có nội dung/);
    expect(parsePlanText('\u0001\u0002\u0003'.repeat(100)).warnings[0]?.message).toMatch(/nhị phân/);
  });
});
