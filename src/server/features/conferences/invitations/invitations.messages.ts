/** The invitations' and RSVP's Vietnamese messages (refusals), reviewed in one place. */
export const invitationsMessages = {
  conference: 'hội nghị',
  delegate: 'đại biểu',
  signerMissing: 'Cần người ký giấy mời (signer): chức vụ và họ tên.',
  ended: 'Hội nghị đã kết thúc, không gửi hoặc nhắc giấy mời nữa.',
  cancelled: 'Hội nghị đã hủy, không gửi hoặc nhắc giấy mời nữa.',
  /** Cancelling the giấy mời of a delegate already checked in. */
  checkedIn: (who: string | null) => `${who ?? 'Đại biểu'} đã điểm danh có mặt; không hủy giấy mời được.`,
  noDelegates: 'Chưa có đại biểu nào để in giấy mời.',
  pdfuniteMissing:
    'Máy chủ chưa cài poppler-utils (lệnh pdfunite) nên chưa ghép được PDF nhiều phần. Vui lòng tải bản DOCX.',
};

export const rsvpMessages = {
  conferenceCancelled: 'Hội nghị đã hủy. Đường dẫn và mã QR của giấy mời không còn dùng được.',
  tokenReplaced: 'Mã QR hoặc đường dẫn này đã được thay bằng mã mới; xin dùng giấy mời mới nhất.',
  unitToken: 'Đây là giấy mời của đơn vị. Chọn từng đại biểu để trả lời (mỗi đại biểu có đường dẫn riêng).',
  closed: 'Hội nghị đã kết thúc, không nhận xác nhận tham dự nữa.',
};
