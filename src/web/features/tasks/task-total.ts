import { tasksVi } from '../../i18n/tasks.vi';

const count = new Intl.NumberFormat('vi-VN');

/** The inbox's count line; past the server's cap (`totalCapped`) the count is a floor: "Tổng số: hơn 10.000". */
export function taskTotalText(total: number, isCapped: boolean): string {
  return isCapped ? tasksVi.list.totalCapped(count.format(total)) : tasksVi.list.total(count.format(total));
}
