import { describe, expect, it } from 'vitest';
import {
  conferenceWhen,
  delegateInSentence,
  delegateName,
  delegateQuery,
  filterYears,
  hasConferenceFacts,
  isFiltered,
  NO_FILTERS,
  planConferenceFacts,
  planFactParts,
  rowMessage,
  signerFromDraft,
} from './conference-text';

const facts = {
  date: null,
  dateRaw: 'trung tuần tháng 01/2026',
  startTime: null,
  session: null,
  format: 'online' as const,
  venue: null,
  bridgePoints: [
    { name: 'Điểm cầu chính', units: [] },
    { name: 'Điểm cầu các xã', units: ['xã Cẩm Bình'] },
  ],
  expectedAttendees: 325,
  participantGroups: [{ title: 'Cấp huyện', members: [] }],
  agenda: [],
  presentations: { count: 3, units: [], minMinutes: 5, maxMinutes: 7, dueDaysBefore: 5 },
};

describe('conferenceWhen', () => {
  it.each([
    [
      'a day with sessions',
      { date: '2026-01-15', dateRaw: null },
      [{ label: 'Sáng', start: '07:30', end: '11:30' }],
      '15/01/2026 · Sáng 07:30–11:30',
    ],
    ['the plan wording', { date: null, dateRaw: 'quý I/2026' }, [], 'quý I/2026'],
    ['nothing known', { date: null, dateRaw: null }, [], 'Chưa có ngày'],
  ])('%s', (_name, conference, sessions, text) => {
    expect(conferenceWhen(conference, sessions)).toBe(text);
  });
});

describe('plan conference facts', () => {
  it.each([
    ['a draft with facts', { title: 'x', conference: facts }, true],
    ['a draft with conference null', { title: 'x', conference: null }, false],
    ['a draft without the field', { title: 'x' }, false],
    ['no draft', null, false],
  ])('%s', (_name, draft, has) => {
    expect(hasConferenceFacts(draft)).toBe(has);
  });

  it('counts what the plan says', () => {
    expect(planFactParts(planConferenceFacts({ conference: facts })!)).toEqual([
      'trung tuần tháng 01/2026',
      'Trực tuyến',
      '2 điểm cầu',
      '1 thành phần đại biểu',
      '3 tham luận',
    ]);
  });
});

describe('delegateQuery', () => {
  it.each([
    [
      'no filter, first page',
      NO_FILTERS,
      1,
      { q: undefined, group: undefined, point: undefined, rsvp: undefined, limit: 50, offset: 0 },
    ],
    [
      'every filter, third page',
      { q: ' Nguyễn ', group: '4', point: '2', rsvp: 'pending' as const },
      3,
      { q: 'Nguyễn', group: 4, point: 2, rsvp: 'pending', limit: 50, offset: 100 },
    ],
    ['a bad id is left out', { ...NO_FILTERS, group: 'abc' }, 0, { group: undefined, offset: 0 }],
  ])('%s', (_name, filters, page, expected) => {
    expect(delegateQuery(filters, page, 50)).toMatchObject(expected);
  });

  it('says whether a filter is on', () => {
    expect(isFiltered(NO_FILTERS)).toBe(false);
    expect(isFiltered({ ...NO_FILTERS, q: 'a' })).toBe(true);
    expect(isFiltered({ ...NO_FILTERS, rsvp: 'no' })).toBe(true);
  });
});

it('offers next year and seven years back', () => {
  expect(filterYears(2026)).toEqual(['2027', '2026', '2025', '2024', '2023', '2022', '2021', '2020']);
});

describe('signerFromDraft', () => {
  it.each([
    [
      'the plan signer with a delegation',
      {
        signer: {
          authority: 'TM. ỦY BAN NHÂN DÂN',
          delegation: 'KT. CHỦ TỊCH',
          position: 'PHÓ CHỦ TỊCH',
          name: 'Nguyễn Văn An',
        },
      },
      { authority: 'TM. ỦY BAN NHÂN DÂN', position: 'KT. CHỦ TỊCH PHÓ CHỦ TỊCH', name: 'Nguyễn Văn An' },
    ],
    [
      'a head signing in person',
      { signer: { authority: null, delegation: null, position: 'CHỦ TỊCH', name: 'Trần Thị Bình' } },
      { authority: '', position: 'CHỦ TỊCH', name: 'Trần Thị Bình' },
    ],
    ['no signer', { title: 'x' }, null],
    [
      'a signer without a name',
      { signer: { authority: null, delegation: null, position: 'CHỦ TỊCH', name: '' } },
      null,
    ],
  ])('%s', (_name, draft, signer) => {
    expect(signerFromDraft(draft)).toEqual(signer);
  });
});

it.each([
  [7, 'thiếu họ và tên', 'Dòng 7: thiếu họ và tên'],
  [24, 'Dòng 24: thiếu họ và tên', 'Dòng 24: thiếu họ và tên'],
])('names row %i once', (row, message, text) => {
  expect(rowMessage(row, message)).toBe(text);
});

describe('naming a delegate', () => {
  it('names a person, else a seat by its post and unit in a sentence, and "Chưa có tên" only in the list', () => {
    const person = { name: 'Nguyễn Thị Hồng Nhung', position: 'Phó Chủ tịch UBND', unitName: 'Xã Cẩm Xuyên' };
    const seat = { name: null, position: 'Lãnh đạo UBND tỉnh', unitName: 'Tỉnh Hà Tĩnh' };
    expect(delegateInSentence(person)).toBe('Nguyễn Thị Hồng Nhung');
    expect(delegateInSentence(seat)).toBe('Lãnh đạo UBND tỉnh – Tỉnh Hà Tĩnh');
    expect(delegateInSentence({ name: null, position: 'Bí thư Đảng ủy', unitName: null })).toBe(
      'Bí thư Đảng ủy',
    );
    expect(delegateInSentence({ name: null, position: null, unitName: null })).toBe('Chưa có tên');
    expect(delegateName(seat)).toBe('Chưa có tên');
  });
});
