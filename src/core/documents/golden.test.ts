import { describe, expect, it } from 'vitest';
import { renderDocx } from './build-docx';
import { inspectDocx, type InspectedParagraph } from './inspect-docx';
import type { DocModel } from './model';
import { SAMPLES } from './samples';
import seed000 from './fixtures/seed-000.json';
import seed001 from './fixtures/seed-001.json';
import seed002 from './fixtures/seed-002.json';
import seed003 from './fixtures/seed-003.json';
import seed004 from './fixtures/seed-004.json';

/** One line per paragraph: its style (size, bold, italic, alignment, indent) and its text; reviewed as a diff. */
function print(paragraphs: InspectedParagraph[]): string {
  return paragraphs
    .filter((p) => p.text !== '' || p.hasBottomBorder)
    .map((p) => {
      if (p.text === '') return '  ——— rule';
      const style = [
        [...new Set(p.sizes)].join('/') + 'pt',
        p.isBold ? 'B' : '',
        p.isItalic ? 'I' : '',
        p.align ?? '',
        p.firstLineIndent ? 'indent' : '',
      ]
        .filter(Boolean)
        .join(' ');
      return `[${style}] ${p.text}`;
    })
    .join('\n');
}

const SEEDS: Record<string, unknown> = { seed000, seed001, seed002, seed003, seed004 };

describe('golden documents', () => {
  it.each(Object.entries(SAMPLES))('renders the %s sample as its golden file', async (kind, doc) => {
    const docx = await inspectDocx(await renderDocx(doc));
    await expect(print(docx.paragraphs)).toMatchFileSnapshot(`./golden/${kind === 'QĐ' ? 'QD' : kind}.txt`);
  });

  it.each(Object.keys(SEEDS))('renders seed plan %s as its golden file', async (name) => {
    const doc = SEEDS[name] as DocModel;
    const docx = await inspectDocx(await renderDocx(doc));
    expect(docx.find('KẾ HOẠCH').isBold).toBe(true);
    expect(docx.find('Nơi nhận:').isItalic).toBe(true);
    await expect(print(docx.paragraphs)).toMatchFileSnapshot(`./golden/${name}.txt`);
  });
});
