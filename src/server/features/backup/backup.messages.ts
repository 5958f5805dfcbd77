/** The backup feature's Vietnamese messages, reviewed in one place. */
export const backupMessages = {
  tableMissing: (table: string) => `Bảng ${table} không có trong cơ sở dữ liệu.`,
  unknownColumns: (table: string, columns: string[]) => `Bảng ${table} không có cột ${columns.join(', ')}.`,
  notBackupV1: 'Tệp không phải bản sao lưu PhongTrào (phiên bản 1).',
  notBackup: 'Tệp không phải bản sao lưu PhongTrào (phiên bản 1 hoặc 2).',
  targetNotEmpty: 'Cơ sở dữ liệu đích đã có dữ liệu; chỉ khôi phục vào cơ sở dữ liệu trống.',
  dataAfterEnd: 'Bản sao lưu có dữ liệu sau dòng kết thúc.',
  unknownTable: (table: string) => `Bản sao lưu có bảng lạ: ${table}.`,
  rowBeforeTable: 'Bản sao lưu có dòng dữ liệu trước tên bảng.',
  incomplete: 'Bản sao lưu không đầy đủ (thiếu dòng kết thúc); không khôi phục gì.',
};
