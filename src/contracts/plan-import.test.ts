import { describe, expect, it } from 'vitest';
import { DOCUMENT_NUMBER_MAX, DOCUMENT_SYMBOL_MAX, DocumentDraft } from './documents';
import { parsePlanText } from '../core/import/parse-plan';
import seed000 from '../core/import/fixtures/seed-000.txt?raw';
import seed001 from '../core/import/fixtures/seed-001.txt?raw';
import seed002 from '../core/import/fixtures/seed-002.txt?raw';
import seed003 from '../core/import/fixtures/seed-003.txt?raw';
import seed004 from '../core/import/fixtures/seed-004.txt?raw';

// Parts a seed may lack (it starts below the letterhead, or has no signature block): the user fills them in the
// review screen, and the parser says so in a warning. Anything else failing the schema is a shape mismatch.
const LEFT_TO_THE_USER = ['issuer.name', 'place', 'signer.position', 'signer.name', 'title'];

describe('the imported plan draft and the DocumentDraft contract', () => {
  it.each([
    ['seed-000', seed000],
    ['seed-001', seed001],
    ['seed-002', seed002],
    ['seed-003', seed003],
    ['seed-004', seed004],
  ])('%s parses with the zod schema, except the parts the parser warned were missing', (_name, text) => {
    const draft = parsePlanText(text);
    const result = DocumentDraft.safeParse(draft);
    const issues = result.success ? [] : result.error.issues;
    for (const issue of issues) {
      const path = issue.path.join('.');
      expect(LEFT_TO_THE_USER, `${path}: ${issue.message}`).toContain(path);
      expect(issue.code).toBe('too_small');
    }
    expect(draft.warnings.length).toBeGreaterThanOrEqual(issues.length);
  });

  it('cuts a ký hiệu too long for a draft to what the contract accepts, so the imported plan can be saved', () => {
    const symbol = `KH-${'BCĐPTTDĐKXDĐSVH'.repeat(4)}`;
    const draft = parsePlanText(seed003.replace('Số: 34/KH-BCĐ', `Số: 34/${symbol}`));
    expect(symbol.length).toBeGreaterThan(DOCUMENT_SYMBOL_MAX);
    expect(draft.symbol).toBe(symbol.slice(0, DOCUMENT_SYMBOL_MAX));
    expect(draft.number!.length).toBeLessThanOrEqual(DOCUMENT_NUMBER_MAX);
    expect(DocumentDraft.shape.symbol.safeParse(draft.symbol).success).toBe(true);
    expect(DocumentDraft.shape.number.safeParse(draft.number).success).toBe(true);
  });
});
