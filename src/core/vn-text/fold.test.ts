import { describe, expect, it } from 'vitest';
import { canonicalTone, foldKeepingLength, foldVietnamese } from './fold';
import { hasDiacritics, unitSearchKey, unitSearchTerms, unitToneKey } from './unit-names';

describe('foldVietnamese', () => {
  it.each([
    ['Hòa', 'hoa'],
    ['Hoà', 'hoa'],
    ['Thủy', 'thuy'],
    ['Thuỷ', 'thuy'],
    ['Đắk Lắk', 'dak lak'],
    ['  Phường  THỦY   Xuân ', 'phuong thuy xuan'],
    ['Bà Rịa - Vũng Tàu', 'ba ria vung tau'],
    ['Phòng VH&TT', 'phong vh tt'],
    // decomposed input (NFD from a PDF) folds like composed input
    ['Ha\u0300 Nô\u0323i', 'ha noi'],
  ])('folds %j to %j', (input, expected) => {
    expect(foldVietnamese(input)).toBe(expected);
  });
});

describe('canonicalTone', () => {
  it.each([
    ['Hòa', 'Hoà'],
    ['Thủy', 'Thuỷ'],
    ['Khánh Hòa', 'Khánh Hoà'],
    ['Thanh Hóa', 'Thanh Hoá'],
    ['khỏe', 'khoẻ'],
  ])('treats %j and %j as the same spelling', (oldStyle, newStyle) => {
    expect(canonicalTone(oldStyle)).toBe(canonicalTone(newStyle));
  });

  it.each([
    ['Hoàn', 'hoàn'],
    ['Người', 'người'],
    ['Quyết', 'quyết'],
    ['Giang', 'giang'],
    ['Thủy', 'thuỷ'],
    ['Tòa', 'toà'],
  ])('places the tone of %j as in %j', (input, expected) => {
    expect(canonicalTone(input)).toBe(expected.normalize('NFC'));
  });

  it('keeps words whose diacritics differ apart', () => {
    expect(canonicalTone('Hà Nam')).not.toBe(canonicalTone('Hạ Nam'));
  });
});

describe('unitSearchKey', () => {
  it.each([
    ['Xã Cẩm Xuyên', 'cam xuyen'],
    ['xa cam xuyen', 'cam xuyen'],
    ['Thị xã Kỳ Anh', 'ky anh'],
    ['Thành phố Hà Nội', 'ha noi'],
    ['Phường Thủy Xuân', 'thuy xuan'],
    ['Tổ dân phố 3', '3'],
    ['Đặc khu Côn Đảo', 'con dao'],
    ['Xuân Hòa', 'xuan hoa'],
    ['xã', 'xa'],
    ['Quận 1', '1'],
    // "Quan" with marks is a name (huyện Quan Hóa), not the type word "quận"
    ['Quan Hóa', 'quan hoa'],
    ['Huyện Quan Hóa', 'quan hoa'],
  ])('keys %j as %j', (input, expected) => {
    expect(unitSearchKey(input)).toBe(expected);
  });
});

describe('unitToneKey', () => {
  it.each([
    ['Phường Hòa Bình', 'hoà bình'],
    ['hoà bình', 'hoà bình'],
    ['Thị xã Kỳ Anh', 'kỳ anh'],
    ['Xã  Thủy Xuân', 'thuỷ xuân'],
    ['xã', 'xã'],
  ])('keys %j as %j', (input, expected) => {
    expect(unitToneKey(input)).toBe(expected.normalize('NFC'));
  });

  it('tells a query typed with marks from one typed without', () => {
    expect(hasDiacritics('hoà')).toBe(true);
    expect(hasDiacritics('Đông')).toBe(true);
    expect(hasDiacritics('hoa binh')).toBe(false);
    expect(hasDiacritics('Quan 1')).toBe(false);
  });
});

describe('unitSearchTerms', () => {
  it.each([
    ['Xã Cẩm Xuyên', { full: 'xa cam xuyen', stripped: 'cam xuyen', tone: 'cẩm xuyên' }],
    ['xa cam xuyen', { full: 'xa cam xuyen', stripped: 'cam xuyen', tone: null }],
    ['phuong thuỷ xuân', { full: 'phuong thuy xuan', stripped: 'thuy xuan', tone: 'phuong thuỷ xuân' }],
    ['Quan Hóa', { full: 'quan hoa', stripped: 'hoa', tone: 'quan hoá' }],
    ['hoà', { full: 'hoa', stripped: 'hoa', tone: 'hoà' }],
  ])('turns %j into match and rank terms', (query, expected) => {
    expect(unitSearchTerms(query)).toEqual({ ...expected, tone: expected.tone?.normalize('NFC') ?? null });
  });
});

describe('foldKeepingLength', () => {
  it.each([
    ['Số: 25/KH-PGD&ĐT', 'so: 25/kh-pgd&dt'],
    ['Thời gian thực hiện:', 'thoi gian thuc hien:'],
    ['“Hội nghị” 😀', '“hoi nghi” 😀'],
  ])('folds %s to %s with the same length', (input, folded) => {
    expect(foldKeepingLength(input)).toBe(folded);
    expect(foldKeepingLength(input)).toHaveLength(input.length);
  });

  it('folds every character as its definition says (first NFD unit in lower case, else itself; đ → d)', () => {
    const definition = (unit: string) => {
      if (unit === 'đ' || unit === 'Đ') return 'd';
      const base = (unit.normalize('NFD')[0] ?? unit).toLowerCase();
      return base.length === unit.length ? base : unit;
    };
    // Every code point of the Basic Multilingual Plane (lone surrogates included) and a few astral ones, in one text
    // and one by one, so the per-character memo and the ASCII fast path agree with the definition.
    const units: string[] = [];
    for (let c = 0; c <= 0xffff; c++) units.push(String.fromCharCode(c));
    units.push('😀', '𝐀', '\u{1d400}', '\u{10ffff}');
    const text = units.join('');
    const expected = [...text].map(definition).join('');
    expect(foldKeepingLength(text)).toBe(expected);
    expect(foldKeepingLength(text)).toHaveLength(text.length);
    for (const unit of ['A', 'Z', 'Ế', 'İ', 'ǅ', 'Ω', '\ud800'])
      expect(foldKeepingLength(unit)).toBe(definition(unit));
  });
});
