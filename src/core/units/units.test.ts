import { describe, expect, it } from 'vitest';
import { historyNote } from './history-note';
import { typeFromFullName, villageFullName } from './unit-types';

const at = '2025-07-01';

describe('historyNote', () => {
  it('names whole and partial predecessors of a merged commune', () => {
    expect(
      historyNote(
        [
          { fullName: 'Phường Trúc Bạch', kind: 'full', effectiveDate: at },
          { fullName: 'Phường Quán Thánh', kind: 'full', effectiveDate: at },
          { fullName: 'Phường Ngọc Hà', kind: 'partial', effectiveDate: at },
        ],
        [],
      ),
    ).toBe(
      'Thành lập từ ngày 01/07/2025 trên cơ sở sáp nhập toàn bộ Phường Trúc Bạch, Phường Quán Thánh và một phần Phường Ngọc Hà.',
    );
  });

  it('says when a unit was only reorganised as it was', () => {
    expect(historyNote([{ fullName: 'Thành phố Hà Nội', kind: 'full', effectiveDate: at }], [])).toBe(
      'Từ ngày 01/07/2025 tổ chức lại trên cơ sở nguyên trạng Thành phố Hà Nội.',
    );
  });

  it('says where an old unit went, whole or split', () => {
    expect(historyNote([], [{ fullName: 'Phường Ba Đình', kind: 'full', effectiveDate: at }])).toBe(
      'Từ ngày 01/07/2025 sáp nhập vào Phường Ba Đình.',
    );
    expect(
      historyNote(
        [],
        [
          { fullName: 'Phường Ngọc Hà', kind: 'partial', effectiveDate: at },
          { fullName: 'Phường Giảng Võ', kind: 'partial', effectiveDate: at },
        ],
      ),
    ).toBe('Từ ngày 01/07/2025 được chia, sáp nhập vào Phường Ngọc Hà và Phường Giảng Võ.');
  });

  it('has nothing to say without links', () => {
    expect(historyNote([], [])).toBeNull();
  });
});

describe('unit types', () => {
  it.each([
    ['province', 'Thành phố Hà Nội', 'thành phố trực thuộc trung ương'],
    ['province', 'Tỉnh Hà Tĩnh', 'tỉnh'],
    ['district', 'Thị xã Kỳ Anh', 'thị xã'],
    ['district', 'Thành phố Hà Tĩnh', 'thành phố thuộc tỉnh'],
    ['district', 'Quận 1', 'quận'],
    ['commune', 'Thị trấn Cẩm Xuyên', 'thị trấn'],
    ['commune', 'Xã Cẩm Xuyên', 'xã'],
    ['commune', 'Đặc khu Côn Đảo', 'đặc khu'],
    ['commune', 'Ấp Một', null],
  ] as const)('reads the %s type of %j as %j', (level, fullName, expected) => {
    expect(typeFromFullName(level, fullName)).toBe(expected);
  });

  it.each([
    ['thôn', 'Trung Hà', 'Thôn Trung Hà'],
    ['thôn', 'Thôn 1', 'Thôn 1'],
    ['tổ dân phố', 'Số 3', 'Tổ dân phố Số 3'],
  ])('writes a %s named %j as %j', (type, name, expected) => {
    expect(villageFullName(type, name)).toBe(expected);
  });
});
