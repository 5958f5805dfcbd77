import { TaskStatus } from '../../../contracts/plans';
import { tableDate } from '../../../core/dates/vn-dates';
import { tasksVi } from '../../i18n/tasks.vi';

const h = tasksVi.history;

type Field = keyof typeof h.field;
const FIELDS = Object.keys(h.field) as Field[];

export interface HistoryLine {
  title: string;
  changes: string[];
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function partyName(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return `#${value}`;
  if (!isRecord(value)) return '';
  const unit = typeof value.unitName === 'string' ? value.unitName : '';
  const name = typeof value.name === 'string' ? value.name : unit;
  if (typeof value.position === 'string' && value.position)
    return unit ? `${value.position} – ${unit}` : value.position;
  return unit || name;
}

/** Any other stored value as text: strings as they are, the rest as JSON. */
const plain = (value: unknown): string =>
  typeof value === 'string' ? value : typeof value === 'number' ? String(value) : JSON.stringify(value);

const dateText = (value: unknown): string | null =>
  typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value) ? tableDate(value) : null;

/** A field's value in words: "Đang thực hiện", "60%", "Quý II/2025 (đến 30/06/2025)". */
export function fieldValueText(field: Field, value: unknown): string {
  if (value === null || value === undefined || value === '') return h.empty;
  switch (field) {
    case 'status': {
      const status = TaskStatus.safeParse(value);
      return status.success ? tasksVi.status[status.data] : plain(value);
    }
    case 'progress':
      return typeof value === 'number' ? `${value}%` : plain(value);
    case 'progressMode':
      return value === 'manual' ? tasksVi.progress.byHand : tasksVi.progress.byStatus;
    case 'deadline': {
      if (!isRecord(value)) return plain(value);
      const raw = typeof value.raw === 'string' ? value.raw : '';
      const to = dateText(value.to);
      if (raw && to) return `${raw} (${to})`;
      return raw || to || h.empty;
    }
    case 'lead':
    case 'support':
    case 'files':
      return Array.isArray(value) ? value.map(partyName).filter(Boolean).join('; ') || h.empty : plain(value);
    default:
      return plain(value);
  }
}

function actionTitle(action: string): string {
  const name = action.toLowerCase();
  if (name.includes('create')) return h.created;
  if (name.includes('report')) return h.reported;
  if (name.includes('comment')) return h.commented;
  if (name.includes('delete')) return h.deleted;
  if (name.includes('remind')) return h.reminded;
  if (name.includes('update') || name.includes('status') || name.includes('progress')) return h.updated;
  return h.other(action);
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * One history entry in plain Vietnamese: what was done, then one line per known field that changed
 * ("Trạng thái: Chưa triển khai → Đang thực hiện"). Fields the page does not show (ids, timestamps) are left out.
 */
export function historyLine(entry: { action: string; before: unknown; after: unknown }): HistoryLine {
  const before = isRecord(entry.before) ? entry.before : {};
  const after = isRecord(entry.after) ? entry.after : {};
  const changes: string[] = [];
  for (const field of FIELDS) {
    if (!(field in after) || same(before[field], after[field])) continue;
    const label = h.field[field];
    const next = fieldValueText(field, after[field]);
    changes.push(
      field in before && before[field] !== null && before[field] !== undefined
        ? h.change(label, fieldValueText(field, before[field]), next)
        : h.set(label, next),
    );
  }
  return { title: actionTitle(entry.action), changes };
}
