/** The award ceremony's Vietnamese messages: the awards sheet's refusals and its template, reviewed in one place. */
export const awardsSheetMessages = {
  notXlsx: 'Tệp không phải bảng tính Excel (.xlsx).',
  unreadable: 'Không đọc được tệp Excel (.xlsx); hãy dùng tệp mẫu.',
  noSheet: 'Tệp Excel không có trang tính nào.',
};

export const awardsImportMessages = {
  tooLarge: 'Tệp danh sách khen thưởng lớn hơn 5 MB, không nhận.',
  overLimits:
    'Danh sách sau khi nhập vượt giới hạn (tối đa 100 đợt, 2.000 người mỗi đợt); không nhập dòng nào.',
};

/** The awards template (xlsx): its sheets, the "Loại" list and the help sheet's lines. */
export const awardsTemplateMessages = {
  creator: 'PhongTrào',
  sheet: 'Khen thưởng',
  kinds: '"Tập thể,Cá nhân,Hộ gia đình"',
  helpSheet: 'Hướng dẫn',
  help: [
    'Mỗi dòng là một tập thể, cá nhân hoặc hộ gia đình được khen thưởng, theo thứ tự công bố.',
    'Đợt: tên đợt trao (ví dụ "Đợt 1: Bằng khen của Chủ tịch UBND tỉnh"); để trống thì thuộc đợt của dòng trên.',
    'Người trao: đồng chí lên trao khen thưởng của đợt (họ tên, chức vụ); ghi ở dòng đầu của đợt.',
    'Loại: Tập thể, Cá nhân hoặc Hộ gia đình. Trong mỗi đợt, tập thể được mời trước, rồi cá nhân, rồi hộ gia đình.',
    'Tên: tên tập thể, họ tên cá nhân hoặc chủ hộ (bắt buộc).',
    'Chức vụ, đơn vị / Địa chỉ: chức vụ và đơn vị của cá nhân, hoặc địa chỉ của hộ gia đình.',
    'Hình thức khen thưởng: ví dụ "Giấy khen của Chủ tịch UBND xã" (bắt buộc).',
    'Số quyết định: ví dụ "125/QĐ-UBND".',
    'Dòng thiếu tên, hình thức khen thưởng hoặc loại sẽ được báo lại; các dòng khác vẫn được nhập, nối tiếp danh sách đã có.',
  ] as const,
};

/** What an upload's refusals call the file of a tham luận or an awards sheet. */
export const UPLOAD_WHAT = 'tệp';
