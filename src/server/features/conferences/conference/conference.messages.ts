/** The conference sub-feature's Vietnamese messages (the conference, its checklist and warnings), reviewed in one place. */
export const conferenceMessages = {
  // The record and who may change it (conference.policy).
  conferenceNoun: 'hội nghị',
  organiserOnly: 'Chỉ đơn vị tổ chức hội nghị mới thay đổi được nội dung này.',
  cancelledNoChange: 'Hội nghị đã hủy; không thay đổi được nữa.',
  oneStepBack: 'Chỉ lùi được một bước trạng thái (ví dụ từ "đã kết thúc" về "đang diễn ra").',
  endedNoCancel: 'Hội nghị đã kết thúc; không hủy được.',

  // Creating and deleting (conferences.service).
  planHasConference: (title: string) => `Kế hoạch này đã có hội nghị "${title}". Mở hội nghị đó để tiếp tục.`,
  mainPointName: 'Điểm cầu chính',
  deleteInvited: (invited: number) => `đã phát hành giấy mời (${invited} đại biểu đã được mời)`,
  deletePresent: (present: number) => `đã có ${present} đại biểu điểm danh`,
  deleteRefused: (why: string[]) =>
    `Không xóa được hội nghị vì ${why.join(' và ')}. Hãy hủy hội nghị (ghi lý do) thay vì xóa.`,

  // What the organiser still has to complete (conference-detail.service).
  warnNoDate: (dateRaw: string | null) =>
    `Chưa chốt ngày tổ chức${dateRaw ? ` (kế hoạch ghi: "${dateRaw}")` : ''}.`,
  warnNoStart: 'Chưa có giờ bắt đầu: chương trình chưa tính được giờ.',
  warnPointNoUnit: (point: string) =>
    `${point}: chưa gắn với đơn vị nào (điểm cầu chung của nhiều đơn vị, hoặc tên chưa khớp).`,
  quotedName: (name: string) => `"${name}"`,
  warnPointUnmatched: (point: string, names: string[]) =>
    `${point}: ${names.join(', ')} chưa khớp đơn vị nào; đang giữ theo tên.`,
  warnGroupNoRule: (title: string) => `Nhóm đại biểu "${title}" chưa có thành phần cụ thể.`,
  warnUnassigned: (count: number) => `${count} tham luận chưa giao cho đơn vị cụ thể.`,

  // Units named by code or name (unit-refs.service, checklist.service).
  unitCodeNotFound: (ref: number | string) => `Không tìm thấy đơn vị ${String(ref)}.`,
  unitNotInArea: (name: string) => `Không tìm thấy đơn vị "${name}" trên địa bàn của hội nghị.`,
  unitNotFound: 'Không tìm thấy đơn vị',

  // The checklist (checklist.service).
  checklistItemNoun: 'công việc chuẩn bị',
  checkTransmission: (point: string) => `Kiểm tra đường truyền trực tuyến tại ${point}`,
};

/** Công tác chuẩn bị as most conferences need it; null is the transmission check, one item per online point. */
export const CHECKLIST_TEMPLATE: readonly (string | null)[] = [
  'Chuẩn bị nước uống cho đại biểu',
  'Trang trí, khánh tiết, phông nền hội trường',
  'Âm thanh, ánh sáng, máy chiếu',
  null, // đường truyền trực tuyến: one item per point, inserted here
  'Mời phóng viên, đưa tin về Hội nghị',
  'In giấy mời, tài liệu Hội nghị',
  'Chuẩn bị hoa, quà tặng, khen thưởng',
];
