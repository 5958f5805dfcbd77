/**
 * What the NĐ 30 builder renders. The zod schema `DocumentDraft` (src/contracts/documents.ts) is the one
 * source of truth; this is the shape core needs, so that core imports nothing outside core.
 */
export interface DocSection {
  label: string | null;
  title: string | null;
  text: string | null;
  children: DocSection[];
}

export interface DocModel {
  kind: string;
  issuer: { parent: string | null; name: string };
  number: string | null;
  symbol?: string | null | undefined;
  place: string;
  date: string | null;
  title: string;
  recipientsTo: string[];
  legalBases: string[];
  sections: DocSection[];
  signer: { authority: string | null; delegation: string | null; position: string; name: string };
  recipients: string[];
  urgency?: string | null | undefined;
  invitation?:
    | {
        host?: string | null | undefined;
        invitee: string | null;
        event: string;
        chair: string | null;
        time: string;
        place: string;
        closing: string | null;
      }
    | null
    | undefined;
  decision?:
    | {
        authorityLine: string;
        articles: { text: string; items: string[] }[];
        attachment: { title: string; columns: string[]; rows: string[][] } | null;
      }
    | null
    | undefined;
  minutes?:
    | {
        startTime: string;
        endTime: string;
        place: string;
        attendees: string[];
        chair: string;
        secretary: string;
      }
    | null
    | undefined;
  /** A plan written in PhongTrào prints its targets, tasks and budget as generated sections (see plan-parts.ts). */
  printParts?: boolean | undefined;
  targets?: PlanTargetModel[] | undefined;
  tasks?: PlanTaskModel[] | undefined;
  budget?:
    { source: string; lines?: { text: string; amount: number | null }[] | undefined } | null | undefined;
}

export interface PlanTargetModel {
  text: string;
  indicator?: string | null | undefined;
  comparator?: '>=' | '<=' | '=' | null | undefined;
  value?: number | null | undefined;
  unit?: string | null | undefined;
}

export interface PlanTaskModel {
  text: string;
  lead: string[];
  support: string[];
  deadline: { raw: string } | null;
}

/** Page layout an organization may set, within NĐ 30's ranges (Phụ lục I). */
export interface DocLayout {
  marginsMm: { top: number; bottom: number; left: number; right: number };
  bodySizePt: 13 | 14;
}

export const DEFAULT_LAYOUT: DocLayout = {
  marginsMm: { top: 20, bottom: 20, left: 30, right: 15 },
  bodySizePt: 14,
};

/** NĐ 30/2020, Phụ lục I: top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm. */
export const MARGIN_RANGES_MM = { top: [20, 25], bottom: [20, 25], left: [30, 35], right: [15, 20] } as const;
