import { describe, expect, it } from 'vitest';
import type { Party } from '../../../contracts/plans';
import {
  changedTaskFields,
  emptyPlanForm,
  emptyTarget,
  emptyTask,
  partyIdsOf,
  partyNames,
  type PlanForm,
  type TaskRow,
} from './plan-form-state';
import { planSyncOps } from './plan-sync';

const task = (id: number | null, text: string): TaskRow => ({ ...emptyTask(), id, text, lead: ['Thôn 1'] });

function saved(): PlanForm {
  return {
    ...emptyPlanForm(null, 2025),
    targets: [{ ...emptyTarget(2025), id: 5, text: 'Chỉ tiêu A' }],
    tasks: [task(1, 'Việc 1'), task(2, 'Việc 2')],
  };
}

describe('planSyncOps', () => {
  it('makes no call when nothing changed', () => {
    expect(planSyncOps(saved(), saved())).toEqual([]);
  });

  it('deletes removed rows first, then updates changed ones, then creates new ones in order', () => {
    const before = saved();
    const after: PlanForm = {
      ...before,
      targets: [],
      tasks: [{ ...before.tasks[1]!, text: 'Việc 2 (sửa)' }, task(null, 'Việc 3')],
    };
    expect(planSyncOps(before, after).map((op) => [op.kind, 'id' in op ? op.id : op.body.text])).toEqual([
      ['deleteTarget', 5],
      ['deleteTask', 1],
      ['updateTask', 2],
      ['createTask', 'Việc 3'],
    ]);
  });

  it('updates a task when only its unit ids change', () => {
    const before = saved();
    const after = { ...before, partyIds: { 'Thôn 1': 31 } };
    expect(planSyncOps(before, after).map((op) => op.kind)).toEqual(['updateTask', 'updateTask']);
  });
});

describe('partyIdsOf and changedTaskFields', () => {
  const party = (name: string, unitId: number, over: Partial<Party> = {}): Party => ({
    unitId,
    unitCode: String(unitId),
    unitName: name,
    position: null,
    name,
    matched: true,
    ...over,
  });

  it('keeps an id only for a name that stands for exactly one unit', () => {
    const ids = partyIdsOf([
      party('Thôn 1', 31),
      party('Các thôn, tổ dân phố', 31),
      party('Các thôn, tổ dân phố', 32),
      party('Công chức Văn hóa - Xã hội', 7, { position: 'Công chức Văn hóa - Xã hội' }),
      party('Hội Chữ thập đỏ', 7, { matched: false }),
    ]);
    expect(ids).toEqual({ 'Thôn 1': 31 });
    expect(partyNames([party('Các thôn', 31), party('Các thôn', 32)])).toEqual(['Các thôn']);
  });

  it('sends only the fields of a task that changed', () => {
    const before = { text: 'Việc', lead: ['Các thôn'], support: [], deadline: { raw: 'Quý I' } };
    const after = { ...before, deadline: { raw: 'Quý II' } };
    expect(changedTaskFields(before, after)).toEqual({ deadline: { raw: 'Quý II' } });
    expect(changedTaskFields(before, before)).toEqual({});
  });

  it('leaves a collective lead alone when only the deadline of a saved task changes', () => {
    const before = saved();
    const after = { ...before, tasks: [{ ...before.tasks[0]!, deadline: 'Quý II' }, before.tasks[1]!] };
    const ops = planSyncOps(before, after);
    expect(ops).toHaveLength(1);
    expect(ops[0]).toMatchObject({ kind: 'updateTask', id: 1 });
    expect(Object.keys(ops[0]!.kind === 'updateTask' ? ops[0]!.body : {})).toEqual(['deadline']);
  });
});
