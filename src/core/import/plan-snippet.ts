/**
 * Test support: wraps a snippet in a minimal but realistic Kế hoạch (letterhead, tên loại, trích yếu, căn cứ,
 * a first section, closing formula, Nơi nhận, signature), so a table row tests one phrase in a whole document.
 */
export interface PlanParts {
  /** Everything above "KẾ HOẠCH" (letterhead, Số, place and date). */
  head?: string;
  /** The trích yếu, one or more lines. */
  title?: string;
  /** Căn cứ lines and the preamble sentence. */
  bases?: string;
  /** Sections printed before the snippet. */
  before?: string;
  /** Everything from "Trên đây" down (closing formula, Nơi nhận, signature). */
  closing?: string;
}

export const DEFAULT_HEAD = [
  'UBND HUYỆN CẨM XUYÊN',
  'PHÒNG VĂN HÓA VÀ THÔNG TIN',
  'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'Độc lập - Tự do - Hạnh phúc',
  'Số: 12/KH-VHTT',
  'Cẩm Xuyên, ngày 10 tháng 3 năm 2023',
].join('\n');

export const DEFAULT_CLOSING = [
  'Trên đây là Kế hoạch thực hiện phong trào năm 2023 của Phòng Văn hóa và Thông tin huyện./.',
  'Nơi nhận:',
  '- UBND huyện (b/c);',
  '- Lưu: VT.',
  'TRƯỞNG PHÒNG',
  'Nguyễn Văn An',
].join('\n');

/** A whole plan around `snippet`, which sits where the body's last sections go. */
export function planWith(snippet: string, parts: PlanParts = {}): string {
  return [
    parts.head ?? DEFAULT_HEAD,
    'KẾ HOẠCH',
    parts.title ?? 'Thực hiện phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa” năm 2023',
    parts.bases ??
      [
        'Căn cứ Kế hoạch số 05/KH-UBND ngày 05/01/2023 của UBND huyện về thực hiện phong trào năm 2023;',
        'Phòng Văn hóa và Thông tin xây dựng Kế hoạch thực hiện như sau:',
      ].join('\n'),
    parts.before ?? 'I. MỤC ĐÍCH, YÊU CẦU\n- Đánh giá kết quả thực hiện phong trào trên địa bàn huyện.',
    snippet,
    parts.closing ?? DEFAULT_CLOSING,
    '',
  ].join('\n');
}

/** A conference plan around `snippet` (the title names a Hội nghị, so conference facts are read). */
export function conferencePlanWith(snippet: string, parts: PlanParts = {}): string {
  return planWith(snippet, {
    title: 'Tổ chức Hội nghị tổng kết phong trào thi đua yêu nước năm 2023',
    ...parts,
  });
}
