import { describe, expect, it } from 'vitest';
import seed0 from '../documents/fixtures/seed-000.json';
import seed1 from '../documents/fixtures/seed-001.json';
import seed2 from '../documents/fixtures/seed-002.json';
import seed3 from '../documents/fixtures/seed-003.json';
import seed4 from '../documents/fixtures/seed-004.json';
import {
  findTimePhrase,
  occurrences,
  parseTimePhrase,
  resolveRelative,
  type TimePhrase,
} from './time-phrases';

type Row = [
  raw: string,
  year: number | null,
  kind: TimePhrase['kind'],
  from: string | null,
  to: string | null,
];

const ASSUMED = /không ghi năm; tạm lấy năm \d{4}\.$/;

describe('parseTimePhrase', () => {
  it.each<Row>([
    // deadlines: "trước" closes the day before
    ['trước ngày 25/4/2020', null, 'date', null, '2020-04-24'],
    ['trước ngày 31/5/2020', null, 'date', null, '2020-05-30'],
    ['trước ngày 01/01/2021', null, 'date', null, '2020-12-31'],
    ['hoàn thành trước ngày 10/3/2020', null, 'date', null, '2020-03-09'],
    ['trước Quý II/2020', null, 'date', null, '2020-03-31'],
    ['chậm nhất vào ngày 31/5/2021', null, 'date', null, '2021-05-31'],
    ['chậm nhất ngày 31/5/2021', null, 'date', null, '2021-05-31'],
    ['hạn chót 31/5/2021', null, 'date', null, '2021-05-31'],
    ['đến ngày 31/5/2021', null, 'date', null, '2021-05-31'],
    ['đến hết tháng 6/2021', null, 'date', null, '2021-06-30'],
    ['ngày 31/5/2021', null, 'date', '2021-05-31', '2021-05-31'],
    ['vào ngày 05/3/2021', null, 'date', '2021-03-05', '2021-03-05'],
    ['31-5-2021', null, 'date', '2021-05-31', '2021-05-31'],
    ['ngày 31.5.2021', null, 'date', '2021-05-31', '2021-05-31'],
    ['ngày 05 tháng 3 năm 2021', null, 'date', '2021-03-05', '2021-03-05'],
    ['trước ngày 29/02/2024', null, 'date', null, '2024-02-28'],
    // quarters
    ['chậm nhất trong Quý I năm 2022', null, 'date', null, '2022-03-31'],
    ['cuối Quý I/2020', null, 'date', null, '2020-03-31'],
    ['đầu Quý II/2020', null, 'range', '2020-04-01', '2020-04-30'],
    ['giữa quý IV/2020', null, 'range', '2020-11-01', '2020-11-30'],
    ['Quý I năm 2023', null, 'range', '2023-01-01', '2023-03-31'],
    ['Quý III/2023', null, 'range', '2023-07-01', '2023-09-30'],
    ['quý 3 năm 2023', null, 'range', '2023-07-01', '2023-09-30'],
    ['Quý IV - 2023', null, 'range', '2023-10-01', '2023-12-31'],
    ['trong Quý 2/2023', null, 'range', '2023-04-01', '2023-06-30'],
    // halves and nine months
    ['6 tháng đầu năm 2024', null, 'range', '2024-01-01', '2024-06-30'],
    ['6 tháng cuối năm 2024', null, 'range', '2024-07-01', '2024-12-31'],
    ['9 tháng đầu năm 2024', null, 'range', '2024-01-01', '2024-09-30'],
    // months
    ['tháng 6/2021', null, 'range', '2021-06-01', '2021-06-30'],
    ['trong tháng 11/2020', null, 'range', '2020-11-01', '2020-11-30'],
    ['tháng 11 năm 2020', null, 'range', '2020-11-01', '2020-11-30'],
    ['tháng 02/2021', null, 'range', '2021-02-01', '2021-02-28'],
    ['tháng 2/2024', null, 'range', '2024-02-01', '2024-02-29'],
    ['Dự kiến tổ chức vào tháng 6/2021', null, 'range', '2021-06-01', '2021-06-30'],
    // spans
    ['từ tháng 02/2021 đến tháng 4/2021', null, 'range', '2021-02-01', '2021-04-30'],
    ['từ ngày 01/3/2021 đến ngày 15/3/2021', null, 'range', '2021-03-01', '2021-03-15'],
    ['từ 01/3 đến 15/3/2021', null, 'range', '2021-03-01', '2021-03-15'],
    ['từ 01/12 đến 15/01/2022', null, 'range', '2021-12-01', '2022-01-15'],
    ['tháng 3 - tháng 4/2021', null, 'range', '2021-03-01', '2021-04-30'],
    ['tháng 3-4/2021', null, 'range', '2021-03-01', '2021-04-30'],
    ['Quý I - Quý II/2023', null, 'range', '2023-01-01', '2023-06-30'],
    // tens of days
    ['thượng tuần tháng 01/2022', null, 'range', '2022-01-01', '2022-01-10'],
    ['trung tuần tháng 01/2022', null, 'range', '2022-01-11', '2022-01-20'],
    ['hạ tuần tháng 01/2022', null, 'range', '2022-01-21', '2022-01-31'],
    ['hạ tuần tháng 2/2023', null, 'range', '2023-02-21', '2023-02-28'],
    ['đầu tháng 3/2022', null, 'range', '2022-03-01', '2022-03-10'],
    ['giữa tháng 3/2022', null, 'range', '2022-03-11', '2022-03-20'],
    ['cuối tháng 3/2022', null, 'range', '2022-03-21', '2022-03-31'],
    ['chậm nhất cuối tháng 4/2022', null, 'date', null, '2022-04-30'],
    // years
    ['Cả năm 2023', null, 'range', '2023-01-01', '2023-12-31'],
    ['năm 2023', null, 'range', '2023-01-01', '2023-12-31'],
    ['trong năm 2023', null, 'range', '2023-01-01', '2023-12-31'],
    ['cuối năm 2023', null, 'date', null, '2023-12-31'],
    // continuous and no deadline
    ['thường xuyên', null, 'none', null, null],
    ['Thường xuyên', 2023, 'range', '2023-01-01', '2023-12-31'],
    ['theo quy định', null, 'none', null, null],
    ['Theo kế hoạch', null, 'none', null, null],
    ['theo yêu cầu', null, 'none', null, null],
    ['theo chỉ đạo', null, 'none', null, null],
    ['', null, 'none', null, null],
    ['   ', null, 'none', null, null],
    // case, spacing and missing diacritics
    ['TRƯỚC  NGÀY   25/4/2020.', null, 'date', null, '2020-04-24'],
    ['truoc ngay 25/4/2020', null, 'date', null, '2020-04-24'],
    ['cham nhat trong quy I nam 2022', null, 'date', null, '2022-03-31'],
    // decomposed (NFD) input is read like NFC
    ['trước ngày 25/4/2020'.normalize('NFD'), null, 'date', null, '2020-04-24'],
  ])('reads %j (year %s) as %s %s..%s without a warning', (raw, year, kind, from, to) => {
    const phrase = parseTimePhrase(raw, year === null ? undefined : { year });
    expect(phrase).toMatchObject({ kind, from, to, warning: null });
    expect(phrase.raw).toBe(raw.normalize('NFC').replace(/\s+/g, ' ').trim());
  });

  it.each<Row>([
    ['trước ngày 25/4', 2020, 'date', null, '2020-04-24'],
    ['tháng 6', 2021, 'range', '2021-06-01', '2021-06-30'],
    ['Quý I', 2023, 'range', '2023-01-01', '2023-03-31'],
    ['6 tháng đầu năm', 2024, 'range', '2024-01-01', '2024-06-30'],
    ['từ 01/3 đến 15/3', 2021, 'range', '2021-03-01', '2021-03-15'],
  ])('assumes the plan year for %j and says so', (raw, year, kind, from, to) => {
    const phrase = parseTimePhrase(raw, year === null ? undefined : { year });
    expect(phrase).toMatchObject({ kind, from, to });
    expect(phrase.warning).toMatch(ASSUMED);
    expect(phrase.warning).toContain(String(year));
  });

  it.each([
    ['trước ngày 25/4', 'không ghi năm; giữ nguyên văn bản gốc.'],
    ['tháng 6', 'không ghi năm; giữ nguyên văn bản gốc.'],
    ['31/2/2021', 'không hợp lệ'],
    ['trước ngày 32/1/2021', 'không hợp lệ'],
    ['tháng 13/2021', 'không hợp lệ'],
    ['ngày 15/3/2021 đến ngày 01/3/2021', 'ngày bắt đầu sau ngày kết thúc'],
    ['Quý V/2023', 'Không hiểu mốc thời gian'],
    ['khi có giấy mời', 'Không hiểu mốc thời gian'],
    ['asdf 12/ /2021 ??', 'Không hiểu mốc thời gian'],
  ])('keeps %j as unknown with a warning', (raw, warning) => {
    const phrase = parseTimePhrase(raw);
    expect(phrase).toMatchObject({ kind: 'unknown', from: null, to: null, raw });
    expect(phrase.warning).toContain(warning);
  });

  it.each([
    ['hằng năm', 'yearly'],
    ['hàng năm', 'yearly'],
    ['hằng tháng', 'monthly'],
    ['Hàng tháng', 'monthly'],
    ['định kỳ hằng tháng', 'monthly'],
    ['hằng quý', 'quarterly'],
    ['hàng quý', 'quarterly'],
    ['hằng tuần', 'weekly'],
    ['hàng tuần', 'weekly'],
    ['hằng ngày', 'daily'],
    ['hàng ngày', 'daily'],
  ])('reads %j as recurring %s', (raw, recurrence) => {
    expect(parseTimePhrase(raw)).toMatchObject({
      kind: 'recurring',
      recurrence,
      from: null,
      to: null,
      warning: null,
    });
    expect(parseTimePhrase(raw, { year: 2023 })).toMatchObject({ from: '2023-01-01', to: '2023-12-31' });
  });

  it.each([
    ['trước ngày tổ chức Hội nghị 05 ngày', 'conference', 5, 'before'],
    ['trước Hội nghị 05 ngày', 'conference', 5, 'before'],
    ['trước 05 ngày diễn ra Hội nghị', 'conference', 5, 'before'],
    ['sau Hội nghị 10 ngày', 'conference', 10, 'after'],
    ['03 ngày trước khi diễn ra sự kiện', 'event', 3, 'before'],
  ])('reads %j as %d days %s the %s', (raw, event, days, direction) => {
    expect(parseTimePhrase(raw)).toMatchObject({
      kind: 'relative',
      from: null,
      to: null,
      relative: { event, days, direction },
      warning: null,
    });
  });

  it('agrees with every deadline recorded in the document fixtures', () => {
    const recorded: { raw: string; from: string | null; to: string | null }[] = [];
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(walk);
      else if (node !== null && typeof node === 'object') {
        const record = node as Record<string, unknown>;
        if (typeof record.raw === 'string' && 'to' in record)
          recorded.push(record as (typeof recorded)[number]);
        Object.values(record).forEach(walk);
      }
    };
    [seed0, seed1, seed2, seed3, seed4].forEach(walk);
    expect(recorded.length).toBeGreaterThan(10);
    for (const { raw, from, to } of recorded) {
      expect(parseTimePhrase(raw), raw).toMatchObject({ raw, from, to });
    }
  });

  it('never throws, whatever the input', () => {
    const alphabet = 'ađâêôơưăáàảãạ0123456789/.-–:, ()ngàytháquýIVtrướcđếnhằng\n\t\u0301\ud83d';
    let seed = 42;
    const random = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const inputs = [
      'x'.repeat(10_000),
      'trước ngày 1 '.repeat(1000),
      'ngày 1/'.repeat(2000),
      '\u0000\uffff',
      null as unknown as string,
      42 as unknown as string,
    ];
    for (let i = 0; i < 500; i++) {
      inputs.push(
        Array.from(
          { length: Math.floor(random() * 60) },
          () => alphabet[Math.floor(random() * alphabet.length)],
        ).join(''),
      );
    }
    for (const input of inputs) {
      const phrase = parseTimePhrase(input, { year: 2023 });
      expect(['date', 'range', 'recurring', 'relative', 'none', 'unknown']).toContain(phrase.kind);
      if (phrase.kind === 'unknown') expect(phrase.warning).not.toBeNull();
      for (const date of [phrase.from, phrase.to])
        if (date !== null) expect(date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      findTimePhrase(input);
    }
  });
});

describe('findTimePhrase', () => {
  it.each([
    [
      'Báo cáo kết quả gửi về Phòng Văn hóa và Thông tin trước ngày 18/8/2020 để tổng hợp.',
      'trước ngày 18/8/2020',
      null,
      '2020-08-17',
    ],
    ['Thời gian thực hiện: Quý I năm 2023', 'Quý I năm 2023', '2023-01-01', '2023-03-31'],
    [
      'UBND các xã xây dựng kế hoạch chậm nhất trong Quý I năm 2022',
      'chậm nhất trong Quý I năm 2022',
      null,
      '2022-03-31',
    ],
    [
      'Hội nghị Tổng kết cấp xã: Tùy tình hình cụ thể có thể tổ chức từ tháng 02/2021 đến tháng 4/2021.',
      'từ tháng 02/2021 đến tháng 4/2021',
      '2021-02-01',
      '2021-04-30',
    ],
    [
      'Dự kiến 01 buổi, trung tuần tháng 01/2022 (có Giấy mời sau)',
      'trung tuần tháng 01/2022',
      '2022-01-11',
      '2022-01-20',
    ],
    [
      'Báo cáo kết quả thực hiện phong trào năm 2021, gửi về Sở trước ngày 10/3/2022.',
      'trước ngày 10/3/2022',
      null,
      '2022-03-09',
    ],
  ])('finds the deadline in %j', (sentence, raw, from, to) => {
    expect(findTimePhrase(sentence)).toMatchObject({ raw, from, to });
  });

  it('finds a relative deadline and keeps its raw words', () => {
    const sentence =
      'Gửi bài tham luận về UBND huyện (qua Phòng Nội vụ) trước ngày tổ chức Hội nghị 05 ngày để tổng hợp.';
    expect(findTimePhrase(sentence)).toMatchObject({
      raw: 'trước ngày tổ chức Hội nghị 05 ngày',
      kind: 'relative',
      relative: { event: 'conference', days: 5, direction: 'before' },
    });
  });

  it('uses the plan year for a sentence without one', () => {
    const phrase = findTimePhrase('Các đơn vị gửi hồ sơ trước ngày 25/4.', { year: 2020 });
    expect(phrase).toMatchObject({ raw: 'trước ngày 25/4', to: '2020-04-24' });
    expect(phrase?.warning).toMatch(ASSUMED);
  });

  it.each([
    'Căn cứ Kế hoạch số 03/KH-UBND ngày 05/01/2021 của UBND tỉnh về Hội nghị tổng kết (giai đoạn 2000-2020).',
    'kỷ niệm 70 năm Chiến thắng Điện Biên Phủ (7/5/1954 - 7/5/2024)',
    'Phát động phong trào thi đua yêu nước năm 2024 và bế mạc Hội nghị.',
    'Lập hồ sơ đề nghị khen thưởng theo đúng quy định; thường xuyên kiểm tra.',
    'Trình bày trong khoảng thời gian từ 5 đến 7 phút.',
    '',
  ])('finds no deadline in %j', (sentence) => {
    expect(findTimePhrase(sentence)).toBeNull();
  });
});

describe('occurrences', () => {
  const year2023 = { from: '2023-01-01', to: '2023-12-31' };

  it('gives one range per month of the plan year', () => {
    const months = occurrences(parseTimePhrase('hằng tháng'), year2023);
    expect(months).toHaveLength(12);
    expect(months[0]).toEqual({ from: '2023-01-01', to: '2023-01-31' });
    expect(months[1]).toEqual({ from: '2023-02-01', to: '2023-02-28' });
    expect(months[11]).toEqual({ from: '2023-12-01', to: '2023-12-31' });
  });

  it('gives one range per quarter and one per year', () => {
    expect(occurrences(parseTimePhrase('hằng quý'), year2023)).toEqual([
      { from: '2023-01-01', to: '2023-03-31' },
      { from: '2023-04-01', to: '2023-06-30' },
      { from: '2023-07-01', to: '2023-09-30' },
      { from: '2023-10-01', to: '2023-12-31' },
    ]);
    expect(occurrences(parseTimePhrase('hằng năm'), { from: '2022-03-01', to: '2023-06-30' })).toEqual([
      { from: '2022-01-01', to: '2022-12-31' },
      { from: '2023-01-01', to: '2023-12-31' },
    ]);
  });

  it('gives ISO weeks from Monday to Sunday', () => {
    const weeks = occurrences(parseTimePhrase('hằng tuần'), { from: '2023-01-01', to: '2023-01-31' });
    expect(weeks[0]).toEqual({ from: '2022-12-26', to: '2023-01-01' });
    expect(weeks[1]).toEqual({ from: '2023-01-02', to: '2023-01-08' });
    expect(weeks).toHaveLength(6);
  });

  it('gives one range per day, capped at 400', () => {
    expect(occurrences(parseTimePhrase('hằng ngày'), year2023)).toHaveLength(365);
    expect(occurrences(parseTimePhrase('hằng ngày'), { from: '2023-01-01', to: '2025-12-31' })).toHaveLength(
      400,
    );
  });

  it('gives a dated phrase once and an undated one never', () => {
    expect(occurrences(parseTimePhrase('Quý I năm 2023'), year2023)).toEqual([
      { from: '2023-01-01', to: '2023-03-31' },
    ]);
    expect(occurrences(parseTimePhrase('trước ngày 25/4/2020'), year2023)).toEqual([
      { from: '2020-04-24', to: '2020-04-24' },
    ]);
    expect(occurrences(parseTimePhrase('theo quy định'), year2023)).toEqual([]);
    expect(occurrences(parseTimePhrase('trước Hội nghị 05 ngày'), year2023)).toEqual([]);
  });

  it('gives nothing for a period that is not a pair of ISO dates in order', () => {
    expect(occurrences(parseTimePhrase('hằng tháng'), { from: '2023-12-31', to: '2023-01-01' })).toEqual([]);
    expect(occurrences(parseTimePhrase('hằng tháng'), { from: '2023-02-30', to: '2023-12-31' })).toEqual([]);
  });
});

describe('resolveRelative', () => {
  it.each([
    ['trước ngày tổ chức Hội nghị 05 ngày', '2022-01-20', '2022-01-15'],
    ['trước Hội nghị 05 ngày', '2022-03-03', '2022-02-26'],
    ['sau Hội nghị 10 ngày', '2021-12-25', '2022-01-04'],
  ])('places %j against an event on %s at %s', (raw, eventDate, to) => {
    expect(resolveRelative(parseTimePhrase(raw), eventDate)).toMatchObject({
      raw,
      kind: 'date',
      from: null,
      to,
    });
  });

  it('returns other phrases unchanged', () => {
    const phrase = parseTimePhrase('Quý I năm 2023');
    expect(resolveRelative(phrase, '2022-01-20')).toBe(phrase);
  });

  it('keeps a relative phrase unresolved, with a warning, when the event date is not a date', () => {
    expect(resolveRelative(parseTimePhrase('trước Hội nghị 05 ngày'), '20/01/2022')).toMatchObject({
      kind: 'relative',
      to: null,
      warning: expect.stringContaining('không hợp lệ') as unknown,
    });
  });
});
