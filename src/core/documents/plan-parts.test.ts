import { describe, expect, it } from 'vitest';
import { draftLines, printedSections } from './plan-parts';
import type { DocModel } from './model';
import { SAMPLES } from './samples';

const base = {
  ...SAMPLES.KH,
  sections: [
    { label: 'I.', title: 'MỤC ĐÍCH, YÊU CẦU', text: null, children: [] },
    { label: 'II.', title: 'TỔ CHỨC THỰC HIỆN', text: null, children: [] },
  ],
} as DocModel;

const parts: Partial<DocModel> = {
  printParts: true,
  targets: [{ text: 'Tỷ lệ gia đình văn hóa: 86% trở lên.' }],
  tasks: [
    {
      text: 'Tổ chức bình xét danh hiệu.',
      lead: ['Công chức Văn hóa - Xã hội'],
      support: ['MTTQ', 'các thôn'],
      deadline: { raw: 'Quý I năm 2023' },
    },
  ],
  budget: { source: 'ngân sách xã năm 2023', lines: [{ text: 'Khen thưởng', amount: 5_000_000 }] },
};

describe('plan parts', () => {
  it('inserts targets, tasks and budget after the first part and renumbers the parts', () => {
    const sections = printedSections({ ...base, ...parts });
    expect(sections.map((s) => `${s.label} ${s.title}`)).toEqual([
      'I. MỤC ĐÍCH, YÊU CẦU',
      'II. CHỈ TIÊU',
      'III. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN',
      'IV. KINH PHÍ',
      'V. TỔ CHỨC THỰC HIỆN',
    ]);
    const task = sections[2]!.children[0]!;
    expect(task.text).toBe('Tổ chức bình xét danh hiệu.');
    expect(task.children.map((c) => c.text)).toEqual([
      'Thực hiện: Công chức Văn hóa - Xã hội.',
      'Phối hợp thực hiện: MTTQ, các thôn.',
      'Thời gian thực hiện: Quý I năm 2023.',
    ]);
    expect(sections[3]!.text).toBe('Nguồn kinh phí: ngân sách xã năm 2023.');
    expect(sections[3]!.children[0]!.text).toBe('Khen thưởng: 5.000.000 đồng.');
  });

  it('prints an imported plan as it was', () => {
    expect(printedSections({ ...base, ...parts, printParts: false })).toBe(base.sections);
  });

  it('turns a plan into lines for a diff, generated parts included', () => {
    const lines = draftLines({ ...base, ...parts });
    expect(lines).toContain('    - Thời gian thực hiện: Quý I năm 2023.');
    expect(lines.some((l) => l.startsWith('Trích yếu: '))).toBe(true);
  });
});
