import { describe, expect, it } from 'vitest';
import { canonicalTone, foldVietnamese } from './fold';
import { unitSearchKey } from './unit-names';

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
  ])('keys %j as %j', (input, expected) => {
    expect(unitSearchKey(input)).toBe(expected);
  });
});
