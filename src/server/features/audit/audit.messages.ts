/** The audit feature's Vietnamese messages, reviewed in one place. */
export const auditMessages = {
  adminsOnly: 'Chỉ quản trị viên được xem nhật ký.',
};
