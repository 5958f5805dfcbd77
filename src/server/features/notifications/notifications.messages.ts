/** The notifications feature's Vietnamese messages, reviewed in one place. */
export const notificationsMessages = {
  /** What `notFound` names. */
  noticeNumbered: (id: number) => `thông báo số ${id}`,
};
