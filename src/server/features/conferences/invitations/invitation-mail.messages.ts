/** The giấy mời's (Mẫu 1.7) and its e-mails' Vietnamese text, reviewed in one place. */

/** A giấy mời e-mail's facts, worded by the functions below. */
export interface InvitationMailFacts {
  invitee: string;
  title: string;
  time: string;
  place: string;
  /** "Điểm cầu: …" lines, already worded. */
  pointLines: string[];
  link: string;
}

const AUTOMATIC = '(Thư gửi tự động từ hệ thống PhongTrào, không trả lời thư này.)';

export const invitationText = {
  /** "Ủy ban nhân dân xã Cẩm Xuyên": `name` is the unit's full name with its first letter lowered. */
  committee: (name: string) => `Ủy ban nhân dân ${name}`,
  /** "UBND xã Cẩm Bình" → "Ủy ban nhân dân xã Cẩm Bình" (the abbreviation's replacement). */
  committeeSpelled: 'Ủy ban nhân dân ',
  parentCommittee: (fullName: string) => `UBND ${fullName}`,
  /** "07 giờ 30 phút". */
  clock: (hours: string, minutes: string) => `${hours} giờ ${minutes} phút`,
  timeLater: 'thời gian sẽ thông báo sau',
  /** A session's label as the Thời gian line names it: "buổi sáng". */
  session: (label: string) => `buổi ${label}`,
  sessionFrom: (label: string, clock: string) => `${label} từ ${clock}`,
  onlineOnly: 'Trực tuyến tại các điểm cầu',
  placeLater: 'Sẽ thông báo sau',
  withBridges: (venue: string) => `${venue} và các điểm cầu trực tuyến`,
  committeeAuthority: 'TM. ỦY BAN NHÂN DÂN',
  chairman: 'Chủ tịch',
  title: (title: string) => `Dự ${title}`,
  recipients: () => ['Như thành phần mời;', 'Lưu: VT.'],
  closing: 'Rất mong Ông (Bà) tham dự đúng thời gian./.',
  point: 'Điểm cầu',
  /** The per-unit page: its seats. */
  seats: 'Thành phần mời',
  /** A seat on the unit's page: "Ông/Bà Nguyễn Văn A". */
  seatName: (name: string) => `Ông/Bà ${name}`,
  seatUnnamed: 'Đại biểu',
  unitQrCaption:
    'Mã QR và đường dẫn của giấy mời: mở để xác nhận tham dự cho từng đại biểu và lấy mã QR riêng của mỗi người để điểm danh.',
};

export const invitationMailText = {
  subject: (title: string) => `Giấy mời: ${title}`,
  reissuedSubject: (title: string) => `Giấy mời (cấp lại): ${title}`,
  reminderSubject: (title: string) => `Nhắc xác nhận tham dự: ${title}`,
  /** The giấy mời e-mail with the personal link. */
  invitation: (
    m: InvitationMailFacts & { host: string; number: string | null; chair: string | null },
  ): string =>
    [
      `Kính gửi: ${m.invitee}`,
      '',
      `${m.host} trân trọng kính mời Ông (Bà) tới dự ${m.title}${m.number ? ` (Giấy mời số ${m.number})` : ''}.`,
      ...(m.chair ? [`Chủ trì: ${m.chair}`] : []),
      `Thời gian: ${m.time}`,
      `Địa điểm: ${m.place}`,
      ...m.pointLines,
      '',
      'Ông (Bà) vui lòng xác nhận tham dự (sẽ tham dự, không tham dự, hoặc cử người đi thay) tại đường dẫn riêng:',
      m.link,
      'Đường dẫn này cũng mở mã QR để điểm danh khi đến hội nghị; xin không chuyển cho người khác.',
      '',
      AUTOMATIC,
    ].join('\n'),
  /** The reminder to a delegate who has not answered. */
  reminder: (m: InvitationMailFacts): string =>
    [
      `Kính gửi: ${m.invitee}`,
      '',
      `Ông (Bà) chưa xác nhận tham dự ${m.title}.`,
      `Thời gian: ${m.time}`,
      `Địa điểm: ${m.place}`,
      ...m.pointLines,
      '',
      'Xin Ông (Bà) xác nhận tại đường dẫn riêng:',
      m.link,
      '',
      AUTOMATIC,
    ].join('\n'),
  /** The daily notice to a unit with seats not answered. */
  pendingNoticeTitle: 'Đại biểu chưa xác nhận dự hội nghị',
  pendingNotice: (count: number, title: string, time: string) =>
    `${count} đại biểu của đơn vị chưa xác nhận tham dự ${title} (${time}).`,
};
