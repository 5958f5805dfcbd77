/** The imports feature's Vietnamese messages (the upload, the readers, the worker, the name mappings), in one place. */
export const importsMessages = {
  // The upload route.
  viewerCannotImport: 'Tài khoản chỉ xem không nhập được kế hoạch.',
  /** The upload as `readOneFile` names it. */
  planFile: 'tệp kế hoạch',

  // The readers (readers.ts).
  emptyFile: 'Tệp rỗng, không có nội dung để đọc.',
  legacyDoc: 'Tệp Word 97-2003 (.doc) chưa đọc được; hãy mở bằng Word và lưu thành .docx hoặc PDF.',
  notText: (fileName: string) =>
    `Tệp ${fileName ? `"${fileName}" ` : ''}không phải văn bản đọc được (chỉ nhận DOCX, PDF có lớp chữ, TXT).`,
  brokenDocx: 'Tệp DOCX bị hỏng, không mở được.',
  zipNotWord: 'Tệp nén không phải tài liệu Word (.docx).',
  docxWithoutText: 'Tệp DOCX không có nội dung chữ.',
  pdfToolMissing: 'Máy chủ chưa cài pdftotext (gói poppler-utils) nên chưa đọc được PDF; hãy gửi tệp DOCX.',
  brokenPdf: 'Tệp PDF bị hỏng hoặc có mật khẩu, không đọc được.',
  scannedPdf: 'Tệp PDF không có lớp văn bản (bản scan); hãy gửi bản DOCX hoặc PDF có chữ.',

  // The parse runner and its worker.
  busy: 'Máy chủ đang đọc nhiều tệp cùng lúc; vui lòng gửi lại sau ít phút.',
  tooSlow: (seconds: number) =>
    `Tệp đọc quá lâu (quá ${seconds} giây), máy chủ đã dừng đọc; hãy kiểm tra hoặc lưu lại tệp rồi gửi lại.`,
  tooMuchMemory: (megabytes: number) =>
    `Tệp cần quá nhiều bộ nhớ để đọc (trên ${megabytes} MB), máy chủ đã dừng đọc.`,
  readerCrashed: 'Tệp làm hỏng trình đọc của máy chủ, không đọc được.',
  workerBug: 'Đã có lỗi ở máy chủ khi đọc tệp. Vui lòng thử lại sau.',

  // The name mappings.
  emptyName: 'Tên cần ghi nhớ đang trống.',
  outsideArea: (unitName: string, areaName: string) => `${unitName} không thuộc ${areaName}.`,
  unitOrPosition: 'Chọn đơn vị, hoặc ghi chức danh trong đơn vị.',
};
