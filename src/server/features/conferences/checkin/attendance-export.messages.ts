/** The attendance workbook's Vietnamese text: sheet names, headers, statuses, titles. */
export const attendanceExportMessages = {
  columns: [
    ['STT', 6],
    ['Họ và tên', 28],
    ['Chức vụ', 26],
    ['Đơn vị', 30],
    ['Thành phần', 22],
    ['Điểm cầu', 26],
    ['Tình trạng', 24],
    ['Thời gian', 17],
  ] as const,
  present: 'Có mặt',
  absent: (reason: string | null) => `Vắng (${reason ?? 'không rõ lý do'})`,
  declined: 'Vắng (đã báo không tham dự)',
  notCheckedIn: 'Chưa điểm danh',
  summarySheet: 'Tổng hợp',
  summaryTitle: (title: string) => `TỔNG HỢP ĐIỂM DANH — ${title.toUpperCase()}`,
  countHeaders: ['Dự kiến', 'Có mặt', 'Vắng có lý do', 'Tỷ lệ có mặt'] as const,
  wholeConference: 'Toàn hội nghị',
  allDelegates: 'Tổng số đại biểu',
  byPoint: 'Theo điểm cầu',
  byGroup: 'Theo thành phần',
  outOfScope: 'Chỉ ban tổ chức và cấp trên của hội nghị tải được danh sách điểm danh.',
  subtitle: (day: string | null, updated: string) =>
    `${day !== null ? `Ngày ${day} — ` : ''}cập nhật lúc ${updated}`,
  listSheet: 'Danh sách',
  listTitle: (title: string) => `DANH SÁCH ĐIỂM DANH ĐẠI BIỂU — ${title.toUpperCase()}`,
};
