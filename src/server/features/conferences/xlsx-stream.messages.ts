/** The Excel reader's Vietnamese messages (shared by the delegate and award imports), reviewed in one place. */
export const xlsxStreamMessages = {
  tooManyRows: (max: number) =>
    `Tệp có hơn ${max.toLocaleString('vi-VN')} dòng; hãy chia thành nhiều tệp (mỗi tệp tối đa ${max.toLocaleString('vi-VN')} dòng).`,
  sizeMismatch: 'Một thành phần của tệp khi giải nén lớn hơn kích thước tệp tự khai báo, không đọc được.',
  unreadable:
    'Không đọc được tệp Excel này (tệp hỏng hoặc không phải .xlsx). Hãy lưu lại bằng Excel dạng .xlsx và gửi lại.',
};
