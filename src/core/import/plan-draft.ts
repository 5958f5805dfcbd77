/**
 * The draft an imported plan becomes. It mirrors `DocumentDraft` of src/contracts/documents.ts field for field
 * (core imports nothing outside core); src/contracts/plan-import.test.ts parses the seeds' drafts with the zod
 * schema to keep the two in step.
 */
export interface ImportWarning {
  /** 1-based line of the input text. */
  line: number;
  /** Vietnamese, shown to the user beside the line. */
  message: string;
}

export interface DraftSection {
  label: string | null;
  title: string | null;
  text: string | null;
  children: DraftSection[];
}

export interface DraftTarget {
  text: string;
  indicator: string;
  comparator: '>=' | '<=' | '=' | null;
  value: number | null;
  unit: string | null;
}

export interface DraftDeadline {
  raw: string;
  from: string | null;
  to: string | null;
}

export interface DraftTask {
  text: string;
  lead: string[];
  support: string[];
  deadline: DraftDeadline | null;
}

export interface DraftConference {
  date: string | null;
  dateRaw: string | null;
  startTime: string | null;
  session: 'morning' | 'afternoon' | 'full_day' | null;
  format: 'in_person' | 'online' | 'hybrid' | null;
  venue: string | null;
  bridgePoints: { name: string; units: string[] }[];
  expectedAttendees: number | null;
  participantGroups: { title: string; members: string[] }[];
  agenda: { order: number; title: string; presenter: string | null }[];
  presentations: {
    count: number | null;
    units: string[];
    minMinutes: number | null;
    maxMinutes: number | null;
    dueDaysBefore: number | null;
  } | null;
}

export interface PlanDraft {
  kind: string;
  issuer: { parent: string | null; name: string };
  number: string | null;
  symbol: string | null;
  place: string;
  date: string | null;
  title: string;
  recipientsTo: string[];
  legalBases: string[];
  sections: DraftSection[];
  signer: { authority: string | null; delegation: string | null; position: string; name: string };
  recipients: string[];
  urgency: 'KHẨN' | 'THƯỢNG KHẨN' | 'HỎA TỐC' | null;
  targets: DraftTarget[];
  tasks: DraftTask[];
  conference: DraftConference | null;
  budget: { source: string } | null;
  warnings: ImportWarning[];
}

/** A line of the cleaned text and the input line it starts on. */
export interface PlanLine {
  text: string;
  line: number;
}
