import { tableDate } from '../../../core/dates/vn-dates';

export type ReminderKind = 'before' | 'due' | 'overdue' | 'escalation';

/** The Vietnamese of the deadline reminders: the notices' titles and bodies, and the daily e-mail digest. */
export const remindersMessages = {
  titles: {
    before: 'Sắp đến hạn',
    due: 'Đến hạn hôm nay',
    overdue: 'Quá hạn',
    escalation: 'Đơn vị trực thuộc có nhiệm vụ quá hạn',
  } satisfies Record<ReminderKind, string>,
  planByNumber: (number: string) => `Kế hoạch số ${number}`,
  planByTitle: (title: string) => `Kế hoạch "${title}"`,
  when: (raw: string | null, deadline: string) => `${raw ?? ''}${raw ? ', ' : ''}hạn ${tableDate(deadline)}`,
  daysLeft: (days: number) => `còn ${days} ngày`,
  dueToday: 'đến hạn hôm nay',
  daysOverdue: (days: number) => `quá hạn ${days} ngày`,
  lead: (name: string | null) => ` (chủ trì: ${name})`,
  noticeBody: (text: string, plan: string, when: string, state: string, who: string) =>
    `${text} — ${plan} (${when}): ${state}${who}.`,
  escalationLine: (text: string, lead: string | null) => `${text} (chủ trì: ${lead})`,
  escalationMore: (count: number) => `; và ${count} nhiệm vụ khác`,
  escalationBody: (count: number, lines: string[], more: string) =>
    `${count} nhiệm vụ của đơn vị trực thuộc đã quá hạn: ${lines.join('; ')}${more}.`,

  // The e-mail digest.
  countOverdue: (n: number) => `${n} quá hạn`,
  countDue: (n: number) => `${n} đến hạn hôm nay`,
  countBefore: (n: number) => `${n} sắp đến hạn`,
  countEscalation: (n: number) => `${n} quá hạn ở đơn vị trực thuộc`,
  mailLine: (kind: ReminderKind, body: string, link: string) =>
    `- [${remindersMessages.titles[kind]}] ${body}${link ? `\n  ${link}` : ''}`,
  mailMore: (count: number, link: string) => `… và ${count} nhiệm vụ khác${link ? `: ${link}` : ''}.`,
  mailText: (fullName: string, today: string, lines: string[]) =>
    [
      `Kính gửi ${fullName},`,
      '',
      `Hệ thống PhongTrào nhắc các nhiệm vụ của đơn vị (ngày ${tableDate(today)}):`,
      '',
      ...lines,
      '',
      'Đồng chí vui lòng cập nhật tiến độ trên hệ thống.',
      '(Thư gửi tự động, không trả lời thư này.)',
    ].join('\n'),
  mailSubject: (parts: string[]) => `[PhongTrào] Nhắc hạn nhiệm vụ: ${parts.join(', ')}`,
  systemAdminOnly: 'Chỉ quản trị hệ thống mới chạy nhắc hạn thủ công.',
};
