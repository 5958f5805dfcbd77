/** The Excel register's words (Phụ lục IV of NĐ 30/2020), reviewed in one place. */
export const registerExportMessages = {
  /** The ten columns of the Sổ đăng ký văn bản đi, each with its width. */
  columns: [
    ['Số, ký hiệu văn bản', 16],
    ['Ngày tháng văn bản', 12],
    ['Tên loại và trích yếu nội dung văn bản', 48],
    ['Người ký', 22],
    ['Nơi nhận văn bản', 30],
    ['Đơn vị, người nhận bản lưu', 18],
    ['Số lượng bản', 8],
    ['Ngày chuyển', 12],
    ['Ký nhận', 12],
    ['Ghi chú', 16],
  ] as const,
  sheetName: (year: number) => `Sổ văn bản đi ${year}`,
  title: (year: number, unitName: string) => `SỔ ĐĂNG KÝ VĂN BẢN ĐI NĂM ${year} — ${unitName.toUpperCase()}`,
};
