import { describe, expect, it } from 'vitest';
import type { DocumentSection } from '../../../contracts/documents';
import { bodyLinesToSections, sectionsToBodyLines } from './body-lines';

const node = (
  label: string | null,
  title: string | null,
  text: string | null,
  children: DocumentSection[] = [],
): DocumentSection => ({ label, title, text, children });

describe('bodyLinesToSections', () => {
  it.each<[string, string, DocumentSection[]]>([
    ['an empty body has no sections', '  \n\n ', []],
    [
      'a plain line is unlabelled text',
      'Căn cứ tình hình thực tế.',
      [node(null, null, 'Căn cứ tình hình thực tế.')],
    ],
    ['a short Roman line is a heading', 'I. MỤC ĐÍCH, YÊU CẦU', [node('I.', 'MỤC ĐÍCH, YÊU CẦU', null)]],
    [
      'a Roman line ending with a period is text',
      'II. Tổ chức thực hiện.',
      [node('II.', null, 'Tổ chức thực hiện.')],
    ],
    ['a short numbered line is a heading', '1. Mục đích', [node('1.', 'Mục đích', null)]],
    ['"1.1" without a final dot is a numbered label', '1.1 Nội dung', [node('1.1', 'Nội dung', null)]],
    [
      'a numbered line of 100 characters or more is text',
      `2. ${'a'.repeat(100)}`,
      [node('2.', null, 'a'.repeat(100))],
    ],
    ['a letter line is always text', 'a) Tuyên truyền', [node('a)', null, 'Tuyên truyền')]],
    ['a dash line is text', '- Phát động thi đua', [node('-', null, 'Phát động thi đua')]],
    ['an en dash is printed as a dash', '– Khen thưởng', [node('-', null, 'Khen thưởng')]],
    ['a year is not a number label', '2024 là năm bản lề.', [node(null, null, '2024 là năm bản lề.')]],
  ])('%s', (_name, input, expected) => {
    expect(bodyLinesToSections(input)).toEqual(expected);
  });

  it('nests Roman > number > letter > dash > plus, and unlabelled lines under the last label', () => {
    const text = [
      'I. MỤC ĐÍCH',
      'Nâng cao nhận thức của nhân dân.',
      '1. Nội dung',
      '1.1 Tuyên truyền',
      'a) Trên loa truyền thanh.',
      '- Mỗi tuần hai lần.',
      '+ Sáng thứ Hai.',
      '- Bản tin.',
      'b) Pa nô.',
      '2. Thời gian',
      'II. TỔ CHỨC THỰC HIỆN',
    ].join('\n');
    expect(bodyLinesToSections(text)).toEqual([
      node('I.', 'MỤC ĐÍCH', null, [
        node(null, null, 'Nâng cao nhận thức của nhân dân.'),
        node('1.', 'Nội dung', null, [
          node('1.1', 'Tuyên truyền', null, [
            node('a)', null, 'Trên loa truyền thanh.', [
              node('-', null, 'Mỗi tuần hai lần.', [node('+', null, 'Sáng thứ Hai.')]),
              node('-', null, 'Bản tin.'),
            ]),
            node('b)', null, 'Pa nô.'),
          ]),
        ]),
        node('2.', 'Thời gian', null),
      ]),
      node('II.', 'TỔ CHỨC THỰC HIỆN', null),
    ]);
  });

  it('round-trips through sectionsToBodyLines', () => {
    const text = 'I. MỤC ĐÍCH\n1. Nội dung\na) Tuyên truyền.\n- Bản tin.\nKết thúc.';
    expect(sectionsToBodyLines(bodyLinesToSections(text))).toBe(text);
  });
});
