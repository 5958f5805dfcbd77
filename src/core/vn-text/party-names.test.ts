import { describe, expect, it } from 'vitest';
import { collectiveLevel, isPosition, matchParty, partyKey } from './party-names';

const candidates = [
  { id: 1, level: 'organization', names: ['Phòng Văn hóa và Thông tin', 'Phòng VH&TT'] },
  { id: 2, level: 'organization', names: ['Ủy ban Mặt trận Tổ quốc Việt Nam xã Cẩm Xuyên', 'UBMTTQ'] },
  { id: 3, level: 'organization', names: ['Phòng Nội vụ'] },
  { id: 4, level: 'organization', names: ['Công đoàn cơ sở xã', 'CĐCS'] },
];

describe('party names', () => {
  it.each([
    ['Phòng VH&TT', 'Phòng Văn hóa và Thông tin'],
    ['Phòng Văn hóa - Thông tin', 'Phòng Văn hóa và Thông tin'],
    ['UBND xã', 'Ủy ban nhân dân xã'],
  ])('%s and %s share a key', (a, b) => expect(partyKey(a)).toBe(partyKey(b)));

  it.each([
    ['Phòng Văn hóa -Thông tin', 1],
    ['phòng văn hoá thông tin', 1],
    ['Ủy ban Mặt trận Tổ quốc', 2],
    ['UBMTTQVN xã', 2],
    ['Phòng Nội vụ', 3],
    ['CĐCS xã', 4],
  ])('"%s" matches candidate %i', (name, id) => expect(matchParty(name, candidates)?.id).toBe(id));

  it.each(['Phòng Y tế', 'Trung tâm Văn hóa - Truyền thông', ''])('"%s" matches nothing', (name) =>
    expect(matchParty(name, candidates)).toBeNull(),
  );

  it.each([
    ['UBND các xã, thị trấn', 'commune'],
    ['Ban Chỉ đạo phong trào các xã, thị trấn', 'commune'],
    ['các thôn, tổ dân phố', 'village'],
    ['Các huyện, thị xã, thành phố', 'district'],
    ['Các ban, ngành thành viên Ban chỉ đạo', null],
    ['Phòng Nội vụ', null],
  ])('"%s" is collective at level %s', (name, level) => expect(collectiveLevel(name)).toBe(level));

  it('tells a position from a body', () => {
    expect(isPosition('Công chức Văn hóa - Xã hội xã')).toBe(true);
    expect(isPosition('Chủ tịch UBND xã')).toBe(true);
    expect(isPosition('Phòng Văn hóa và Thông tin')).toBe(false);
  });
});
