/** The Vietnamese messages of tasks: their structure, follow-up, reports and attachments. */
export const tasksMessages = {
  taskNumbered: (id: number) => `nhiệm vụ số ${id}`,
  reportersOnly: 'Chỉ đơn vị chủ trì, phối hợp hoặc đơn vị lập kế hoạch mới cập nhật nhiệm vụ này.',
  leadMissingTask: 'Nhiệm vụ chưa có đơn vị chủ trì (Thực hiện).',
  leadRequired: 'Nhiệm vụ phải có ít nhất một đơn vị chủ trì.',
  leadMissing: 'Thiếu đơn vị chủ trì',
  issuedNoDelete: 'Nhiệm vụ của kế hoạch đã ban hành không xóa được; hãy chuyển sang "Tạm dừng".',
  reportedNoDelete: 'Nhiệm vụ đã có báo cáo tiến độ, không xóa được.',

  // Reports and their files.
  reportTextMissing: 'Cần nội dung báo cáo.',
  reportTextField: 'Thiếu nội dung',
  fileRefused: (fileName: string, reason: string) => `Tệp "${fileName}": ${reason}`,
  fileNotAccepted: (fileName: string) =>
    `Tệp "${fileName}" không phải PDF, DOCX, XLSX hoặc ảnh PNG/JPEG hợp lệ.`,
  fileTooLarge: (fileName: string) => `Tệp "${fileName}" vượt quá 10 MB.`,
  reportTooLarge: (megabytes: number) => `Báo cáo kèm tệp lớn hơn ${megabytes} MB, không nhận.`,
  attachmentNumbered: (id: number) => `tệp đính kèm số ${id}`,
};
