/** Check-in's and attendance's Vietnamese messages, reviewed in one place. */
export const checkinMessages = {
  conference: 'hội nghị',
  delegate: 'đại biểu',
  refused: 'Tài khoản của bạn không điểm danh được tại điểm cầu này.',
  pointGone: 'Điểm cầu này không còn trong hội nghị. Vui lòng tải lại trang điểm danh.',
  targetMissing: 'Cần mã QR (token), hoặc đại biểu (delegateId) và hội nghị (conferenceId) khi tìm theo tên.',
  pointNotDelegates: 'Điểm cầu này không thuộc hội nghị của đại biểu.',
  pointNotConference: 'Điểm cầu này không thuộc hội nghị.',
  ended: 'Hội nghị đã kết thúc nên không điểm danh được nữa.',
  cancelled: 'Hội nghị đã hủy nên không điểm danh được.',
  tokenReplaced: 'Mã QR này đã được thay bằng mã mới. Vui lòng dùng giấy mời hoặc đường dẫn mới nhất.',
  raced: 'Đại biểu vừa được cập nhật điểm danh; vui lòng quét lại.',
  /** "Trần Thị B (thay Nguyễn Văn A)": a substitute checked in for the delegate invited. */
  substitute: (substitute: string, invited: string | null) =>
    `${substitute} (thay ${invited ?? 'đại biểu được mời'})`,
};

export const attendanceMessages = {
  delegate: 'đại biểu',
  attendanceOfDelegate: 'điểm danh của đại biểu này',
  alreadyPresent:
    'Đại biểu đã điểm danh có mặt nên không ghi vắng được. Nếu điểm danh nhầm, ban tổ chức hủy điểm danh trước.',
  noPoint: 'Chưa phân điểm cầu',
  point: (id: number) => `Điểm cầu ${id}`,
  noGroup: 'Chưa phân thành phần',
  group: (id: number) => `Nhóm ${id}`,
};
