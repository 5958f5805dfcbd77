import { describe, expect, it } from 'vitest';
import seedDraft from '../../../core/documents/fixtures/seed-003.json';
import seed000 from '../../../core/import/fixtures/seed-000.txt?raw';
import seed001 from '../../../core/import/fixtures/seed-001.txt?raw';
import seed002 from '../../../core/import/fixtures/seed-002.txt?raw';
import seedText from '../../../core/import/fixtures/seed-003.txt?raw';
import seed004 from '../../../core/import/fixtures/seed-004.txt?raw';
import { parsePlanText } from '../../../core/import/parse-plan';
import {
  highlightByLine,
  locateExtracts,
  normaliseForSearch,
  type ExtractSource,
  type Highlight,
} from './locate-extracts';
import { ImportedDraft } from './plan-import.queries';

const seedLines = seedText.split(/\r?\n/);

const bare: ExtractSource = {
  number: null,
  date: null,
  title: '',
  legalBases: [],
  targets: [],
  tasks: [],
  signer: { name: '' },
  recipients: [],
};

const linesOf = (lines: string[], h: Highlight | undefined) =>
  h ? lines.slice(h.fromLine - 1, h.toLine) : [];

describe('normaliseForSearch', () => {
  it.each([
    [' - *Thực hiện:*  Công chức ', '- thực hiện: công chức'],
    ['Phong trào “Toàn dân”', 'phong trào "toàn dân"'],
    ['Văn hóa – Xã hội', 'văn hóa - xã hội'],
    // Decomposed diacritics (NFD) compare equal to composed ones.
    ['Ke\u0302\u0301 hoa\u0323ch', 'kế hoạch'],
  ])('normalises %j to %j', (input, expected) => {
    expect(normaliseForSearch(input)).toBe(expected);
  });
});

describe('locateExtracts on seed 003 (its expected draft and its text)', () => {
  const { highlights, missing } = locateExtracts(seedDraft, seedLines);
  const of = (kind: Highlight['kind'], index = 0) =>
    highlights.find((h) => h.kind === kind && h.index === index);

  it('finds the number, the date line and the title', () => {
    expect(linesOf(seedLines, of('number'))).toEqual(['Số: 34/KH-BCĐ']);
    expect(linesOf(seedLines, of('date'))).toEqual(['Quyết Thắng, ngày 28 tháng 02 năm 2023']);
    expect(linesOf(seedLines, of('title'))[0]).toMatch(/^Thực hiện nhiệm vụ trọng tâm/);
  });

  it('finds every target and task, in order, on the line that prints it', () => {
    expect(linesOf(seedLines, of('target', 0))).toEqual(['1. Tỷ lệ gia đình văn hóa: 86% trở lên.']);
    expect(linesOf(seedLines, of('target', 4))[0]).toMatch(/^5\. Thu hút 45% trở lên/);
    const tasks = highlights.filter((h) => h.kind === 'task');
    expect(tasks).toHaveLength(seedDraft.tasks.length);
    expect(linesOf(seedLines, of('task', 0))[0]).toMatch(/^1\. Quán triệt/);
    for (let i = 1; i < tasks.length; i++) expect(tasks[i]!.fromLine).toBeGreaterThan(tasks[i - 1]!.fromLine);
  });

  it('finds the signer and each recipient in the closing', () => {
    expect(linesOf(seedLines, of('signer'))).toEqual(['Lại Văn Thơm']);
    expect(linesOf(seedLines, of('recipient', 0))).toEqual(['- Phòng VHHTT huyện (b/c);']);
    expect(linesOf(seedLines, of('recipient', 5))).toEqual(['- Lưu: VP.']);
  });

  it('misses nothing that is printed in the text', () => {
    expect(missing).toEqual([]);
  });
});

describe('locateExtracts on what the parser reads from each seed', () => {
  it.each([
    ['seed-000', seed000],
    ['seed-001', seed001],
    ['seed-002', seed002],
    ['seed-003', seedText],
    ['seed-004', seed004],
  ])('%s: the review accepts the draft and finds every task and target in the lines', (_name, text) => {
    const draft = ImportedDraft.parse(parsePlanText(text));
    const { highlights, missing } = locateExtracts(draft, text.split(/\r?\n/));
    expect(missing.map((m) => `${m.kind}: ${m.text}`)).toEqual([]);
    expect(highlights.filter((h) => h.kind === 'task')).toHaveLength(draft.tasks.length);
    expect(highlights.filter((h) => h.kind === 'target')).toHaveLength(draft.targets.length);
  });
});

describe('locateExtracts on messy text', () => {
  it('highlights every line of a task wrapped mid-sentence, and no more', () => {
    const lines = [
      '1. Giao Phòng Văn hóa - Thông tin chủ trì,',
      'phối hợp với Phòng Nội vụ tổ chức',
      'hội nghị sơ kết.',
      '- Thời gian: Quý II',
    ];
    const task = 'Giao Phòng Văn hóa - Thông tin chủ trì, phối hợp với Phòng Nội vụ tổ chức hội nghị sơ kết.';
    const { highlights } = locateExtracts({ ...bare, tasks: [{ text: task }] }, lines);
    expect(highlights).toEqual([{ kind: 'task', index: 0, fromLine: 1, toLine: 3 }]);
  });

  it('falls back to the first words when the parser reworded the end, then takes the lines inside the text', () => {
    const lines = [
      '',
      '2. Tổ chức tuyên truyền về phong trào trên hệ thống',
      'loa truyền thanh các thôn',
      'III. KINH PHÍ',
    ];
    const task = 'Tổ chức tuyên truyền về phong trào trên hệ thống loa truyền thanh các thôn, tổ dân phố';
    const { highlights, missing } = locateExtracts({ ...bare, tasks: [{ text: task }] }, lines);
    expect(missing).toEqual([]);
    expect(highlights).toEqual([{ kind: 'task', index: 0, fromLine: 2, toLine: 3 }]);
  });

  it('finds a number written with a space, and one whose halves a letterhead split apart', () => {
    const spaced = locateExtracts({ ...bare, number: '1066/KH-SGDĐT' }, ['SỞ GD', 'Số: 1066 /KH-SGDĐT']);
    expect(spaced.highlights).toEqual([{ kind: 'number', index: 0, fromLine: 2, toLine: 2 }]);
    const split = locateExtracts({ ...bare, number: '25/KH-PGD&ĐT' }, ['Số: 25', 'CỘNG HÒA', '/KH-PGD&ĐT']);
    expect(split.highlights.map((h) => h.fromLine)).toEqual([1, 3]);
  });

  it('finds the date line without leading zeros', () => {
    const { highlights } = locateExtracts({ ...bare, date: '2020-03-07' }, [
      'x',
      'Cẩm Xuyên, ngày 7 tháng 3 năm 2020',
    ]);
    expect(highlights).toEqual([{ kind: 'date', index: 0, fromLine: 2, toLine: 2 }]);
  });

  it('reports a piece that is not in the text instead of marking a wrong line', () => {
    const { highlights, missing } = locateExtracts({ ...bare, title: 'Một tiêu đề không có trong văn bản' }, [
      'KẾ HOẠCH',
      'Tổ chức hội nghị',
    ]);
    expect(highlights).toEqual([]);
    expect(missing).toEqual([{ kind: 'title', index: 0, text: 'Một tiêu đề không có trong văn bản' }]);
  });

  it('takes the signer from the end when the name also appears in the body', () => {
    const lines = ['Giao ông Nguyễn Văn An theo dõi', 'CHỦ TỊCH', 'Nguyễn Văn An'];
    const { highlights } = locateExtracts({ ...bare, signer: { name: 'Nguyễn Văn An' } }, lines);
    expect(highlights).toEqual([{ kind: 'signer', index: 0, fromLine: 3, toLine: 3 }]);
  });
});

describe('highlightByLine', () => {
  it('gives each line its highlight, the earlier kind of the legend where two overlap', () => {
    const byLine = highlightByLine(
      [
        { kind: 'task', index: 0, fromLine: 2, toLine: 3 },
        { kind: 'number', index: 0, fromLine: 3, toLine: 3 },
      ],
      4,
    );
    expect(byLine.map((h) => h?.kind ?? null)).toEqual([null, null, 'task', 'number', null]);
  });
});
