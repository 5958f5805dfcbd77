import { describe, expect, it } from 'vitest';
import { DocumentDraft } from '../../../contracts/documents';
import { CreatePlanBody, type PlanDetail } from '../../../contracts/plans';
import type { UnitSummary } from '../../../contracts/units';
import { deadlineInput, planYear, readDeadline } from './deadline-phrase';
import {
  detailToPlanForm,
  emptyPlanForm,
  emptyTarget,
  emptyTask,
  formToCreateBody,
  planFormToDraft,
  validatePlanForm,
  type PlanForm,
} from './plan-form-state';

const commune: UnitSummary = {
  id: 7,
  code: '18-CX',
  level: 'commune',
  type: 'xã',
  name: 'Cẩm Xuyên',
  fullName: 'xã Cẩm Xuyên',
  shortName: null,
  parentCode: '18',
  validFrom: null,
  validTo: null,
  isOfficial: true,
};

function filledForm(): PlanForm {
  const form = emptyPlanForm(commune, 2025);
  return {
    ...form,
    doc: {
      ...form.doc,
      issuerName: 'ỦY BAN NHÂN DÂN XÃ CẨM XUYÊN',
      place: 'Cẩm Xuyên',
      title: 'Kế hoạch thực hiện phong trào năm 2025',
      signerPosition: 'CHỦ TỊCH',
      signerName: 'Phạm Văn Thắng',
    },
    targets: [
      { ...emptyTarget(2025), text: 'Có 86% hộ gia đình văn hóa', indicator: 'Tỷ lệ', value: 86, unit: '%' },
    ],
    tasks: [
      {
        ...emptyTask(),
        text: 'Tuyên truyền phong trào',
        lead: ['Công chức Văn hóa - Xã hội', 'Thôn 1'],
        support: [],
        deadline: 'Quý I',
      },
    ],
    budgetSource: 'ngân sách xã',
    budgetLines: [
      { key: 'b1', text: 'In tài liệu', amount: 2_000_000 },
      { key: 'b2', text: '', amount: '' },
    ],
    partyIds: { 'Thôn 1': 31 },
  };
}

describe('formToCreateBody', () => {
  it('sends a KH draft with printed parts, picked units by id and typed names as written', () => {
    const form = filledForm();
    const checked = validatePlanForm(form);
    expect(checked.draft).not.toBeNull();
    const body = formToCreateBody(form, checked.draft!, 12);
    expect(CreatePlanBody.safeParse(body).success).toBe(true);
    expect(body.draft.kind).toBe('KH');
    expect(body.draft.printParts).toBe(true);
    expect(body.printParts).toBe(true);
    expect(body.unit).toBe('18-CX');
    expect(body.parentPlanId).toBe(12);
    expect(body.tasks[0]!.lead).toEqual(['Công chức Văn hóa - Xã hội', 31]);
    expect(body.tasks[0]!.deadline).toEqual({ raw: 'Quý I', from: '2025-01-01', to: '2025-03-31' });
    expect(body.targets[0]).toMatchObject({
      text: 'Có 86% hộ gia đình văn hóa',
      comparator: '>=',
      value: 86,
      year: 2025,
    });
    expect(body.budget).toEqual({
      source: 'ngân sách xã',
      lines: [{ text: 'In tài liệu', amount: 2_000_000 }],
    });
  });

  it('prints the tasks and targets in the preview draft, which passes the documents contract', () => {
    const draft = planFormToDraft(filledForm());
    expect(DocumentDraft.safeParse(draft).success).toBe(true);
    expect(draft.tasks?.[0]?.lead).toEqual(['Công chức Văn hóa - Xã hội', 'Thôn 1']);
    expect(draft.targets?.[0]?.indicator).toBe('Tỷ lệ');
  });
});

describe('validatePlanForm', () => {
  it('flags a task without a lead before sending, and keeps the draft back', () => {
    const form = filledForm();
    const task = { ...form.tasks[0]!, lead: [] };
    const checked = validatePlanForm({ ...form, tasks: [task] });
    expect(checked.draft).toBeNull();
    expect(checked.errors.tasks[task.key]?.lead).toBe('Nhiệm vụ chưa có đơn vị chủ trì');
    expect(checked.errors.tasks[task.key]?.text).toBeUndefined();
  });

  it('marks the missing signer on the document field it belongs to', () => {
    const form = filledForm();
    const checked = validatePlanForm({ ...form, doc: { ...form.doc, signerName: ' ' } });
    expect(checked.draft).toBeNull();
    expect(checked.errors.doc.signerName).toBeDefined();
  });

  it('flags a budget line with an amount but no text', () => {
    const form = filledForm();
    const checked = validatePlanForm({ ...form, budgetLines: [{ key: 'x', text: '', amount: 5 }] });
    expect(checked.errors.budget.x).toBeDefined();
  });
});

describe('deadlines', () => {
  it.each<[string, number, ReturnType<typeof deadlineInput>]>([
    ['', 2025, null],
    ['Quý II năm 2023', 2025, { raw: 'Quý II năm 2023', from: '2023-04-01', to: '2023-06-30' }],
    ['khi có yêu cầu của cấp trên', 2025, { raw: 'khi có yêu cầu của cấp trên' }],
  ])('deadlineInput(%j) keeps the text and adds the dates it understood', (raw, year, expected) => {
    expect(deadlineInput(raw, year)).toEqual(expected);
  });

  it('warns in Vietnamese, without dropping the text, when a phrase is not understood', () => {
    const reading = readDeadline('khi có yêu cầu của cấp trên', 2025);
    expect(reading.summary).toBeNull();
    expect(reading.warning).toBeTruthy();
    expect(reading.phrase.raw).toBe('khi có yêu cầu của cấp trên');
  });

  it('shows the date range a quarter means', () => {
    expect(readDeadline('Quý I năm 2023', 2025).summary).toBe('Từ 01/01/2023 đến 31/03/2023');
  });

  it.each([
    ['Kế hoạch thực hiện phong trào năm 2024', 2024],
    ['Kế hoạch tổ chức Ngày hội', 2026],
    ['Kế hoạch năm 20245', 2026],
  ])('planYear(%j) is %i', (title, year) => {
    expect(planYear(title, 2026)).toBe(year);
  });
});

describe('detailToPlanForm', () => {
  const party = (name: string, unitId: number) => ({
    unitId,
    unitCode: String(unitId),
    unitName: name,
    position: null,
    name,
    matched: true,
  });
  const task = {
    id: 9,
    planId: 3,
    planTitle: 'KH',
    planNumber: null,
    position: 1,
    text: 'Bình xét gia đình văn hóa',
    lead: [party('Các thôn', 31), party('Các thôn', 32)],
    support: [],
    deadline: { raw: 'Quý IV', from: '2025-10-01', to: '2025-12-31', kind: 'range', recurrence: null },
    status: 'not_started' as const,
    progress: 0,
    progressMode: 'status' as const,
    overdue: false,
    parentTaskId: null,
    warning: null,
    updatedAt: '2025-01-01T00:00:00Z',
  };
  const detail = {
    year: 2026,
    title: 'Kế hoạch năm 2025',
    printParts: false,
    budget: null,
    targets: [],
    tasks: [task, { ...task, id: 10, parentTaskId: 9 }],
  } as unknown as PlanDetail;

  it('keeps an imported plan printed as written, its year from the title and a collective lead by name', () => {
    const form = detailToPlanForm(detail, planFormToDraft(filledForm()), commune);
    expect(form.printParts).toBe(false);
    expect(planFormToDraft(form).printParts).toBe(false);
    expect(form.year).toBe(2025);
    expect(form.tasks).toHaveLength(1);
    expect(form.tasks[0]!.lead).toEqual(['Các thôn']);
    expect(form.partyIds).toEqual({});
  });
});
