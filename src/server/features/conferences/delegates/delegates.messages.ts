/** The delegates sub-feature's Vietnamese messages (the list, its groups and its Excel import), reviewed in one place. */
export const delegatesMessages = {
  // The list (delegates.service, delegate-units.service).
  delegateNoun: 'đại biểu',
  groupNotOfConference: 'Nhóm đại biểu không thuộc hội nghị này.',
  noSuchGroup: 'Không có nhóm này',
  pointNotOfConference: 'Điểm cầu không thuộc hội nghị này.',
  noSuchPoint: 'Không có điểm cầu này',
  unnamedSeat: 'Chỗ ngồi chưa có tên',
  alreadyListed: (who: string) =>
    `Đại biểu này đã có trong danh sách: ${who} (trùng thư điện tử, số điện thoại hoặc họ tên và đơn vị).`,
  nameOrPosition: 'Cần họ tên đại biểu (hoặc chức vụ của chỗ ngồi).',
  missingName: 'Thiếu họ và tên',
  delegateWord: 'Đại biểu',
  checkedInNoDelete: (who: string) => `${who} đã điểm danh có mặt; không xóa được khỏi danh sách.`,
  unitNotFound: (ref: number | string) => `Không tìm thấy đơn vị "${ref}".`,
  noSuchUnit: 'Không có đơn vị này',

  // Groups (delegate-groups.service).
  groupNoun: 'nhóm đại biểu',
  groupHeld: (title: string, held: number) =>
    `Nhóm "${title}" có ${held} đại biểu đã được gửi giấy mời hoặc đã điểm danh; hãy chuyển họ sang nhóm khác trước khi xóa nhóm.`,
  groupNoRule: 'Nhóm chưa có thành phần (ví dụ "Chủ tịch UBND các xã, thị trấn") để lập danh sách chỗ ngồi.',
  missingRule: 'Thiếu thành phần',
  openEnded: (line: string) =>
    `"${line}": không xác định được từng đơn vị; thêm đại biểu bằng tay hoặc nhập từ Excel.`,
  noUnitsOfLevel: (line: string, levelName: string) =>
    `"${line}": danh mục chưa có ${levelName} nào trong địa bàn.`,
  levelName: { district: 'huyện', commune: 'xã', village: 'thôn, tổ dân phố' } as const,

  // The Excel import (delegates.routes, delegate-sheet.import, delegate-import.service).
  uploadWhat: 'tệp danh sách đại biểu',
  noHeaderRow:
    'Không tìm thấy dòng tiêu đề của danh sách (cần ít nhất cột "Họ và tên" và một cột khác như "Chức vụ", "Đơn vị"). Hãy dùng tệp mẫu.',
  notAWorkbook: (fileName: string) =>
    `Tệp "${fileName}" không phải bảng tính Excel (.xlsx). Hãy tải tệp mẫu, điền danh sách và gửi lại.`,
  rowError: (row: number, error: string) => `Dòng ${row}: ${error}`,
  sameAsRow: (before: number) => `Trùng với dòng ${before} trong tệp`,
  alreadyListedAs: (who: string | undefined) => `Đã có trong danh sách đại biểu (${who})`,
  alreadyInList: 'Đã có trong danh sách đại biểu',
  rowNoName: 'thiếu họ và tên',
  rowBadEmail: (email: string | null | undefined) => `thư điện tử "${email}" không hợp lệ`,
  rowNoGroup: (group: string) => `không có nhóm "${group}" trong hội nghị này`,
  rowNoPoint: (point: string) => `không có điểm cầu "${point}" trong hội nghị này`,
};
