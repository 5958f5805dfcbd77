import type { ErrorCode } from '../../contracts/common';

/** The one error type of the server: a stable code, a Vietnamese message, optional details. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message?: string,
    readonly details?: unknown,
  ) {
    super(message ?? DEFAULT_MESSAGES[code]);
  }
}

/** Code → HTTP status: the one table. */
export const HTTP_STATUS: Record<ErrorCode, number> = {
  VALIDATION_FAILED: 400,
  UNAUTHENTICATED: 401,
  INVALID_CREDENTIALS: 401,
  ACCOUNT_LOCKED: 429,
  ACCOUNT_DISABLED: 403,
  FORBIDDEN: 403,
  OUT_OF_SCOPE: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  RATE_LIMITED: 429,
  TOKEN_INVALID: 400,
  TOKEN_EXPIRED: 410,
  CSRF_REFUSED: 403,
  INTERNAL: 500,
  pdf_unavailable: 503,
};

export const DEFAULT_MESSAGES: Record<ErrorCode, string> = {
  VALIDATION_FAILED: 'Dữ liệu gửi lên không hợp lệ.',
  UNAUTHENTICATED: 'Bạn cần đăng nhập để tiếp tục.',
  INVALID_CREDENTIALS: 'Tên đăng nhập hoặc mật khẩu không đúng.',
  ACCOUNT_LOCKED: 'Tài khoản tạm khóa do nhập sai mật khẩu nhiều lần.',
  ACCOUNT_DISABLED: 'Tài khoản đã bị vô hiệu hóa. Liên hệ quản trị viên.',
  FORBIDDEN: 'Bạn không có quyền thực hiện thao tác này.',
  OUT_OF_SCOPE: 'Đơn vị này nằm ngoài phạm vi được giao cho tài khoản của bạn.',
  NOT_FOUND: 'Không tìm thấy dữ liệu yêu cầu.',
  CONFLICT: 'Dữ liệu bị trùng với dữ liệu đã có.',
  PAYLOAD_TOO_LARGE: 'Dữ liệu gửi lên vượt quá dung lượng cho phép.',
  UNSUPPORTED_MEDIA_TYPE: 'Loại tệp này không được nhận. Chỉ nhận PDF, DOCX, XLSX và ảnh (PNG, JPEG).',
  RATE_LIMITED: 'Bạn thao tác quá nhanh. Vui lòng thử lại sau ít phút.',
  TOKEN_INVALID: 'Mã QR hoặc đường dẫn không hợp lệ (không do hệ thống cấp hoặc đã bị sửa).',
  TOKEN_EXPIRED: 'Mã QR hoặc đường dẫn đã hết hạn.',
  CSRF_REFUSED:
    'Yêu cầu bị từ chối vì không được gửi từ trang của hệ thống. Vui lòng mở lại trang PhongTrào và thử lại.',
  INTERNAL: 'Đã có lỗi ở máy chủ. Vui lòng thử lại sau.',
  pdf_unavailable: 'Máy chủ chưa cài LibreOffice nên chưa xuất được PDF. Vui lòng tải bản DOCX.',
};

export const notFound = (what: string, details?: unknown) =>
  new AppError('NOT_FOUND', `Không tìm thấy ${what}.`, details);
