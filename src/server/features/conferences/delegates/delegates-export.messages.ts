/** The delegate sheets' Vietnamese text (the import template and the seating list), reviewed in one place. */

/** The STT of a template's example rows; the importer skips them. */
export const EXAMPLE_MARK = 'Ví dụ';

export const delegatesExportMessages = {
  // The import template (delegateTemplate).
  templateSheet: 'Đại biểu',
  listsSheet: 'Danh mục',
  groupList: 'Nhóm',
  pointList: 'Điểm cầu',
  /** The formula of a list kept on the hidden sheet. */
  listRange: (column: string, count: number) => `'Danh mục'!$${column}$2:$${column}$${count + 1}`,
  chooseFromList: (title: string) => `Chọn ${title.toLowerCase()} trong danh sách của hội nghị.`,
  /** The example rows, without the group and the point (this conference's first ones are added). */
  examples: [
    {
      person: ['Nguyễn Văn An', 'Chủ tịch UBND', 'UBND xã Cẩm Bình', '0912345678', 'an.nv@example.vn'],
      note: 'Dòng ví dụ: không được nhập',
    },
    {
      person: ['Trần Thị Bình', 'Công chức Văn hóa - Xã hội', 'UBND xã Cẩm Bình', '0987654321', ''],
      note: 'Xóa hoặc giữ nguyên dòng này',
    },
  ],

  // The seating list (seatingWorkbook).
  otherDelegates: 'Đại biểu khác',
  seatingSheet: 'Xếp chỗ ngồi',
  seatingTitle: 'DANH SÁCH XẾP CHỖ NGỒI ĐẠI BIỂU',
  seatingSubtitle: (title: string, date: string | null) => `${title}${date ? ` — ngày ${date}` : ''}`,
  sectionHeading: (number: string | number, title: string, count: number) =>
    `${number}. ${title} (${count} đại biểu)`,
};

/** The headers of the delegate list's columns (the template writes them; the importer reads them by their match). */
export const DELEGATE_COLUMN_TITLES = {
  index: 'STT',
  name: 'Họ và tên',
  position: 'Chức vụ',
  unit: 'Đơn vị',
  phone: 'Điện thoại',
  email: 'Email',
  group: 'Nhóm',
  point: 'Điểm cầu',
  seat: 'Chỗ ngồi',
  note: 'Ghi chú',
} as const;

/** The seating list's columns: header and width. */
export const SEATING_COLUMNS = [
  ['STT', 6],
  ['Chỗ ngồi', 10],
  ['Họ và tên', 26],
  ['Chức vụ', 30],
  ['Đơn vị', 34],
  ['Điểm cầu', 24],
] as const;
