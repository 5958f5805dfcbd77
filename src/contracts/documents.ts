import { DOCUMENT_NUMBER_MAX, DOCUMENT_SYMBOL_MAX } from '../core/documents/issuer-abbreviation';
import { z } from 'zod';
import { IsoDate, Page } from './common';
import { MARGIN_RANGES_MM } from '../core/documents/model';

/** Annex III of NĐ 30/2020 (abbreviations of document types), plus CV for a công văn (no type code). */
export const DocumentKind = z.enum([
  'NQ',
  'QĐ',
  'CT',
  'QC',
  'QyĐ',
  'TC',
  'TB',
  'HD',
  'CTr',
  'KH',
  'PA',
  'ĐA',
  'DA',
  'BC',
  'BB',
  'TTr',
  'HĐ',
  'CĐ',
  'BGN',
  'BTT',
  'GUQ',
  'GM',
  'GGT',
  'GNP',
  'PG',
  'PC',
  'PB',
  'CV',
]);
export type DocumentKind = z.infer<typeof DocumentKind>;

/** A calendar day the documents of this field can carry (NĐ 30 applies from 1945 on; 2100 guards typos). */
export const DocumentDate = IsoDate.refine(
  (value) => value >= '1945-01-01' && value <= '2100-12-31',
  'Ngày phải trong khoảng 1945–2100',
);

export interface DocumentSection {
  label: string | null;
  title: string | null;
  text: string | null;
  children: DocumentSection[];
}

/** One node of the body as printed: "I." + title, "1." + title, "a)" / "-" / "+" + text, nested. */
export const DocumentSection: z.ZodType<DocumentSection, DocumentSection> = z
  .object({
    label: z.string().max(20).nullable(),
    title: z.string().max(1000).nullable(),
    text: z.string().max(20_000).nullable(),
    get children() {
      return z.array(DocumentSection).max(500);
    },
  })
  .meta({ id: 'DocumentSection' });

/** Deeper than any plan (Phần, I., 1., 1.1., a), -, + make seven); a deeper tree is a mistake or an attack. */
export const MAX_SECTION_DEPTH = 10;

/** The body's sections, refused with the path of the first one nested deeper than MAX_SECTION_DEPTH. */
export const SectionTree = z
  .array(DocumentSection)
  .max(500)
  .superRefine((sections, ctx) => {
    const walk = (nodes: DocumentSection[], path: (string | number)[], depth: number): boolean =>
      nodes.some((node, i) => {
        if (depth > MAX_SECTION_DEPTH) {
          ctx.addIssue({
            code: 'custom',
            path: [...path, i],
            message: `Mục lồng nhau quá sâu (tối đa ${MAX_SECTION_DEPTH} cấp)`,
          });
          return true;
        }
        return walk(node.children, [...path, i, 'children'], depth + 1);
      });
    walk(sections, [], 1);
  });

export const Issuer = z.object({
  /** Tên cơ quan chủ quản trực tiếp, e.g. "UBND HUYỆN CẨM XUYÊN"; null when there is none. */
  parent: z.string().trim().max(200).nullable(),
  /** Tên cơ quan ban hành, e.g. "PHÒNG VĂN HÓA VÀ THÔNG TIN". */
  name: z.string().trim().min(1, 'Thiếu tên cơ quan ban hành').max(200),
});

export const Signer = z.object({
  /** "TM. ỦY BAN NHÂN DÂN", "TL. GIÁM ĐỐC", ...; null when the head signs in person. */
  authority: z.string().trim().max(200).nullable(),
  /** "KT. CHỦ TỊCH", "Q. GIÁM ĐỐC", ...; null when none. */
  delegation: z.string().trim().max(200).nullable(),
  position: z.string().trim().min(1, 'Thiếu chức vụ người ký').max(200),
  name: z.string().trim().min(1, 'Thiếu họ tên người ký').max(120),
});
export type Signer = z.infer<typeof Signer>;

export const Deadline = z.object({ raw: z.string(), from: z.string().nullable(), to: z.string().nullable() });

export const PlanTarget = z.object({
  text: z.string(),
  indicator: z.string(),
  comparator: z.enum(['>=', '<=', '=']).nullable(),
  value: z.number().nullable(),
  unit: z.string().nullable(),
});

export const PlanTask = z.object({
  text: z.string(),
  lead: z.array(z.string()),
  support: z.array(z.string()),
  deadline: Deadline.nullable(),
});

export const Conference = z.object({
  date: z.string().nullable(),
  dateRaw: z.string().nullable(),
  startTime: z.string().nullable(),
  session: z.enum(['morning', 'afternoon', 'full_day']).nullable(),
  format: z.enum(['in_person', 'online', 'hybrid']).nullable(),
  venue: z.string().nullable(),
  bridgePoints: z.array(z.object({ name: z.string(), units: z.array(z.string()) })),
  expectedAttendees: z.number().int().nullable(),
  participantGroups: z.array(z.object({ title: z.string(), members: z.array(z.string()) })),
  agenda: z.array(z.object({ order: z.number().int(), title: z.string(), presenter: z.string().nullable() })),
  presentations: z
    .object({
      count: z.number().int().nullable(),
      units: z.array(z.string()),
      minMinutes: z.number().nullable(),
      maxMinutes: z.number().nullable(),
      dueDaysBefore: z.number().int().nullable(),
    })
    .nullable(),
});

/** Giấy mời (Mẫu 1.7). */
export const Invitation = z.object({
  /** The inviting body as the sentence names it ("Ủy ban nhân dân xã Cẩm Xuyên"); the issuer's name when null. */
  host: z.string().max(300).nullable().optional(),
  /** Whom the paper invites, e.g. "Ông/Bà Nguyễn Văn A, Chủ tịch UBND xã ..."; null for a generic one. */
  invitee: z.string().max(500).nullable(),
  /** "Hội nghị tổng kết phong trào ... năm 2023" (after "Tới dự"). */
  event: z.string().min(1).max(1000),
  chair: z.string().max(300).nullable(),
  time: z.string().min(1).max(300),
  place: z.string().min(1).max(500),
  closing: z.string().max(500).nullable(),
});

/** Quyết định: articles, and an attached list printed as an appendix table. */
export const Decision = z.object({
  /** Thẩm quyền ban hành, printed under the trích yếu: "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ CẨM XUYÊN". */
  authorityLine: z.string().max(300),
  articles: z
    .array(z.object({ text: z.string().max(20_000), items: z.array(z.string()).max(200) }))
    .min(1)
    .max(50),
  attachment: z
    .object({
      title: z.string().max(500),
      columns: z.array(z.string().max(100)).min(1).max(12),
      rows: z.array(z.array(z.string().max(2000))).max(10_000),
    })
    .nullable(),
});

/** Biên bản (Mẫu 1.9). */
export const Minutes = z.object({
  startTime: z.string().max(200),
  endTime: z.string().max(200),
  place: z.string().max(500),
  attendees: z.array(z.string().max(500)).max(500),
  chair: z.string().max(200),
  secretary: z.string().max(200),
});

/** A number's and a draft's ký hiệu's limits (core issuer-abbreviation). */
export { DOCUMENT_NUMBER_MAX, DOCUMENT_SYMBOL_MAX };

const documentDraftFields = z.object({
  kind: DocumentKind,
  issuer: Issuer,
  number: z.string().trim().max(DOCUMENT_NUMBER_MAX).nullable(),
  /** The ký hiệu after the number ("KH-BCĐ"), for a draft that has no number yet. */
  symbol: z.string().trim().max(DOCUMENT_SYMBOL_MAX).nullable().optional(),
  place: z.string().trim().min(1).max(100),
  date: DocumentDate.nullable(),
  title: z.string().trim().min(1, 'Thiếu trích yếu').max(1000),
  recipientsTo: z.array(z.string().max(300)).max(100),
  legalBases: z.array(z.string().max(2000)).max(100),
  sections: SectionTree,
  signer: Signer,
  recipients: z.array(z.string().max(300)).max(200),
  urgency: z.enum(['KHẨN', 'THƯỢNG KHẨN', 'HỎA TỐC']).nullable().optional(),
  invitation: Invitation.nullable().optional(),
  decision: Decision.nullable().optional(),
  minutes: Minutes.nullable().optional(),
  targets: z.array(PlanTarget).optional(),
  tasks: z.array(PlanTask).optional(),
  conference: Conference.nullable().optional(),
  budget: z
    .object({
      source: z.string(),
      lines: z
        .array(z.object({ text: z.string().max(500), amount: z.number().min(0).max(1e15).nullable() }))
        .max(200)
        .optional(),
    })
    .nullable()
    .optional(),
  /** A plan written here prints its targets, tasks and budget as generated sections (core plan-parts). */
  printParts: z.boolean().optional(),
  warnings: z.array(z.object({ line: z.number().int(), message: z.string() })).optional(),
});

/** The kinds' own parts: a Giấy mời its invitation, a Quyết định its articles, a Biên bản its minutes. */
function refineKind(draft: z.infer<typeof documentDraftFields>, ctx: z.RefinementCtx): void {
  if (draft.kind === 'GM' && !draft.invitation)
    ctx.addIssue({
      code: 'custom',
      path: ['invitation'],
      message: 'Giấy mời cần thời gian, địa điểm, sự kiện',
    });
  if (draft.kind === 'QĐ' && !draft.decision)
    ctx.addIssue({ code: 'custom', path: ['decision'], message: 'Quyết định cần các điều' });
  if (draft.kind === 'BB' && !draft.minutes)
    ctx.addIssue({
      code: 'custom',
      path: ['minutes'],
      message: 'Biên bản cần thời gian, địa điểm, thành phần',
    });
}

export const DocumentDraft = documentDraftFields.superRefine(refineKind);
export type DocumentDraft = z.infer<typeof DocumentDraft>;

/**
 * A draft as stored and answered (PlanDetail.draft): a number or ký hiệu stored before their limits (a longer
 * issuer group was once made from the name) is shown as it is, never a 500.
 */
export const StoredDocumentDraft = documentDraftFields
  .extend({ number: z.string().nullable(), symbol: z.string().nullable().optional() })
  .superRefine(refineKind);

export const DocumentStatus = z.enum(['draft', 'issued']);

export const DocumentSummary = z.object({
  id: z.number().int(),
  unitCode: z.string(),
  kind: DocumentKind,
  title: z.string(),
  status: DocumentStatus,
  number: z.string().nullable(),
  issuedDate: z.string().nullable(),
  currentVersion: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type DocumentSummary = z.infer<typeof DocumentSummary>;

export const DocumentDetail = DocumentSummary.extend({
  draft: z.unknown(),
  versions: z.array(
    z.object({ version: z.number().int(), createdAt: z.string(), createdBy: z.number().int().nullable() }),
  ),
});
export type DocumentDetail = z.infer<typeof DocumentDetail>;

/** Which unit issues (its number series and its scope); the account's organization or unit when absent. */
export const DocumentUnitQuery = z.object({ unit: z.string().min(1).max(40).optional() });

export const DocumentListQuery = z.object({
  unit: z.string().min(1).max(40).optional(),
  status: DocumentStatus.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

export const IssueDocumentBody = z.object({
  /** The signing date, which is the document's date; today (Vietnam) when absent. */
  date: DocumentDate.optional(),
  copies: z.number().int().min(1).max(10_000).optional(),
  /** Văn bản mật: numbered in the body's separate confidential series (NĐ 30/2020, Art. 15). */
  confidential: z.boolean().optional(),
  archiveHolder: z.string().max(300).nullable().optional(),
  notes: z.string().max(1000).nullable().optional(),
});
export type IssueDocumentBody = z.infer<typeof IssueDocumentBody>;

export const FileFormat = z.object({
  format: z.enum(['docx', 'pdf']).default('docx'),
  /** For a draft not stored yet: the issuing unit whose page layout to use. */
  unit: z.string().min(1).max(40).optional(),
});

export const RegisterQuery = z.object({
  unit: z.string().min(1).max(40).optional(),
  year: z.coerce.number().int().min(1945).max(2100),
  confidential: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
});

export const RegisterEntry = z.object({
  sequence: z.number().int(),
  number: z.string(),
  issuedDate: z.string(),
  kindAndTitle: z.string(),
  signer: z.string(),
  recipients: z.string(),
  archiveHolder: z.string().nullable(),
  copies: z.number().int().nullable(),
  sentDate: z.string().nullable(),
  receivedBy: z.string().nullable(),
  notes: z.string().nullable(),
  documentId: z.number().int(),
});
export type RegisterEntry = z.infer<typeof RegisterEntry>;

/** GET /api/documents/register: the year's entries in number order. */
export const RegisterEntries = z.array(RegisterEntry);

const margin = (side: keyof typeof MARGIN_RANGES_MM) =>
  z
    .number()
    .min(
      MARGIN_RANGES_MM[side][0],
      `Lề ${side} theo NĐ 30 từ ${MARGIN_RANGES_MM[side][0]} đến ${MARGIN_RANGES_MM[side][1]} mm`,
    )
    .max(
      MARGIN_RANGES_MM[side][1],
      `Lề ${side} theo NĐ 30 từ ${MARGIN_RANGES_MM[side][0]} đến ${MARGIN_RANGES_MM[side][1]} mm`,
    );

/** An issuing body's page layout, within the ranges of NĐ 30/2020 (Phụ lục I). */
export const DocumentLayout = z.object({
  marginsMm: z.object({
    top: margin('top'),
    bottom: margin('bottom'),
    left: margin('left'),
    right: margin('right'),
  }),
  bodySizePt: z.union([z.literal(13), z.literal(14)]),
});
export type DocumentLayout = z.infer<typeof DocumentLayout>;

export const DocumentList = Page(DocumentSummary);
