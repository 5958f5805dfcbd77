/** The server's own Vietnamese messages (app.ts, request-guards.ts, bootstrap.ts, main.ts), in one place. */
export const serverMessages = {
  buildingWeb: 'Đang dựng giao diện web (lần đầu hoặc sau khi mã nguồn thay đổi)…',
  apiTitle: 'PhongTrào API',
  brokenForm: 'Biểu mẫu gửi lên bị hỏng hoặc không đầy đủ.',
  badValue: 'Giá trị gửi lên không hợp lệ hoặc vượt quá giới hạn cho phép.',
  badUrl: 'Địa chỉ yêu cầu chứa ký tự không hợp lệ.',
  noSuchAddress: 'Không tìm thấy địa chỉ yêu cầu.',
  badCharacter: 'Chứa ký tự không hợp lệ (ký tự NUL hoặc ký tự Unicode không trọn vẹn)',
  tooDeep: (max: number) => `Dữ liệu lồng nhau quá sâu (tối đa ${max} cấp)`,
  nothingToChange: 'Không có trường nào để thay đổi.',
  demoAccounts: (lines: string[]) =>
    `Tài khoản mẫu (tên đăng nhập, mật khẩu, vai trò):\n${lines.join('\n')}\n`,
  unitsSeeded: (units: number, successions: number) =>
    `Đã nạp ${units} đơn vị hành chính và ${successions} liên kết sáp nhập.`,
  ready: (port: number, where: string, seconds: string) =>
    `PhongTrào sẵn sàng tại http://localhost:${port} (${where}) sau ${seconds} giây.`,
  portInUse: (port: number) => `Cổng ${port} đang được dùng; đặt PORT khác.`,
};
