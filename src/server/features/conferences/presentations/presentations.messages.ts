/** The tham luận's Vietnamese messages (refusals, notices, the reminder e-mail), reviewed in one place. */
export const presentationsMessages = {
  notFound: (id: number) => `bài tham luận số ${id}`,
  unitNotFound: (ref: string | number) => `Không tìm thấy đơn vị "${ref}".`,
  unitNotFoundField: 'Không tìm thấy đơn vị',
  outOfArea: (unit: string) =>
    `${unit} không thuộc phạm vi của hội nghị; chỉ giao tham luận cho đơn vị trong phạm vi này.`,
  minutesReversed: 'Số phút tối thiểu lớn hơn số phút tối đa.',
  minutesReversedField: 'Lớn hơn số phút tối đa',
  itemNotFound: (itemId: number) => `mục chương trình số ${itemId} của hội nghị này`,
  approvedTitle: 'Tham luận đã được duyệt',
  changesRequestedTitle: 'Tham luận cần chỉnh sửa',
  changesMissing: 'Cần ghi rõ nội dung yêu cầu sửa.',
  commentMissing: 'Cần nội dung ý kiến.',
  commentMissingField: 'Thiếu nội dung',
  noFileToReview: 'Đơn vị chưa gửi bài tham luận nên chưa thể duyệt hoặc yêu cầu sửa.',
  reviewNotice: (topic: string, conference: string, comment: string | null) =>
    `Tham luận "${topic}" — ${conference}${comment ? `: ${comment}` : '.'}`,
};

export const presentationFileMessages = {
  notAssigned: 'Chỉ đơn vị được giao tham luận hoặc đơn vị tổ chức mới gửi được bài này.',
  tooLarge: 'Tệp tham luận lớn hơn 10 MB, không nhận.',
  empty: 'Tệp tham luận rỗng.',
  wrongType: (fileName: string) =>
    `Tệp "${fileName}" không phải PDF hoặc DOCX hợp lệ. Chỉ nhận bài tham luận dạng PDF hoặc Word (.docx).`,
  noFile: 'bài tham luận đã gửi',
};

/** The reminder to a unit whose tham luận is due or late: its notice and its e-mail. */
export const presentationReminderMessages = {
  overdueTitle: 'Tham luận quá hạn',
  dueSoonTitle: 'Sắp đến hạn nộp tham luận',
  daysLeft: (days: number) => `còn ${days} ngày`,
  dueToday: 'đến hạn hôm nay',
  daysLate: (days: number) => `quá hạn ${days} ngày`,
  sendAgain: ' (bài đã được yêu cầu chỉnh sửa, cần gửi lại)',
  notice: (p: {
    topic: string;
    unit: string;
    conference: string;
    due: string;
    state: string;
    again: string;
  }) => `Tham luận "${p.topic}" của ${p.unit} cho ${p.conference}: hạn gửi ${p.due}, ${p.state}${p.again}.`,
  subject: (topic: string) => `[PhongTrào] Nhắc gửi tham luận: ${topic}`,
  mail: (p: { person: string; notice: string; link: string | null }) =>
    [
      `Kính gửi ${p.person},`,
      '',
      p.notice,
      '',
      'Đồng chí vui lòng gửi bài tham luận (PDF hoặc Word, tối đa 10 MB) trên hệ thống.',
      ...(p.link !== null ? [p.link] : []),
      '',
      '(Thư gửi tự động, không trả lời thư này.)',
    ].join('\n'),
};
