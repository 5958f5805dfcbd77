/** The platform's Vietnamese messages (data directory, database, jobs, mail, PDF, roles, uploads, zip), in one place. */
const MB = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;

export const platformMessages = {
  dataDirLocked: (dataDir: string, pid: number) =>
    `Thư mục dữ liệu ${dataDir} đang được tiến trình ${pid} sử dụng. ` +
    'Chỉ một tiến trình được mở cơ sở dữ liệu nhúng (PGlite) cùng lúc: hãy dừng tiến trình kia, ' +
    'hoặc đặt DATA_DIR khác, hoặc dùng PostgreSQL qua DATABASE_URL.',
  dataDirLockFailed: (dataDir: string) => `Không lấy được khoá thư mục dữ liệu ${dataDir}`,
  migrationNeedsOwner: (reason: string) =>
    `Không đủ quyền để cập nhật cấu trúc cơ sở dữ liệu (${reason}). Khi DATABASE_URL là vai trò chạy ` +
    '(db setup-roles), đặt DATABASE_OWNER_URL là địa chỉ của vai trò sở hữu.',
  jobsLogPrefix: 'Hàng đợi công việc:',
  queueMissing: (name: string) =>
    `Hàng đợi "${name}" chưa được tạo: gọi register() hoặc createQueue() trước.`,
  smtpNotConfigured: 'SMTP chưa được cấu hình',
  /** Not a message: the password hashed for a username that does not exist (passwords.ts). */
  dummyPassword: 'không-có-tài-khoản-này',
  pdfUnavailable:
    'Không tìm thấy LibreOffice (lệnh soffice) nên không tạo được PDF; cài gói libreoffice-writer-nogui hoặc đặt SOFFICE_PATH.',
  sofficeNotRun: (soffice: string, reason: string) => `Không chạy được LibreOffice (${soffice}): ${reason}`,
  sofficeTimedOut: (seconds: number) =>
    `LibreOffice không chuyển xong sang PDF sau ${seconds} giây và đã bị dừng.`,
  sofficeFailed: (code: number | string | null, output: string) =>
    `LibreOffice dừng với mã ${code} khi chuyển sang PDF: ${output || '(không có thông báo)'}`,
  sofficeNoPdf: (output: string) => `LibreOffice không tạo ra tệp PDF: ${output || '(không có thông báo)'}`,
  badRoleName: (name: string) =>
    `Tên vai trò "${name}" không hợp lệ: chỉ chữ thường không dấu, chữ số và "_", tối đa 63 ký tự.`,
  passwordWithNul: 'Mật khẩu không được chứa ký tự NUL.',
  sameRoles: 'Vai trò sở hữu và vai trò chạy phải khác nhau.',
  uploadTooLarge: (what: string, maxBytes: number) =>
    `${what.charAt(0).toUpperCase()}${what.slice(1)} lớn hơn ${maxBytes / 1024 / 1024} MB, không nhận.`,
  uploadNotMultipart: (what: string) => `Gửi ${what} dạng multipart/form-data, trường "file".`,
  uploadMissing: (what: string) => `Chưa có ${what} (trường "file").`,
  zipNotOffice: 'Tệp không phải tệp nén Office (DOCX, XLSX).',
  zipBroken: 'Tệp nén bị hỏng, không mở được.',
  zipTooManyEntries: (max: number) => `Tệp nén có quá nhiều thành phần (trên ${max}).`,
  zipEntryTooLarge: (name: string, maxBytes: number) =>
    `Một thành phần của tệp (${name}) khi giải nén vượt ${MB(maxBytes)}.`,
  zipTotalTooLarge: (maxBytes: number) => `Nội dung của tệp khi giải nén vượt ${MB(maxBytes)}.`,
  zipRatio: (ratio: number) =>
    `Tệp có thành phần nén bất thường (tỉ lệ nén trên ${ratio} lần), không đọc được.`,
  zipPartBroken: (name: string) => `Tệp nén bị hỏng (${name}), không đọc được.`,
  zipLargerThanDeclared: (name: string) =>
    `Một thành phần của tệp (${name}) khi giải nén lớn hơn kích thước tệp tự khai báo, không đọc được.`,
};
