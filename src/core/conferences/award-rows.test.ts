import { describe, expect, it } from 'vitest';
import { AWARD_COLUMNS, awardeeKindOf, readAwardRows } from './award-rows';

describe('awardeeKindOf', () => {
  it.each([
    ['Tập thể', 'collective'],
    ['tap the', 'collective'],
    ['Cá nhân', 'individual'],
    ['CÁ NHÂN', 'individual'],
    ['Hộ gia đình', 'household'],
    ['Hộ', 'household'],
    ['Khác', null],
    ['', null],
  ])('reads %j as %s', (text, kind) => {
    expect(awardeeKindOf(text)).toBe(kind);
  });
});

describe('readAwardRows', () => {
  it('finds the header by its names in any order, continues batches and reports incomplete rows', () => {
    const sheet = [
      ['DANH SÁCH KHEN THƯỞNG'],
      [],
      [
        'STT',
        'Tên',
        'Loại',
        'Hình thức khen thưởng',
        'Số quyết định',
        'Chức vụ, đơn vị / Địa chỉ',
        'Đợt',
        'Người trao',
      ],
      [
        '1',
        'UBND xã Cẩm Bình',
        'Tập thể',
        'Bằng khen của Chủ tịch UBND tỉnh',
        '125/QĐ-UBND',
        '',
        'Đợt 1',
        'Nguyễn Văn A',
      ],
      [
        '2',
        'Trần Thị B',
        'Cá nhân',
        'Bằng khen của Chủ tịch UBND tỉnh',
        '125/QĐ-UBND',
        'Chủ tịch Hội LHPN xã',
        '',
        '',
      ],
      ['3', '', 'Cá nhân', 'Giấy khen', '', '', '', ''],
      ['4', 'Lê Văn C', 'Cá nhân', '', '', '', '', ''],
      ['5', 'Hộ ông Phan D', 'Người lạ', 'Giấy khen', '', 'Thôn 3', '', ''],
      ['', '', '', '', '', '', '', ''],
      [
        '6',
        'Phan Văn E',
        'Hộ gia đình',
        'Giấy khen của Chủ tịch UBND xã',
        '12/QĐ-UBND',
        'Thôn 5',
        'Đợt 2',
        'Lê Thị F',
      ],
    ];
    const { rows, errors } = readAwardRows(sheet);
    expect(rows.map((r) => [r.row, r.batch, r.presenter, r.kind, r.name])).toEqual([
      [4, 'Đợt 1', 'Nguyễn Văn A', 'collective', 'UBND xã Cẩm Bình'],
      [5, 'Đợt 1', 'Nguyễn Văn A', 'individual', 'Trần Thị B'],
      [10, 'Đợt 2', 'Lê Thị F', 'household', 'Phan Văn E'],
    ]);
    expect(rows[1]).toMatchObject({ detail: 'Chủ tịch Hội LHPN xã', decisionNumber: '125/QĐ-UBND' });
    expect(errors).toEqual([
      { row: 6, message: 'Thiếu tên.' },
      { row: 7, message: '"Lê Văn C": thiếu hình thức khen thưởng.' },
      { row: 8, message: '"Hộ ông Phan D": loại "Người lạ" không rõ (Tập thể, Cá nhân hoặc Hộ gia đình).' },
    ]);
  });

  it('reads the template header and puts rows before any "Đợt" in one default batch', () => {
    const { rows, errors } = readAwardRows([
      [...AWARD_COLUMNS],
      ['', '', 'Cá nhân', 'Nguyễn Văn G', '', 'Giấy khen', ''],
    ]);
    expect(errors).toEqual([]);
    expect(rows).toEqual([
      {
        row: 2,
        batch: 'Khen thưởng',
        presenter: null,
        kind: 'individual',
        name: 'Nguyễn Văn G',
        detail: null,
        awardForm: 'Giấy khen',
        decisionNumber: null,
      },
    ]);
  });

  it('reports a sheet without the header instead of guessing', () => {
    const { rows, errors } = readAwardRows([
      ['Họ tên người nhận', 'Ghi chú'],
      ['A', 'B'],
    ]);
    expect(rows).toEqual([]);
    expect(errors[0]!.row).toBe(0);
    expect(errors[0]!.message).toContain('Hình thức khen thưởng');
  });

  it('reports a cell too long and keeps the rows after it', () => {
    const { rows, errors } = readAwardRows([
      ['Loại', 'Tên', 'Hình thức khen thưởng'],
      ['Cá nhân', 'x'.repeat(301), 'Giấy khen'],
      ['Cá nhân', 'Ngắn', 'Giấy khen'],
    ]);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toContain('dài quá 300 ký tự');
    expect(rows.map((r) => r.name)).toEqual(['Ngắn']);
  });
});
