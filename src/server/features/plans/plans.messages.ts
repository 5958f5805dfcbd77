import type { PlanStatus } from '../../../contracts/plans';

/** The plans feature's Vietnamese messages, reviewed in one place. */
export const PLAN_STATUS_NAMES: Record<PlanStatus, string> = {
  draft: 'dự thảo',
  submitted: 'chờ duyệt',
  approved: 'đã duyệt',
  issued: 'đã ban hành',
  in_progress: 'đang thực hiện',
  closed: 'đã kết thúc',
};

export const plansMessages = {
  approverOnly: 'Chỉ lãnh đạo đơn vị mới duyệt hoặc trả lại kế hoạch.',
  wrongStatus: (status: PlanStatus) =>
    `Kế hoạch đang ở trạng thái "${PLAN_STATUS_NAMES[status]}", không thể chuyển như vậy.`,
  reportersOnly: 'Chỉ đơn vị chủ trì, phối hợp hoặc đơn vị lập kế hoạch mới cập nhật nhiệm vụ này.',
};
