import { describe, expect, it } from 'vitest';
import {
  ISSUER_ABBREVIATION_MAX,
  ISSUER_ABBREVIATION_PATTERN,
  documentSymbol,
  issuerAbbreviation,
  unitIssuerAbbreviation,
} from './issuer-abbreviation';

/** Body → its group of the ký hiệu (NĐ 30/2020, Phụ lục III); the README's table is this one. */
const BODIES: [string, string][] = [
  ['Ủy ban nhân dân tỉnh Hà Tĩnh', 'UBND'],
  ['Uỷ ban nhân dân huyện Cẩm Xuyên', 'UBND'],
  ['Ủy ban nhân dân xã Cẩm Xuyên', 'UBND'],
  ['UBND xã Cẩm Xuyên', 'UBND'],
  ['UBND huyện Cẩm Xuyên', 'UBND'],
  ['Hội đồng nhân dân tỉnh Hà Tĩnh', 'HĐND'],
  ['HĐND xã', 'HĐND'],
  ['Sở Nội vụ', 'SNV'],
  ['Sở Nội vụ tỉnh Hà Tĩnh', 'SNV'],
  ['Sở Nội vụ thành phố Hà Nội', 'SNV'],
  ['Ban Quản lý dự án phát triển nông thôn', 'BQLDAPTNT'],
  ['Sở Văn hóa, Thể thao và Du lịch', 'SVHTTDL'],
  ['Sở VHTTDL', 'SVHTTDL'],
  ['Phòng Văn hóa và Thông tin', 'PVHTT'],
  ['Phòng VH&TT', 'PVHTT'],
  ['Phòng Văn hóa - Xã hội', 'PVHXH'],
  ['Phòng VH-XH', 'PVHXH'],
  ['Phòng Văn hóa - Xã hội huyện Cẩm Xuyên', 'PVHXH'],
  ['Ban Chỉ đạo phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa" xã Quyết Thắng', 'BCĐ'],
  ['Ban Chỉ đạo', 'BCĐ'],
  ['BCĐ', 'BCĐ'],
  ['Hội đồng Thi đua - Khen thưởng huyện Cẩm Xuyên', 'HĐTĐKT'],
  ['Hội đồng TĐKT', 'HĐTĐKT'],
  ['Ban Thi đua - Khen thưởng tỉnh Hà Tĩnh', 'BTĐKT'],
  ['Văn phòng HĐND và UBND huyện Cẩm Xuyên', 'VP'],
  ['VP HĐND-UBND', 'VP'],
  ['Văn phòng', 'VP'],
  ['Trung tâm Văn hóa - Thể thao huyện Cẩm Xuyên', 'TTVHTT'],
  ['Ủy ban Mặt trận Tổ quốc Việt Nam xã Cẩm Xuyên', 'MTTQ'],
  ['Ủy ban MTTQ xã', 'MTTQ'],
  ['MTTQ', 'MTTQ'],
  ['Hội Liên hiệp Phụ nữ xã Cẩm Xuyên', 'HLHPN'],
  ['Hội LHPN', 'HLHPN'],
  ['Đoàn Thanh niên', 'ĐTN'],
];

describe('the issuing body group of a ký hiệu', () => {
  it.each(BODIES)('%s → %s', (name, group) => {
    expect(issuerAbbreviation(name)).toBe(group);
  });

  it('is always what an administrator could have typed: no spaces, punctuation, quotes or "&"', () => {
    for (const [name] of BODIES) expect(issuerAbbreviation(name), name).toMatch(ISSUER_ABBREVIATION_PATTERN);
    const long =
      'Ban Quản lý dự án đầu tư xây dựng công trình dân dụng, công nghiệp, giao thông, nông nghiệp và phát triển nông thôn';
    expect(issuerAbbreviation(long)).toHaveLength(ISSUER_ABBREVIATION_MAX);
  });

  it('takes the abbreviation the body has set over its name', () => {
    expect(issuerAbbreviation('Văn phòng HĐND và UBND huyện Cẩm Xuyên', 'VP')).toBe('VP');
    expect(issuerAbbreviation('Ủy ban nhân dân tỉnh Hà Tĩnh', 'UBND-VX')).toBe('UBND-VX');
    expect(issuerAbbreviation('Ủy ban nhân dân tỉnh Hà Tĩnh', '  ')).toBe('UBND');
    expect(issuerAbbreviation('Ủy ban nhân dân tỉnh Hà Tĩnh', null)).toBe('UBND');
  });

  it('puts the kind before it, but a công văn has no kind code', () => {
    expect(documentSymbol('KH', 'UBND')).toBe('KH-UBND');
    expect(documentSymbol('TB', 'VP')).toBe('TB-VP');
    expect(documentSymbol('CV', 'UBND')).toBe('UBND');
  });
});

describe('the group of a unit', () => {
  it('is UBND for a province, a district or a commune, whatever its name', () => {
    for (const level of ['province', 'district', 'commune'])
      expect(unitIssuerAbbreviation({ level, name: 'Cẩm Xuyên', symbol: null })).toBe('UBND');
  });

  it('comes from the name of an organization, and the set one wins at any level', () => {
    const org = { level: 'organization', name: 'Sở Văn hóa, Thể thao và Du lịch', symbol: null };
    expect(unitIssuerAbbreviation(org)).toBe('SVHTTDL');
    expect(unitIssuerAbbreviation({ ...org, symbol: 'SVHTT' })).toBe('SVHTT');
    expect(unitIssuerAbbreviation({ level: 'commune', name: 'Cẩm Xuyên', symbol: 'UBND-VX' })).toBe(
      'UBND-VX',
    );
  });
});
