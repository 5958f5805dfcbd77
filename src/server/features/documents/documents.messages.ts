/** The documents feature's Vietnamese messages, reviewed in one place. */
export const documentsMessages = {
  issuingUnitRequired: 'Cần chỉ rõ đơn vị ban hành (tham số unit).',
  /** What `notFound` names: "văn bản số 12". */
  documentNamed: (id: number) => `văn bản số ${id}`,
  issuedNoEdit: (number: string | null) => `Văn bản số ${number} đã ban hành, không sửa được.`,
  alreadyIssued: (number: string | null) => `Văn bản đã được ban hành với số ${number}.`,
  /** The register's kind for a kind without a name of its own. */
  fallbackKindName: 'Công văn',
};
