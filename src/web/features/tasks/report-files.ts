import { tasksVi } from '../../i18n/tasks.vi';

export const MAX_FILES = 5;
export const MAX_FILE_BYTES = 10 * 1024 * 1024;
/** What the server accepts (it also checks each file's first bytes). */
export const ACCEPTED_FILES = '.pdf,.docx,.xlsx,.png,.jpg,.jpeg';
const ACCEPTED_NAME = /\.(pdf|docx|xlsx|png|jpe?g)$/i;

/** The first reason to refuse the chosen files before sending them, or null when they may go. */
export function reportFilesProblem(files: readonly { name: string; size: number }[]): string | null {
  if (files.length > MAX_FILES) return tasksVi.report.tooMany;
  for (const file of files) {
    if (!ACCEPTED_NAME.test(file.name)) return tasksVi.report.wrongType(file.name);
    if (file.size > MAX_FILE_BYTES) return tasksVi.report.tooLarge(file.name);
  }
  return null;
}

const oneDecimal = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });

/** A file size the way Vietnamese screens write it. @example fileSize(1_300_000) === "1,2 MB" */
export function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${oneDecimal.format(bytes / (1024 * 1024))} MB`;
}
