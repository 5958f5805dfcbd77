import type { ErrorCode } from '../../contracts/common';

/** Each error code's message, when the thrower gives none (platform/errors.ts). */
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

export const errorsMessages = {
  /** `what` names the thing looked for: "văn bản số 12". */
  notFound: (what: string) => `Không tìm thấy ${what}.`,
};
