import { z } from 'zod';
import { IdParams, IsoDate, Page } from './common';
import { DocumentDraft, DocumentSummary, FileFormat, StoredDocumentDraft } from './documents';
import { PLAN_ACTIONS } from '../core/plans/lifecycle';

/** draft → submitted → approved (by a leader) → issued (numbered) → in_progress → closed. */
export const PlanStatus = z.enum(['draft', 'submitted', 'approved', 'issued', 'in_progress', 'closed']);
export type PlanStatus = z.infer<typeof PlanStatus>;

/** chưa triển khai, đang thực hiện, hoàn thành, hoàn thành quá hạn, tạm dừng. */
export const TaskStatus = z.enum(['not_started', 'in_progress', 'done', 'done_late', 'paused']);
export type TaskStatus = z.infer<typeof TaskStatus>;

export const Comparator = z.enum(['>=', '<=', '=']);

/** A deadline as written, with the date range it means (both null when the text names none). */
export const TaskDeadline = z.object({
  raw: z.string().trim().max(300),
  from: IsoDate.nullable().optional(),
  to: IsoDate.nullable().optional(),
});
export type TaskDeadline = z.infer<typeof TaskDeadline>;

/** A lead or coordinating party as given: a unit id, a unit code, or a name ("Phòng Văn hóa và Thông tin", "Công chức Văn hóa - Xã hội xã"). */
export const PartyRef = z.union([z.number().int().positive(), z.string().trim().min(1).max(300)]);

export const TargetInput = z.object({
  text: z.string().trim().min(1, 'Thiếu nội dung chỉ tiêu').max(2000),
  indicator: z.string().trim().max(500).nullable().optional(),
  comparator: Comparator.nullable().optional(),
  value: z.number().nullable().optional(),
  unit: z.string().trim().max(50).nullable().optional(),
  year: z.number().int().min(1945).max(2100).nullable().optional(),
  /** The unit the target applies to (code); the plan's area when absent. */
  appliesTo: z.string().trim().max(40).nullable().optional(),
});
export type TargetInput = z.infer<typeof TargetInput>;

export const TaskInput = z.object({
  text: z.string().trim().min(1, 'Thiếu nội dung nhiệm vụ').max(5000),
  lead: z.array(PartyRef).max(50),
  support: z.array(PartyRef).max(100).default([]),
  deadline: TaskDeadline.nullable().optional(),
});
export type TaskInput = z.infer<typeof TaskInput>;

export const BudgetLine = z.object({
  text: z.string().trim().min(1).max(500),
  amount: z.number().min(0).max(1e15).nullable(),
});

export const PlanBudget = z.object({
  /** "ngân sách cấp huyện năm 2022", "Quỹ Thi đua - Khen thưởng", "xã hội hóa". */
  source: z.string().trim().max(500),
  lines: z.array(BudgetLine).max(200).default([]),
});
export type PlanBudget = z.infer<typeof PlanBudget>;

/**
 * POST /api/plans: a DocumentDraft of kind KH with its targets and tasks. `targets`, `tasks` and `budget` replace the
 * draft's plan fields of the same name (which the importer fills with names); `printParts` prints targets, tasks and
 * budget as generated sections (plans written here) instead of relying on the sections as printed (imported plans).
 */
export const CreatePlanBody = z.object({
  draft: DocumentDraft,
  unit: z.string().trim().min(1).max(40).optional(),
  targets: z.array(TargetInput).max(500).default([]),
  tasks: z.array(TaskInput).max(1000).default([]),
  budget: PlanBudget.nullable().optional(),
  parentPlanId: z.number().int().positive().nullable().optional(),
  printParts: z.boolean().default(true),
  /** The plan's year, which dates "Quý I" or "hằng tháng"; from the draft's date, else its title ("… năm 2025"), else today. */
  year: z.number().int().min(1945).max(2100).optional(),
});
export type CreatePlanBody = z.infer<typeof CreatePlanBody>;

/**
 * POST /api/plans also takes a bare DocumentDraft of kind KH (what the importer returns), its plan fields inside it;
 * it prints as written unless `printParts` says otherwise or it has no sections of its own.
 */
export const CreatePlanRequest = z.union([CreatePlanBody, DocumentDraft]);
export type CreatePlanRequest = z.infer<typeof CreatePlanRequest>;

export function toCreatePlanBody(request: CreatePlanRequest, unit?: string): CreatePlanBody {
  if ('draft' in request) return { ...request, unit: request.unit ?? unit };
  const draft = request;
  return {
    draft,
    unit,
    targets: (draft.targets ?? []).map((t) => ({ ...t })),
    tasks: (draft.tasks ?? []).map((t) => ({ ...t, deadline: t.deadline })),
    budget: draft.budget ? { source: draft.budget.source, lines: draft.budget.lines ?? [] } : null,
    printParts: draft.printParts ?? draft.sections.length === 0,
  };
}

/** Saves the plan's text (header, căn cứ, free sections, signer); while issued, it makes an amendment version. */
export const UpdatePlanBody = z.object({
  draft: DocumentDraft,
  budget: PlanBudget.nullable().optional(),
  printParts: z.boolean().optional(),
});

export const Party = z.object({
  unitId: z.number().int(),
  unitCode: z.string(),
  unitName: z.string(),
  /** A position in the unit ("Công chức Văn hóa - Xã hội"); null when the unit itself leads. */
  position: z.string().nullable(),
  /** The name as written in the plan. */
  name: z.string(),
  /** False when the name matched no unit and was attached to the plan's own unit as a position. */
  matched: z.boolean(),
});
export type Party = z.infer<typeof Party>;

export const Task = z.object({
  id: z.number().int(),
  planId: z.number().int(),
  planTitle: z.string(),
  planNumber: z.string().nullable(),
  /** The plan's status: only a running plan's tasks are due or overdue (core/tasks/deadline). */
  planStatus: PlanStatus,
  position: z.number().int(),
  text: z.string(),
  lead: z.array(Party),
  support: z.array(Party),
  deadline: z
    .object({
      raw: z.string(),
      from: z.string().nullable(),
      to: z.string().nullable(),
      kind: z.string(),
      recurrence: z.string().nullable(),
    })
    .nullable(),
  status: TaskStatus,
  progress: z.number().int().min(0).max(100),
  progressMode: z.enum(['status', 'manual']),
  overdue: z.boolean(),
  parentTaskId: z.number().int().nullable(),
  warning: z.string().nullable(),
  updatedAt: z.string(),
});
export type Task = z.infer<typeof Task>;

export const Target = z.object({
  id: z.number().int(),
  position: z.number().int(),
  text: z.string(),
  indicator: z.string().nullable(),
  comparator: Comparator.nullable(),
  value: z.number().nullable(),
  unit: z.string().nullable(),
  year: z.number().int().nullable(),
  appliesTo: z.object({ code: z.string(), name: z.string() }).nullable(),
  /** The latest reported value per unit, and whether it meets the target. */
  reported: z.array(
    z.object({
      unitCode: z.string(),
      unitName: z.string(),
      value: z.number(),
      met: z.boolean().nullable(),
      reportedAt: z.string(),
    }),
  ),
});
export type Target = z.infer<typeof Target>;

export const CascadeKind = z.enum(['plan', 'report']);
export const CascadeUnitState = z.enum(['issued', 'issued_late', 'pending', 'late']);

export const Cascade = z.object({
  id: z.number().int(),
  kind: CascadeKind,
  title: z.string(),
  deadline: z.string(),
  units: z.array(
    z.object({
      unitCode: z.string(),
      unitName: z.string(),
      state: CascadeUnitState,
      respondedAt: z.string().nullable(),
      responsePlanId: z.number().int().nullable(),
      responseDocumentId: z.number().int().nullable(),
    }),
  ),
});
export type Cascade = z.infer<typeof Cascade>;

export const PlanSummary = z.object({
  id: z.number().int(),
  documentId: z.number().int(),
  unitCode: z.string(),
  unitName: z.string(),
  title: z.string(),
  number: z.string().nullable(),
  status: PlanStatus,
  year: z.number().int(),
  taskCount: z.number().int(),
  overdueCount: z.number().int(),
  doneCount: z.number().int(),
  updatedAt: z.string(),
});
export type PlanSummary = z.infer<typeof PlanSummary>;

/** What an account may do with a plan (core/plans/lifecycle): PlanDetail.allowedActions, the buttons the page shows. */
export const PlanAction = z.enum(PLAN_ACTIONS);
export type PlanAction = z.infer<typeof PlanAction>;

export const PlanDetail = PlanSummary.extend({
  document: DocumentSummary,
  draft: StoredDocumentDraft,
  printParts: z.boolean(),
  budget: PlanBudget.nullable(),
  parentPlan: z.object({ id: z.number().int(), title: z.string(), number: z.string().nullable() }).nullable(),
  childPlans: z.array(
    z.object({ id: z.number().int(), title: z.string(), unitName: z.string(), status: PlanStatus }),
  ),
  targets: z.array(Target),
  tasks: z.array(Task),
  cascades: z.array(Cascade),
  resultsSummary: z.string().nullable(),
  /** Version numbers of the document; `issuedVersion` is the frozen one once issued. */
  versions: z.array(z.object({ version: z.number().int(), createdAt: z.string() })),
  issuedVersion: z.number().int().nullable(),
  /** Names that matched no unit, attached to the plan's unit as positions. */
  warnings: z.array(z.string()),
  permissions: z.object({
    canEdit: z.boolean(),
    canApprove: z.boolean(),
    /** Issue (take the number): an editor of the plan's unit, once a leader approved it. */
    canIssue: z.boolean(),
    canReport: z.boolean(),
  }),
  /** The life-cycle actions this account may take now (`planActions`): exactly those the server accepts. */
  allowedActions: z.array(PlanAction),
});
export type PlanDetail = z.infer<typeof PlanDetail>;

export const PlanListQuery = z.object({
  unit: z.string().min(1).max(40).optional(),
  status: PlanStatus.optional(),
  year: z.coerce.number().int().min(1945).max(2100).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

/** POST /api/plans?unit=: the issuing unit (code), when the body names none. */
export const CreatePlanQuery = z.object({ unit: z.string().min(1).max(40).optional() });

/** GET /api/plans/:id/versions/:version. */
export const PlanVersionParams = IdParams.extend({ version: z.coerce.number().int().positive() });

/** GET /api/plans/:id/file: the format, and a version other than the issued one. */
export const PlanFileQuery = FileFormat.extend({ version: z.coerce.number().int().positive().optional() });

/** GET /api/dashboards/units/:code. */
export const UnitCodeParams = z.object({ code: z.string().min(1).max(40) });

export const PlanTransitionBody = z.object({
  action: z.enum(['submit', 'approve', 'return', 'start', 'close']),
  /** Required for close: the results summary. Optional note when returning a plan to draft. */
  note: z.string().trim().max(20_000).optional(),
});
export type PlanTransitionBody = z.infer<typeof PlanTransitionBody>;

export const CascadeBody = z.object({
  kind: CascadeKind,
  title: z.string().trim().min(1).max(500),
  /** Every unit of this level below the plan's area: commune, village (or district for the years before 2025). */
  level: z.enum(['district', 'commune', 'village']),
  /** A unit inside the plan's area whose subtree is meant; the plan's area when absent. */
  within: z.string().trim().max(40).optional(),
  deadline: IsoDate,
});

export const CascadeRespondBody = z.object({ unit: z.string().min(1).max(40), documentId: z.number().int() });

export const PlanDashboard = z.object({
  byStatus: z.record(TaskStatus, z.number().int()),
  overdueByUnit: z.array(z.object({ unitCode: z.string(), unitName: z.string(), overdue: z.number().int() })),
  targets: z.array(Target),
  completionRate: z.number(),
});

export const UnitDashboard = z.object({
  unitCode: z.string(),
  unitName: z.string(),
  total: z.number().int(),
  done: z.number().int(),
  overdue: z.number().int(),
  completionRate: z.number(),
  byChild: z.array(
    z.object({
      unitCode: z.string(),
      unitName: z.string(),
      total: z.number().int(),
      done: z.number().int(),
      overdue: z.number().int(),
      completionRate: z.number(),
    }),
  ),
});

export const TargetValueBody = z.object({
  unit: z.string().min(1).max(40),
  value: z.number(),
  note: z.string().max(1000).nullable().optional(),
});

export const PlanList = Page(PlanSummary);
