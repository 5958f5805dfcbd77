/** The units feature's Vietnamese messages, reviewed in one place. */
export const unitsMessages = {
  /** What `notFound` names. */
  parentCoded: (code: string) => `đơn vị cấp trên có mã ${code}`,
  unitCoded: (code: string) => `đơn vị có mã ${code}`,
  notValidOn: (fullName: string, date: string) => `${fullName} không còn hiệu lực vào ngày ${date}.`,
  villageUnderCommune: 'Thôn, tổ dân phố phải thuộc một xã, phường hoặc đặc khu.',
  codeTaken: (code: string) => `Mã đơn vị ${code} đã được dùng.`,
  officialNotEditable: 'Đơn vị hành chính theo danh mục nhà nước không sửa được tại đây.',
  validToBeforeFrom: 'Ngày ngừng hoạt động phải sau ngày bắt đầu.',
};

/** Unit types (data of the national list, not messages) the seed compares by name. */
export const SEED_UNIT_TYPES = {
  provincialCity: 'thành phố thuộc tỉnh',
  municipality: 'thành phố trực thuộc trung ương',
  cityInMunicipality: 'thành phố thuộc thành phố trực thuộc trung ương',
} as const;
