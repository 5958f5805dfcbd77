import { describe, expect, it } from 'vitest';
import {
  namedLevel,
  parseRule,
  parseRuleLine,
  splitPosts,
  splitRuleLines,
  villagePost,
} from './composition-rules';

describe('composition rules', () => {
  it.each([
    ['Chủ tịch UBND các xã, thị trấn', 'các xã, thị trấn', [['Chủ tịch UBND', 'commune']]],
    ['Chủ tịch UBMTTQVN các xã, thị trấn.', 'các xã, thị trấn', [['Chủ tịch UBMTTQVN', 'commune']]],
    [
      'Công chức Văn hóa - Xã hội các xã, thị trấn',
      'các xã, thị trấn',
      [['Công chức Văn hóa - Xã hội', 'commune']],
    ],
    [
      'Bí thư Đảng ủy, Chủ tịch HĐND, Chủ tịch UBND, Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam, cán bộ, công chức phụ trách công tác thi đua, khen thưởng các xã, thị trấn',
      'các xã, thị trấn',
      [
        ['Bí thư Đảng ủy', 'commune'],
        ['Chủ tịch HĐND', 'commune'],
        ['Chủ tịch UBND', 'commune'],
        ['Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam', 'commune'],
        ['Cán bộ, công chức phụ trách công tác thi đua, khen thưởng', 'commune'],
      ],
    ],
    [
      'Trưởng thôn, tổ dân phố các xã, thị trấn',
      'các xã, thị trấn',
      [['Trưởng thôn, tổ dân phố', 'village']],
    ],
    ['Bí thư chi bộ các thôn', 'các thôn', [['Bí thư chi bộ', 'village']]],
    ['Chủ tịch UBND các phường', 'các phường', [['Chủ tịch UBND', 'commune']]],
    ['Trưởng phòng Văn hóa các huyện, thị xã', 'các huyện, thị xã', [['Trưởng phòng Văn hóa', 'district']]],
    ['- Lãnh đạo UBND tỉnh;', null, [['Lãnh đạo UBND tỉnh', null]]],
    [
      'Đại diện lãnh đạo Ban Tuyên giáo Huyện ủy',
      null,
      [['Đại diện lãnh đạo Ban Tuyên giáo Huyện ủy', null]],
    ],
    ['Đại diện các ban, ngành, đoàn thể huyện', null, [['Đại diện các ban, ngành, đoàn thể huyện', null]]],
  ] as const)('reads "%s"', (line, collective, posts) => {
    const read = parseRuleLine(line);
    expect(read.collective).toBe(collective);
    expect(read.posts.map((p) => [p.post, p.level])).toEqual(posts);
    expect(read.isOpenEnded).toBe(false);
  });

  it.each([
    'Các tập thể, cá nhân được khen thưởng trên địa bàn xã, thị trấn',
    'Các cơ quan, đơn vị, doanh nghiệp được khen thưởng (có giấy mời riêng)',
    'Các xã, thị trấn',
  ])('makes no seat for the open-ended "%s"', (line) => {
    expect(parseRuleLine(line)).toMatchObject({ isOpenEnded: true, posts: [] });
  });

  it('reads a person the plan names', () => {
    expect(parseRuleLine('Đ/c Đỗ Hoài Xoan – PCT. UBND huyện, Trưởng ban Chỉ đạo')).toMatchObject({
      personName: 'Đỗ Hoài Xoan',
      posts: [{ post: 'PCT. UBND huyện, Trưởng ban Chỉ đạo', level: null }],
    });
  });

  it('splits a rule into lines on new lines and semicolons, without bullets', () => {
    expect(
      splitRuleLines('- Chủ tịch UBND các xã;\n+ Lãnh đạo UBND tỉnh.\n\n a) Trưởng thôn các xã'),
    ).toEqual(['Chủ tịch UBND các xã', 'Lãnh đạo UBND tỉnh', 'Trưởng thôn các xã']);
    expect(parseRule('Chủ tịch UBND các xã\nLãnh đạo UBND tỉnh')).toHaveLength(2);
  });

  it.each([
    ['Chủ tịch HĐND, Chủ tịch UBND', ['Chủ tịch HĐND', 'Chủ tịch UBND']],
    ['Trưởng thôn, tổ dân phố', ['Trưởng thôn, tổ dân phố']],
    ['cán bộ, công chức văn hóa', ['Cán bộ, công chức văn hóa']],
    ['Chủ tịch UBND (hoặc Phó Chủ tịch)', ['Chủ tịch UBND']],
  ])('splits the posts of "%s"', (head, posts) => {
    expect(splitPosts(head)).toEqual(posts);
  });

  it.each([
    ['Trưởng thôn, tổ dân phố', 'Tổ dân phố', 'Trưởng tổ dân phố'],
    ['Trưởng thôn, tổ dân phố', 'thôn', 'Trưởng thôn'],
    ['Bí thư chi bộ', 'thôn', 'Bí thư chi bộ'],
  ])('names the village post "%s" in a %s', (post, type, expected) => {
    expect(villagePost(post, type)).toBe(expected);
  });

  it.each([
    ['Lãnh đạo UBND tỉnh', 'province'],
    ['Đại diện lãnh đạo Ban Tuyên giáo Huyện ủy', 'district'],
    ['Thành viên Ban Chỉ đạo huyện theo Quyết định số 3306/QĐ-UBND', 'district'],
    ['Lãnh đạo UBND thị xã', 'district'],
    ['Chủ tịch UBND xã', 'commune'],
    ['Công chức Văn hóa - Xã hội', null],
    ['Báo cáo viên', null],
  ] as const)('finds the level "%s" names', (line, level) => {
    expect(namedLevel(line)).toBe(level);
  });
});
