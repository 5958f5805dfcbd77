import { z } from 'zod';
import { IsoDate, Page } from './common';
import { DocumentLayout } from './documents';
import { ISSUER_ABBREVIATION_MAX, ISSUER_ABBREVIATION_PATTERN } from '../core/documents/issuer-abbreviation';

export const UnitLevel = z.enum(['province', 'district', 'commune', 'village', 'organization']);
export type UnitLevel = z.infer<typeof UnitLevel>;

/** Administrative levels only (what `units stats` counts). */
export const AdminLevel = z.enum(['province', 'district', 'commune', 'village']);
export type AdminLevel = z.infer<typeof AdminLevel>;

export const UnitCode = z
  .string()
  .min(1)
  .max(40)
  .regex(/^[A-Za-z0-9._-]+$/, 'Mã đơn vị chỉ gồm chữ, số, dấu chấm, gạch ngang, gạch dưới');

/**
 * The issuing body's group of a ký hiệu as its administrator types it ("UBND", "SVHTTDL", "UBND-VX"): upper case
 * letters (Đ included) and digits, groups joined by one "-", as NĐ 30/2020 writes "Số: 12/UBND-VX".
 */
export const IssuerSymbol = z
  .string()
  .trim()
  .min(1, 'Ký hiệu cơ quan không được để trống')
  .max(ISSUER_ABBREVIATION_MAX, `Ký hiệu cơ quan dài tối đa ${ISSUER_ABBREVIATION_MAX} ký tự`)
  .regex(
    ISSUER_ABBREVIATION_PATTERN,
    'Ký hiệu cơ quan chỉ gồm chữ in hoa và chữ số, các nhóm nối bằng một dấu "-", không dấu cách, không dấu câu',
  );

export const UnitSummary = z.object({
  id: z.number().int(),
  code: z.string(),
  level: UnitLevel,
  type: z.string(),
  name: z.string(),
  fullName: z.string(),
  shortName: z.string().nullable(),
  parentCode: z.string().nullable(),
  validFrom: IsoDate.nullable(),
  validTo: IsoDate.nullable(),
  isOfficial: z.boolean(),
  /** In lists only: whether any unit (of any date) sits under this one, so a tree can hide its expander. */
  hasChildren: z.boolean().optional(),
});
export type UnitSummary = z.infer<typeof UnitSummary>;

export const UnitLink = z.object({
  unit: UnitSummary,
  /** `full`: the whole unit went into the successor; `partial`: only a part of it. */
  kind: z.enum(['full', 'partial']),
  effectiveDate: IsoDate,
});
export type UnitLink = z.infer<typeof UnitLink>;

export const UnitDetail = UnitSummary.extend({
  ancestors: z.array(UnitSummary),
  childCounts: z.record(z.string(), z.number().int()),
  predecessors: z.array(UnitLink),
  successors: z.array(UnitLink),
  /** Vietnamese sentence on how the unit came to be, e.g. "Thành lập trên cơ sở sáp nhập ...". */
  historyNote: z.string().nullable(),
  /** The page layout of its documents, or null for the NĐ 30 default (20/20/30/15 mm, 14 pt). */
  documentLayout: DocumentLayout.nullable(),
  /** The group of its documents' ký hiệu it has set ("UBND"), or null for the one its name gives (`symbolOf`). */
  symbol: z.string().nullable(),
  /** The group its documents are numbered with now: the set one, else the one its name gives ("KH-UBND"). */
  issuerSymbol: z.string(),
  /** What the signed-in account may do here (computed from its scopes and role). */
  permissions: z.object({
    canView: z.boolean(),
    canEdit: z.boolean(),
    canAdminister: z.boolean(),
  }),
});
export type UnitDetail = z.infer<typeof UnitDetail>;

export const UnitListQuery = z.object({
  parent: UnitCode.optional(),
  /** Every unit below this one, at any depth (its subtree, without itself). */
  within: UnitCode.optional(),
  level: UnitLevel.optional(),
  at: IsoDate.optional(),
  q: z.string().max(100).optional(),
  /** `view` / `capture`: only units inside the account's view or capture scope. */
  scope: z.enum(['all', 'view', 'capture']).default('all'),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
export type UnitListQuery = z.infer<typeof UnitListQuery>;

export const UnitList = Page(UnitSummary);
export type UnitList = z.infer<typeof UnitList>;

export const UnitAtQuery = z.object({ at: IsoDate.optional() });

export const VillageTypes = [
  'thôn',
  'tổ dân phố',
  'khu phố',
  'ấp',
  'bản',
  'buôn',
  'làng',
  'xóm',
  'khối',
  'khu dân cư',
] as const;
export const OrganizationTypes = [
  'UBND',
  'HĐND',
  'Ban Chỉ đạo',
  'Hội đồng Thi đua - Khen thưởng',
  'Sở',
  'Phòng',
  'Văn phòng',
  'MTTQ',
  'đoàn thể',
  'trường',
  'doanh nghiệp',
  'khác',
] as const;

export const CreateUnitBody = z
  .object({
    parent: UnitCode,
    level: z.enum(['village', 'organization']),
    type: z.string().min(1).max(60),
    name: z.string().trim().min(1, 'Tên không được để trống').max(200),
    shortName: z.string().trim().max(60).nullable().optional(),
    code: UnitCode.optional(),
    validFrom: IsoDate.optional(),
  })
  .superRefine((body, ctx) => {
    const allowed: readonly string[] = body.level === 'village' ? VillageTypes : OrganizationTypes;
    if (!allowed.includes(body.type)) {
      ctx.addIssue({
        code: 'custom',
        path: ['type'],
        message: `Loại không hợp lệ; chọn một trong: ${allowed.join(', ')}`,
      });
    }
  });
export type CreateUnitBody = z.infer<typeof CreateUnitBody>;

/**
 * PATCH /api/units/:code. `name`, `shortName` and `validTo` change a village or organization made here; `symbol` (null
 * = the one its name gives) may be set on any issuing body by its unit administrators, official units included.
 */
export const UpdateUnitBody = z.object({
  name: z.string().trim().min(1).max(200).optional(),
  shortName: z.string().trim().max(60).nullable().optional(),
  validTo: IsoDate.nullable().optional(),
  symbol: IssuerSymbol.nullable().optional(),
});
export type UpdateUnitBody = z.infer<typeof UpdateUnitBody>;

export const UnitStats = z.object({
  province: z.number().int(),
  district: z.number().int(),
  commune: z.number().int(),
  village: z.number().int(),
});
export type UnitStats = z.infer<typeof UnitStats>;

export const SetDocumentLayoutBody = z.object({ layout: DocumentLayout.nullable() });
export type SetDocumentLayoutBody = z.infer<typeof SetDocumentLayoutBody>;

/** The `:code` of a unit route. */
export const UnitCodeParams = z.object({ code: UnitCode });
export type UnitCodeParams = z.infer<typeof UnitCodeParams>;
