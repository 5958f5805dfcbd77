/** The programme's Vietnamese messages, reviewed in one place. */
export const programmeMessages = {
  presentationNotOfConference: 'Tham luận không thuộc hội nghị này',
  unitNotFound: (name: string) => `Không tìm thấy đơn vị "${name}"`,
  programmeInvalid: (items: number[]) => `Chương trình chưa lưu: mục ${items.join(', ')} không hợp lệ.`,
};
