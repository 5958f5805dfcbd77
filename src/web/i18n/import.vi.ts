import type { ExtractKind } from '../features/plan-import/locate-extracts';

/** The strings of the plan import pages (/ke-hoach/nhap), in Vietnamese; a sibling of vi.ts. */
export const importVi = {
  action: 'Nhập từ tệp',
  title: 'Nhập kế hoạch từ tệp',
  intro:
    'Chọn kế hoạch đã có (Word, PDF hoặc văn bản thuần). Hệ thống đọc và đề xuất chỉ tiêu, nhiệm vụ, đơn vị chủ trì, phối hợp, thời hạn để anh/chị kiểm tra trước khi lưu.',

  file: {
    drop: 'Kéo tệp kế hoạch vào đây',
    or: 'hoặc',
    pick: 'Chọn tệp',
    formats: 'Nhận tệp .docx, .pdf (có lớp chữ, không phải bản scan), .txt; tối đa 20 MB.',
    docHint: 'Tệp .doc (Word 97–2003): mở bằng Word và lưu lại dưới dạng .docx trước khi nhập.',
    tooLarge: (size: string) => `Tệp nặng ${size}, lớn hơn 20 MB nên không gửi lên được.`,
    uploading: (percent: number) => `Đang tải lên… ${percent}%`,
    reading: 'Đang đọc văn bản…',
    refusedTitle: 'Không đọc được tệp này',
    another: 'Chọn tệp khác',
    chosen: (name: string, size: string) => `Tệp: ${name} (${size})`,
  },

  review: {
    summary: (lines: number, targets: number, tasks: number) =>
      `Đã đọc ${lines} dòng; tìm thấy ${targets} chỉ tiêu, ${tasks} nhiệm vụ. Kiểm tra từng phần, sửa nếu cần, rồi lưu.`,
    original: (number: string | null, date: string | null) =>
      `Văn bản gốc${number ? ` số ${number}` : ''}${date ? `, ngày ${date}` : ''}. Kế hoạch được lưu thành dự thảo; số và ngày được cấp khi ban hành trên hệ thống.`,
    warningsTitle: (n: number) => `${n} chỗ cần xem lại`,
    warningLine: (line: number) => `Dòng ${line}`,
    warningHint: 'Bấm vào một dòng để xem trong văn bản gốc.',
    sourceTitle: 'Văn bản gốc',
    sourceHint: 'Các phần hệ thống đã nhận ra được tô màu.',
    structuredTitle: 'Kế hoạch đọc được',
    legend: 'Chú giải',
    notFound: (n: number) =>
      `${n} phần đã đọc được nhưng không tìm lại được đúng chữ trong văn bản gốc (thường do bị ngắt dòng, gộp bảng).`,
    lineNumber: (n: number) => `Dòng ${n}`,
    issuingUnit: 'Đơn vị ban hành trên hệ thống',
    issuingUnitHint:
      'Đơn vị sở hữu kế hoạch; tên đơn vị chủ trì, phối hợp được đối chiếu trong địa bàn của đơn vị này.',
    missingPlace: 'Nhập địa danh nơi ban hành',
    remaining: (n: number) => `Còn ${n} ô cần điền hoặc sửa (được đánh dấu đỏ).`,
    save: 'Lưu thành kế hoạch dự thảo',
    invalid: 'Kế hoạch còn thiếu thông tin bắt buộc; xem các ô được đánh dấu đỏ.',
  },

  kinds: {
    number: 'Số, ký hiệu',
    date: 'Địa danh, ngày tháng',
    title: 'Trích yếu',
    legalBasis: 'Căn cứ',
    target: 'Chỉ tiêu',
    task: 'Nhiệm vụ',
    signer: 'Người ký',
    recipient: 'Nơi nhận',
  } satisfies Record<ExtractKind, string>,

  parties: {
    checking: 'đang đối chiếu…',
    sure: 'chắc chắn',
    close: 'gần đúng',
    collective: (n: number) => `${n} đơn vị`,
    position: 'chức danh',
    unmatched: 'chưa khớp',
    remembered: 'đã ghi nhớ',
    map: 'Ghép với đơn vị',
    failed: 'Chưa đối chiếu được tên đơn vị; vẫn có thể lưu, hệ thống sẽ đối chiếu khi lưu.',
  },

  mapping: {
    title: (name: string) => `Ghép “${name}”`,
    intro:
      'Chọn đơn vị mà tên này chỉ đến. Hệ thống ghi nhớ cho các lần nhập và các kế hoạch sau của địa bàn.',
    asUnit: 'Là một đơn vị',
    asPosition: 'Là chức danh',
    unit: 'Đơn vị trong địa bàn',
    unitPlaceholder: 'Tìm đơn vị…',
    position: 'Chức danh',
    positionHint: 'Một người hoặc bộ phận trong đơn vị ban hành, ví dụ: Công chức Văn hóa - Xã hội.',
    save: 'Ghi nhớ',
    cancel: 'Hủy',
    pickUnit: 'Chọn một đơn vị',
    typePosition: 'Nhập chức danh',
  },
};
