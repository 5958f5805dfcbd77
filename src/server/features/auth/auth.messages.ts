/** The auth feature's Vietnamese messages, reviewed in one place. */
export const authMessages = {
  /** `local` is the unlock instant as ISO text in Vietnam's time (UTC+7). */
  locked: (maxFailedLogins: number, local: string) =>
    `Tài khoản tạm khóa do nhập sai mật khẩu ${maxFailedLogins} lần liên tiếp. Vui lòng thử lại sau ${local.slice(11, 16)} ngày ${local.slice(8, 10)}/${local.slice(5, 7)}/${local.slice(0, 4)}.`,
};
