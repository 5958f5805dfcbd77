import type { PlanStatus } from '../../../contracts/plans';
import { formalDate } from '../../../core/dates/vn-dates';

/** The plans feature's Vietnamese messages, reviewed in one place (tasks, reminders and the export have their own). */
export const PLAN_STATUS_NAMES: Record<PlanStatus, string> = {
  draft: 'dự thảo',
  submitted: 'chờ duyệt',
  approved: 'đã duyệt',
  issued: 'đã ban hành',
  in_progress: 'đang thực hiện',
  closed: 'đã kết thúc',
};

/** The levels a cascade reaches, as its refusal names them. */
const LEVEL_NAMES: Record<string, string> = { district: 'huyện', commune: 'xã', village: 'thôn' };

export const plansMessages = {
  // The life cycle.
  approverOnly: 'Chỉ lãnh đạo đơn vị mới duyệt hoặc trả lại kế hoạch.',
  wrongStatus: (status: PlanStatus) =>
    `Kế hoạch đang ở trạng thái "${PLAN_STATUS_NAMES[status]}", không thể chuyển như vậy.`,
  closeNoteMissing: 'Cần tóm tắt kết quả thực hiện khi kết thúc kế hoạch.',
  closeNoteField: 'Thiếu tóm tắt kết quả',
  issueNeedsApproval: 'Kế hoạch cần được lãnh đạo duyệt trước khi ban hành.',
  alreadyIssued: (number: string | null) => `Kế hoạch đã ban hành với số ${number}.`,
  structureAwaitsApproval: 'Kế hoạch đang chờ duyệt hoặc đã duyệt; trả lại dự thảo trước khi sửa.',
  structureClosed: 'Kế hoạch đã kết thúc, không sửa được.',

  // The plan and its structure.
  planNumbered: (id: number) => `kế hoạch số ${id}`,
  notKh: 'Kế hoạch phải là văn bản loại KH (Kế hoạch).',
  mustBeKh: 'Phải là KH',
  tasksWithoutLead: (positions: number[]) =>
    `Nhiệm vụ ${positions.join(', ')} chưa có đơn vị chủ trì (Thực hiện).`,
  leadMissing: 'Thiếu đơn vị chủ trì',
  unmatchedParty: (name: string, unitName: string) =>
    `"${name}" chưa khớp đơn vị nào; đang giao cho ${unitName}.`,
  taskWarning: (position: number, warning: string) => `Nhiệm vụ ${position}: ${warning}`,
  noVersion: (version: number) => `Kế hoạch không có phiên bản ${version}.`,
  /** An occurrence of a recurring task: "Hằng tháng (đến 31 tháng 01 năm 2025)". */
  occurrenceDeadline: (raw: string, to: string) => `${raw} (đến ${formalDate(to).replace(/^ngày /, '')})`,
  outsideArea: (unitName: string, areaName: string) =>
    `${unitName} không thuộc phạm vi của kế hoạch (${areaName}).`,

  // Parties.
  partyUnmatched: (name: string, areaName: string) =>
    `"${name}" không khớp đơn vị nào của ${areaName}; tạm giao cho ${areaName}.`,
  partyNotFound: 'Không tìm thấy đơn vị được giao nhiệm vụ.',
  partyOutsideArea: (unitName: string, areaName: string) =>
    `${unitName} không thuộc phạm vi của kế hoạch (${areaName}); chỉ giao nhiệm vụ cho đơn vị trong phạm vi này.`,

  // Targets.
  targetNumbered: (id: number) => `chỉ tiêu số ${id}`,
  targetIssuedNoDelete: 'Chỉ tiêu của kế hoạch đã ban hành không xóa được; hãy sửa giá trị nếu cần.',

  // Cascades.
  cascadeNoUnits: (level: string) => `Không có đơn vị cấp ${LEVEL_NAMES[level] ?? level} nào trong phạm vi.`,
  cascadeTitle: (kind: 'plan' | 'report', title: string) => `Yêu cầu ${cascadeWhat(kind)}: ${title}`,
  cascadeBody: (
    kind: 'plan' | 'report',
    plan: { number: string | null; title: string; unitName: string },
    deadline: string,
  ) =>
    `Theo Kế hoạch ${plan.number ?? `"${plan.title}"`} của ${plan.unitName}, đơn vị ${cascadeWhat(kind)} ${formalDate(deadline).replace(/^ngày/, 'trước ngày')}.`,
  cascadeNumbered: (id: number) => `yêu cầu số ${id}`,
  documentNumbered: (id: number) => `văn bản số ${id}`,
  responseNotOfUnit: 'Văn bản không phải của đơn vị này.',
  responseNotIssued: 'Văn bản chưa ban hành; chỉ văn bản đã ban hành mới được tính là đã thực hiện.',
  cascadeUnitMissing: (unitName: string) => `${unitName} không nằm trong danh sách đơn vị của yêu cầu này.`,
};

function cascadeWhat(kind: 'plan' | 'report'): string {
  return kind === 'plan' ? 'xây dựng kế hoạch' : 'gửi báo cáo';
}
