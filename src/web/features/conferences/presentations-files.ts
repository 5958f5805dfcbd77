import { checkinVi } from '../../i18n/checkin.vi';

export const MAX_PRESENTATION_BYTES = 10 * 1024 * 1024;
/** What the server accepts for a tham luận (it also checks the file's first bytes). */
export const PRESENTATION_FILES = '.docx,.pdf';

/** Why a chosen file cannot be sent as a tham luận, or null when it may go. */
export function presentationFileProblem(file: { name: string; size: number }): string | null {
  if (!/\.(docx|pdf)$/i.test(file.name)) return checkinVi.presentations.wrongType(file.name);
  if (file.size > MAX_PRESENTATION_BYTES) return checkinVi.presentations.tooLarge(file.name);
  return null;
}

/** Whether a file name is an Excel workbook the awards import reads. */
export const isXlsx = (name: string) => /\.xlsx$/i.test(name);
