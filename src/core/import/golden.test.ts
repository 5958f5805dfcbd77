import { describe, expect, it } from 'vitest';
import { parsePlanText } from './parse-plan';
import seed000 from './fixtures/seed-000.txt?raw';
import seed001 from './fixtures/seed-001.txt?raw';
import seed002 from './fixtures/seed-002.txt?raw';
import seed003 from './fixtures/seed-003.txt?raw';
import seed004 from './fixtures/seed-004.txt?raw';
import expected000 from './golden/seed-000.expected.json';
import expected001 from './golden/seed-001.expected.json';
import expected002 from './golden/seed-002.expected.json';
import expected003 from './golden/seed-003.expected.json';
import expected004 from './golden/seed-004.expected.json';

const SEEDS = [
  ['seed-000', seed000, expected000],
  ['seed-001', seed001, expected001],
  ['seed-002', seed002, expected002],
  ['seed-003', seed003, expected003],
  ['seed-004', seed004, expected004],
] as const;

const FIELDS = Object.keys(expected000);

describe('seed plans as golden files', () => {
  // One assertion per field, so that a failure names the part of the plan that changed.
  describe.each(SEEDS)('%s', (_name, text, expected) => {
    const draft = parsePlanText(text) as unknown as Record<string, unknown>;
    it.each(FIELDS)('reads %s as the golden file says', (field) => {
      expect(draft[field], field).toEqual((expected as Record<string, unknown>)[field]);
    });
  });
});
