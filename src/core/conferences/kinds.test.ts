import { describe, expect, it } from 'vitest';
import { conferenceKindOf, conferenceTitleOf, delegateLevelOf, itemKindOf } from './kinds';

describe('conference kinds', () => {
  it.each([
    [
      'Hội nghị tổng kết phong trào thi đua yêu nước năm 2023 và phát động phong trào thi đua năm 2024',
      'tong_ket',
    ],
    ['Hội nghị sơ kết 6 tháng đầu năm', 'so_ket'],
    ['Hội nghị điển hình tiên tiến ngành Văn hóa và Thể thao Hà Nội', 'dien_hinh'],
    ['Lễ phát động phong trào thi đua năm 2025', 'phat_dong'],
    ['Hội nghị tập huấn nghiệp vụ thi đua, khen thưởng', 'tap_huan'],
    ['Hội nghị triển khai nhiệm vụ năm 2025', 'other'],
  ])('reads the kind of "%s" as %s', (title, kind) => {
    expect(conferenceKindOf(title)).toBe(kind);
  });

  it.each([
    ['Chương trình văn nghệ', 'van_nghe'],
    ['Văn nghệ chào mừng', 'van_nghe'],
    ['Chào cờ', 'chao_co'],
    ['Tuyên bố lý do, giới thiệu đại biểu', 'tuyen_bo_ly_do'],
    ['Phát biểu khai mạc và chủ trì hội nghị', 'khai_mac'],
    ['Khai mạc', 'khai_mac'],
    ['Báo cáo kết quả thực hiện phong trào năm 2021', 'bao_cao'],
    ['Báo cáo tham luận của các tập thể điển hình tiên tiến (Dự kiến 03 tập thể)', 'tham_luan'],
    ['Phát biểu tham luận tại hội nghị (04 báo cáo tham luận)', 'tham_luan'],
    ['Thảo luận', 'thao_luan'],
    ['Phát biểu chỉ đạo của Lãnh đạo tỉnh', 'phat_bieu_chi_dao'],
    ['Công bố, khen thưởng các tập thể và cá nhân có thành tích xuất sắc', 'khen_thuong'],
    ['Biểu dương, tôn vinh các gương điển hình tiên tiến, người tốt, việc tốt', 'khen_thuong'],
    ['Phát động phong trào thi đua yêu nước năm 2024 và bế mạc Hội nghị', 'phat_dong'],
    ['Tổng kết, bế mạc hội nghị', 'be_mac'],
    ['Thông qua danh sách đại biểu đi dự Đại hội Thi đua yêu nước Thành phố', 'other'],
  ])('reads the item "%s" as %s', (text, kind) => {
    expect(itemKindOf(text)).toBe(kind);
  });

  it.each([
    ['Cấp tỉnh', 'province'],
    ['Cấp huyện', 'district'],
    ['Tại điểm cầu huyện', 'district'],
    ['Cấp xã', 'commune'],
    ['Tại điểm cầu xã, thị trấn', 'commune'],
    ['Đại biểu các thôn, tổ dân phố', 'village'],
    ['Đại diện các tập thể và cá nhân điển hình tiên tiến được khen thưởng', 'awardee'],
    ['Thành phần và số lượng đại biểu', 'other'],
  ])('reads the group "%s" as level %s', (title, level) => {
    expect(delegateLevelOf(title)).toBe(level);
  });

  it.each([
    [
      'Tổ chức Hội nghị tổng kết phong trào thi đua yêu nước năm 2023 và phát động phong trào thi đua yêu nước năm 2024',
      'Hội nghị tổng kết phong trào thi đua yêu nước năm 2023 và phát động phong trào thi đua yêu nước năm 2024',
    ],
    [
      'Tổ chức “Hội nghị điển hình tiên tiến ngành Văn hóa và Thể thao Hà Nội”',
      'Hội nghị điển hình tiên tiến ngành Văn hóa và Thể thao Hà Nội',
    ],
    [
      'Kế hoạch tổ chức hội nghị tổng kết phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa” năm 2021',
      'Hội nghị tổng kết phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa” năm 2021',
    ],
    ['Tổ chức Lễ phát động thi đua', 'Lễ phát động thi đua'],
  ])('names the conference of the plan "%s"', (plan, title) => {
    expect(conferenceTitleOf(plan)).toBe(title);
  });
});
