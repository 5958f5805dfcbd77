import { describe, expect, it } from 'vitest';
import type { AwardBatch } from '../../../contracts/conferences';
import { isComplete, move, newAwardee, newBatch, removeAt, replaceAt, toBody, toDrafts } from './awards-edit';
import { presentationFileProblem } from './presentations-files';

const batches: AwardBatch[] = [
  {
    id: 2,
    position: 2,
    title: 'Bằng khen UBND tỉnh',
    presenter: null,
    awardees: [
      {
        id: 5,
        batchId: 2,
        position: 1,
        kind: 'collective',
        name: 'UBND xã Cẩm Bình',
        detail: null,
        awardForm: 'Bằng khen',
        decisionNumber: '12/QĐ-UBND',
      },
    ],
  },
  {
    id: 1,
    position: 1,
    title: 'Giấy khen huyện',
    presenter: 'Chủ tịch UBND huyện',
    awardees: [
      {
        id: 3,
        batchId: 1,
        position: 2,
        kind: 'individual',
        name: 'Trần Thị B',
        detail: 'Trưởng thôn',
        awardForm: 'Giấy khen',
        decisionNumber: null,
      },
      {
        id: 4,
        batchId: 1,
        position: 1,
        kind: 'household',
        name: 'Hộ ông Nguyễn Văn A',
        detail: null,
        awardForm: 'Giấy khen',
        decisionNumber: null,
      },
    ],
  },
];

describe('the award list editor', () => {
  it('reads batches and awardees in their order and writes them back as the PUT body', () => {
    const body = toBody(toDrafts(batches));
    expect(body.batches.map((b) => b.title)).toEqual(['Giấy khen huyện', 'Bằng khen UBND tỉnh']);
    expect(body.batches[0]!.awardees.map((a) => a.name)).toEqual(['Hộ ông Nguyễn Văn A', 'Trần Thị B']);
    expect(body.batches[0]!.presenter).toBe('Chủ tịch UBND huyện');
    expect(body.batches[1]).toEqual({
      title: 'Bằng khen UBND tỉnh',
      presenter: null,
      awardees: [
        {
          kind: 'collective',
          name: 'UBND xã Cẩm Bình',
          detail: null,
          awardForm: 'Bằng khen',
          decisionNumber: '12/QĐ-UBND',
        },
      ],
    });
  });

  it('trims what was typed and sends blanks as null', () => {
    const batch = { ...newBatch('  Đợt 1 '), presenter: '   ' };
    const awardee = { ...newAwardee(), name: ' Lê Văn C ', awardForm: ' Giấy khen ', detail: ' ' };
    expect(toBody([{ ...batch, awardees: [awardee] }]).batches[0]).toEqual({
      title: 'Đợt 1',
      presenter: null,
      awardees: [
        { kind: 'individual', name: 'Lê Văn C', detail: null, awardForm: 'Giấy khen', decisionNumber: null },
      ],
    });
  });

  it('starts a new row with the kind, award form and decision of the row above', () => {
    const above = {
      ...newAwardee(),
      kind: 'collective' as const,
      awardForm: 'Bằng khen',
      decisionNumber: '7/QĐ',
    };
    const next = newAwardee(above);
    expect([next.kind, next.awardForm, next.decisionNumber, next.name]).toEqual([
      'collective',
      'Bằng khen',
      '7/QĐ',
      '',
    ]);
    expect(next.key).not.toBe(above.key);
  });

  it('says the list is incomplete while a title, a name or an award form is blank', () => {
    const drafts = toDrafts(batches);
    expect(isComplete(drafts)).toBe(true);
    expect(isComplete([...drafts, newBatch('')])).toBe(false);
    expect(isComplete([{ ...drafts[0]!, awardees: [...drafts[0]!.awardees, newAwardee()] }])).toBe(false);
  });

  it.each([
    [['a', 'b', 'c'], 0, 1, ['b', 'a', 'c']],
    [['a', 'b', 'c'], 2, -1, ['a', 'c', 'b']],
    [['a', 'b', 'c'], 0, -1, ['a', 'b', 'c']],
    [['a', 'b', 'c'], 2, 1, ['a', 'b', 'c']],
    [['a', 'b', 'c'], 0, 5, ['b', 'c', 'a']],
  ])('moves %j item %i by %i', (list, index, delta, expected) => {
    expect(move(list, index, delta)).toEqual(expected);
  });

  it('removes and replaces one item', () => {
    expect(removeAt(['a', 'b', 'c'], 1)).toEqual(['a', 'c']);
    expect(replaceAt(['a', 'b', 'c'], 2, 'z')).toEqual(['a', 'b', 'z']);
  });
});

describe('a tham luận file', () => {
  it.each([
    ['bai.docx', 1000, null],
    ['BAI.PDF', 10 * 1024 * 1024, null],
    ['bai.doc', 1000, 'Tệp “bai.doc” không phải DOCX hoặc PDF.'],
    ['bai.pdf', 10 * 1024 * 1024 + 1, 'Tệp “bai.pdf” lớn hơn 10 MB.'],
  ])('%s of %i bytes: %s', (name, size, problem) => {
    expect(presentationFileProblem({ name, size })).toBe(problem);
  });
});
