import { describe, expect, it } from 'vitest';
import { fileSize, reportFilesProblem } from './report-files';

const file = (name: string, size = 1000) => ({ name, size });

describe('reportFilesProblem', () => {
  it.each([
    [
      'accepts the five kinds the server takes',
      [file('a.pdf'), file('b.DOCX'), file('c.xlsx'), file('d.png'), file('e.jpeg')],
      null,
    ],
    ['accepts no file at all', [], null],
    [
      'refuses a sixth file',
      Array.from({ length: 6 }, (_, i) => file(`${i}.pdf`)),
      'Chỉ đính kèm được tối đa 5 tệp.',
    ],
    [
      'refuses an old Word file',
      [file('bao-cao.doc')],
      'Tệp "bao-cao.doc" không đúng định dạng; chỉ nhận PDF, DOCX, XLSX, PNG, JPEG.',
    ],
    ['refuses a file over 10 MB', [file('anh.jpg', 10 * 1024 * 1024 + 1)], 'Tệp "anh.jpg" lớn hơn 10 MB.'],
    ['accepts a file of exactly 10 MB', [file('anh.jpg', 10 * 1024 * 1024)], null],
  ])('%s', (_name, files, expected) => {
    expect(reportFilesProblem(files)).toBe(expected);
  });
});

describe('fileSize', () => {
  it.each([
    [512, '512 B'],
    [2048, '2 KB'],
    [1_300_000, '1,2 MB'],
    [10 * 1024 * 1024, '10 MB'],
  ])('%i bytes is "%s"', (bytes, text) => {
    expect(fileSize(bytes)).toBe(text);
  });
});
