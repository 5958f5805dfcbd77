/** The users feature's Vietnamese messages, reviewed in one place. */
export const usersMessages = {
  /** What `notFound` names. */
  accountNumbered: (id: number) => `tài khoản số ${id}`,
  /** The scopes as the messages name them. */
  captureScopeLabel: 'Phạm vi cập nhật',
  viewScopeLabel: 'Phạm vi xem',
  nationwideOnlySystemAdmin: (label: string) => `Chỉ quản trị hệ thống được giao ${label} toàn quốc.`,
  scopeWiderThanYours: (label: string, fullName: string) => `${label} ${fullName} rộng hơn phạm vi của bạn.`,
  accountWiderThanYours:
    'Tài khoản này có phạm vi rộng hơn phạm vi của bạn nên bạn không được sửa hoặc đặt lại mật khẩu.',
  systemAdminOnlyBySystemAdmin: 'Chỉ quản trị hệ thống được tạo tài khoản quản trị hệ thống.',
  notAnOrganization: (fullName: string) => `${fullName} không phải là cơ quan, tổ chức.`,
  organizationOutsideProvince: (fullName: string) =>
    `${fullName} không thuộc tỉnh, thành phố của đơn vị của tài khoản.`,
  usernameTaken: (username: string) => `Tên đăng nhập ${username} đã có người dùng.`,
  wrongCurrentPassword: 'Mật khẩu hiện tại không đúng.',
};
