import type { z } from 'zod';
import { DocumentDraft, type DocumentKind } from '../../../contracts/documents';
import type { UnitSummary } from '../../../contracts/units';
import { KIND_NAMES } from '../../../core/documents/kinds';
import { bodyLinesToSections, sectionsToBodyLines } from './body-lines';

/** What the editor holds: text boxes as typed; lists one item per line. */
export interface DraftForm {
  kind: DocumentKind;
  unit: UnitSummary | null;
  issuerParent: string;
  issuerName: string;
  symbol: string;
  place: string;
  title: string;
  addressees: string;
  legalBases: string;
  body: string;
  signerAuthority: string;
  signerDelegation: string;
  signerPosition: string;
  signerName: string;
  recipients: string;
  invitee: string;
  event: string;
  chair: string;
  time: string;
  eventPlace: string;
  closing: string;
  authorityLine: string;
  articles: string;
  startTime: string;
  endTime: string;
  minutesPlace: string;
  attendees: string;
  minutesChair: string;
  secretary: string;
}

/** Kinds that carry a Kính gửi (Phụ lục I, element 9a). */
export const ADDRESSED_KINDS: readonly DocumentKind[] = ['TTr', 'BC', 'CV'];

/** The kinds of Annex III for a select, with their Vietnamese names. */
export const KIND_OPTIONS = Object.entries(KIND_NAMES).map(([value, name]) => ({
  value,
  label: name ? `${name.charAt(0)}${name.slice(1).toLowerCase()} (${value})` : 'Công văn',
}));

export const kindName = (kind: string): string =>
  KIND_OPTIONS.find((o) => o.value === kind)?.label.replace(/ \(.*\)$/, '') ?? kind;

export function emptyForm(unit: UnitSummary | null): DraftForm {
  return {
    kind: 'KH',
    unit,
    issuerParent: '',
    issuerName: '',
    symbol: '',
    place: '',
    title: '',
    addressees: '',
    legalBases: '',
    body: '',
    signerAuthority: '',
    signerDelegation: '',
    signerPosition: '',
    signerName: '',
    recipients: '',
    invitee: '',
    event: '',
    chair: '',
    time: '',
    eventPlace: '',
    closing: '',
    authorityLine: '',
    articles: '',
    startTime: '',
    endTime: '',
    minutesPlace: '',
    attendees: '',
    minutesChair: '',
    secretary: '',
  };
}

const lines = (text: string) =>
  text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

/** The form as a DocumentDraft (not yet checked): what the preview shows and what safeParse checks. */
export function formToDraft(form: DraftForm): DocumentDraft {
  const kind = form.kind;
  return {
    kind,
    issuer: { parent: orNull(form.issuerParent), name: form.issuerName.trim() },
    number: null,
    symbol: orNull(form.symbol),
    place: form.place.trim(),
    date: null,
    title: form.title.trim(),
    recipientsTo: ADDRESSED_KINDS.includes(kind) ? lines(form.addressees) : [],
    legalBases: lines(form.legalBases),
    sections: bodyLinesToSections(form.body),
    signer: {
      authority: orNull(form.signerAuthority),
      delegation: orNull(form.signerDelegation),
      position: form.signerPosition.trim(),
      name: form.signerName.trim(),
    },
    recipients: lines(form.recipients),
    invitation:
      kind === 'GM'
        ? {
            invitee: orNull(form.invitee),
            event: form.event.trim(),
            chair: orNull(form.chair),
            time: form.time.trim(),
            place: form.eventPlace.trim(),
            closing: orNull(form.closing),
          }
        : null,
    decision:
      kind === 'QĐ'
        ? {
            authorityLine: form.authorityLine.trim(),
            articles: lines(form.articles).map((text) => ({ text, items: [] })),
            attachment: null,
          }
        : null,
    minutes:
      kind === 'BB'
        ? {
            startTime: form.startTime.trim(),
            endTime: form.endTime.trim(),
            place: form.minutesPlace.trim(),
            attendees: lines(form.attendees),
            chair: form.minutesChair.trim(),
            secretary: form.secretary.trim(),
          }
        : null,
  };
}

/** A saved draft back into the form, to edit a new version. */
export function draftToForm(draft: DocumentDraft): DraftForm {
  const inv = draft.invitation;
  const dec = draft.decision;
  const min = draft.minutes;
  return {
    ...emptyForm(null),
    kind: draft.kind,
    issuerParent: draft.issuer.parent ?? '',
    issuerName: draft.issuer.name,
    symbol: draft.symbol ?? '',
    place: draft.place,
    title: draft.title,
    addressees: draft.recipientsTo.join('\n'),
    legalBases: draft.legalBases.join('\n'),
    body: sectionsToBodyLines(draft.sections),
    signerAuthority: draft.signer.authority ?? '',
    signerDelegation: draft.signer.delegation ?? '',
    signerPosition: draft.signer.position,
    signerName: draft.signer.name,
    recipients: draft.recipients.join('\n'),
    invitee: inv?.invitee ?? '',
    event: inv?.event ?? '',
    chair: inv?.chair ?? '',
    time: inv?.time ?? '',
    eventPlace: inv?.place ?? '',
    closing: inv?.closing ?? '',
    authorityLine: dec?.authorityLine ?? '',
    articles: dec?.articles.flatMap((a) => [a.text, ...a.items]).join('\n') ?? '',
    startTime: min?.startTime ?? '',
    endTime: min?.endTime ?? '',
    minutesPlace: min?.place ?? '',
    attendees: min?.attendees.join('\n') ?? '',
    minutesChair: min?.chair ?? '',
    secretary: min?.secretary ?? '',
  };
}

// Where each path of the contract is shown in the form.
const FIELD_OF_PATH: Record<string, keyof DraftForm> = {
  'issuer.parent': 'issuerParent',
  'issuer.name': 'issuerName',
  symbol: 'symbol',
  place: 'place',
  title: 'title',
  recipientsTo: 'addressees',
  legalBases: 'legalBases',
  sections: 'body',
  'signer.authority': 'signerAuthority',
  'signer.delegation': 'signerDelegation',
  'signer.position': 'signerPosition',
  'signer.name': 'signerName',
  recipients: 'recipients',
  'invitation.invitee': 'invitee',
  'invitation.event': 'event',
  'invitation.chair': 'chair',
  'invitation.time': 'time',
  'invitation.place': 'eventPlace',
  'invitation.closing': 'closing',
  invitation: 'event',
  'decision.authorityLine': 'authorityLine',
  'decision.articles': 'articles',
  decision: 'articles',
  'minutes.startTime': 'startTime',
  'minutes.endTime': 'endTime',
  'minutes.place': 'minutesPlace',
  'minutes.attendees': 'attendees',
  'minutes.chair': 'minutesChair',
  'minutes.secretary': 'secretary',
  minutes: 'startTime',
};

export type DraftErrors = Partial<Record<keyof DraftForm, string>>;

/** The first message per form field of a failed DocumentDraft parse. */
export function draftErrors(issues: readonly z.core.$ZodIssue[]): DraftErrors {
  const errors: DraftErrors = {};
  for (const issue of issues) {
    const path = issue.path.map(String);
    const field = FIELD_OF_PATH[path.slice(0, 2).join('.')] ?? FIELD_OF_PATH[path[0] ?? ''];
    if (field && !errors[field]) errors[field] = issue.message;
  }
  return errors;
}

/** DocumentDraft (the contract) on the form's draft, as useForm's `validate`: the messages by form field. */
export function draftFormErrors(form: DraftForm): DraftErrors {
  const parsed = DocumentDraft.safeParse(formToDraft(form));
  return parsed.success ? {} : draftErrors(parsed.error.issues);
}
