/** The bridge points' Vietnamese messages, reviewed in one place. */
export const pointsMessages = {
  pointNoun: 'điểm cầu',
  needsMain: 'Hội nghị cần một điểm cầu chính: hãy đặt một điểm cầu khác làm điểm cầu chính trước.',
  mainNoDelete: 'Không xóa được điểm cầu chính của hội nghị.',
  pointInUse: (name: string, delegates: number, attendance: number) =>
    `Không xóa được điểm cầu "${name}": đã có ${delegates} đại biểu và ${attendance} lượt điểm danh tại đây. Hãy chuyển đại biểu sang điểm cầu khác trước.`,
};
