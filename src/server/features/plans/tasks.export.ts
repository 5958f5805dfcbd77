import ExcelJS from 'exceljs';
import type { Db } from '../../platform/database';
import type { Task } from '../../../contracts/plans';
import type { TaskListQuery } from '../../../contracts/tasks';
import { tableDate } from '../../../core/dates/vn-dates';
import type { Actor } from '../../platform/actor';
import { assertViewsPlan } from './plans.policy';
import { findPlan } from './plans.repo';
import { COUNT_CAP, selectTasks } from './tasks.repo';
import { taskListFilter } from './tasks.service';
import { LIST_SHEET_OPTIONS } from '../../platform/excel';
import { STATUS_LABELS, tasksExportMessages as m } from './tasks-export.messages';

export { STATUS_LABELS } from './tasks-export.messages';

const COLUMNS = m.columns;

/** Export is capped so that a province-wide list stays a file people can open. */
export const EXPORT_LIMIT = COUNT_CAP;

const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

const partyText = (parties: Task['lead']) =>
  [...new Set(parties.map((p) => (p.position ? p.position : p.unitName)))].join('; ');

async function workbook(
  title: string,
  subtitle: string,
  tasks: Task[],
  truncated: boolean,
  today: string,
): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(m.sheet, LIST_SHEET_OPTIONS);
  const font = { name: 'Times New Roman', size: 12 };
  sheet.mergeCells(1, 1, 1, COLUMNS.length);
  sheet.getCell(1, 1).value = title.toUpperCase();
  sheet.getCell(1, 1).font = { ...font, size: 14, bold: true };
  sheet.getCell(1, 1).alignment = { horizontal: 'center', wrapText: true };
  sheet.getRow(1).height = 36;
  sheet.mergeCells(2, 1, 2, COLUMNS.length);
  sheet.getCell(2, 1).value = subtitle;
  sheet.getCell(2, 1).font = { ...font, italic: true };
  sheet.getCell(2, 1).alignment = { horizontal: 'center' };
  const header = sheet.getRow(4);
  COLUMNS.forEach(([name, width], i) => {
    header.getCell(i + 1).value = name;
    sheet.getColumn(i + 1).width = width;
  });
  header.font = { ...font, bold: true };
  header.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  tasks.forEach((t, i) => {
    const late = t.overdue && t.deadline?.to ? m.late(daysBetween(t.deadline.to, today)) : '';
    const row = sheet.addRow([
      i + 1,
      t.text,
      partyText(t.lead),
      partyText(t.support),
      t.deadline?.raw ?? '',
      t.deadline?.to ? tableDate(t.deadline.to) : '',
      STATUS_LABELS[t.status],
      t.progress,
      late,
    ]);
    row.font = font;
    row.alignment = { vertical: 'top', wrapText: true };
    row.getCell(1).alignment = { vertical: 'top', horizontal: 'center' };
    row.getCell(8).alignment = { vertical: 'top', horizontal: 'center' };
    if (late) row.getCell(9).font = { ...font, color: { argb: 'FFC00000' }, bold: true };
  });
  if (truncated) {
    const row = sheet.addRow([m.truncated(EXPORT_LIMIT)]);
    sheet.mergeCells(row.number, 1, row.number, COLUMNS.length);
    row.font = { ...font, italic: true };
  }
  const thin = { style: 'thin' as const };
  for (let r = 4; r <= 4 + tasks.length; r++)
    for (let c = 1; c <= COLUMNS.length; c++)
      sheet.getCell(r, c).border = { top: thin, bottom: thin, left: thin, right: thin };
  sheet.views = [{ state: 'frozen', ySplit: 4 }];
  return Buffer.from(await book.xlsx.writeBuffer());
}

export async function planTasksWorkbook(db: Db, actor: Actor, planId: number, today: string) {
  const plan = await findPlan(db, planId);
  assertViewsPlan(actor, plan.area_path);
  const { items } = await selectTasks(db, { planId, notRecurring: true }, today);
  const bytes = await workbook(
    m.planTitle(plan.title),
    m.planSubtitle(plan.number, plan.unit_name, today),
    items,
    false,
    today,
  );
  return { bytes, fileName: `nhiem-vu-ke-hoach-${planId}.xlsx` };
}

export async function tasksWorkbook(db: Db, actor: Actor, query: TaskListQuery, today: string) {
  const filter = await taskListFilter(db, actor, query, today);
  const { items, total, totalCapped } = await selectTasks(
    db,
    filter,
    today,
    { limit: EXPORT_LIMIT, offset: 0 },
    'deadline',
  );
  const bytes = await workbook(
    m.listTitle,
    m.listSubtitle(today, total, totalCapped),
    items,
    totalCapped,
    today,
  );
  return { bytes, fileName: `nhiem-vu-${today}.xlsx` };
}
