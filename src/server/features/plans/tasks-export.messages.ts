import type { TaskStatus } from '../../../contracts/plans';
import { tableDate } from '../../../core/dates/vn-dates';

/** The Vietnamese of the task lists exported to Excel: sheet, columns, status names and titles. */
export const STATUS_LABELS: Record<TaskStatus, string> = {
  not_started: 'Chưa triển khai',
  in_progress: 'Đang thực hiện',
  done: 'Hoàn thành',
  done_late: 'Hoàn thành quá hạn',
  paused: 'Tạm dừng',
};

export const tasksExportMessages = {
  sheet: 'Nhiệm vụ',
  /** The columns an office prints a task list with (A4 landscape), with their widths. */
  columns: [
    ['STT', 6],
    ['Nội dung nhiệm vụ', 52],
    ['Đơn vị chủ trì', 24],
    ['Đơn vị phối hợp', 24],
    ['Thời gian thực hiện', 18],
    ['Hạn hoàn thành', 12],
    ['Trạng thái', 16],
    ['Tiến độ (%)', 9],
    ['Ghi chú', 16],
  ] as const,
  late: (days: number) => `Quá hạn ${days} ngày`,
  truncated: (limit: number) =>
    `Danh sách dài hơn ${limit} dòng; hãy lọc theo đơn vị hoặc kế hoạch để xuất đủ.`,
  planTitle: (title: string) => `Danh sách nhiệm vụ — ${title}`,
  planSubtitle: (number: string | null, unitName: string, today: string) =>
    `${number ? `Kế hoạch số ${number} — ` : ''}${unitName} — cập nhật ngày ${tableDate(today)}`,
  listTitle: 'Danh sách nhiệm vụ của đơn vị',
  listSubtitle: (today: string, total: number, capped: boolean) =>
    `Cập nhật ngày ${tableDate(today)} — ${capped ? 'hơn ' : ''}${total} nhiệm vụ`,
};
