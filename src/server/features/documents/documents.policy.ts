import type { Actor, ScopeRef } from '../../platform/actor';
import { AppError } from '../../platform/errors';
import { assertCanEdit, canEdit, canView } from '../../platform/scope';
import { documentsMessages as m } from './documents.messages';

/**
 * Who may do what with documents and the outgoing register: pure functions of the account and the document,
 * table-tested (documents.policy.test.ts), called by documents.service and register.export before they read or write.
 */

/** What a policy needs of a stored document: its issuing unit's path, its status and its number once issued. */
export interface DocumentFacts {
  unitPath: string;
  status: string;
  number: string | null;
}

/** The facts of a found document (`findDocument`'s row, its status and number possibly from the locked row). */
export const documentFacts = (
  found: { unitPath: string; doc: { status: string; number: string | null } },
  current: { status: string; number: string | null } = found.doc,
): DocumentFacts => ({ unitPath: found.unitPath, status: current.status, number: current.number });

/** The list of documents shows those of the units in the view scope (null: the whole country). */
export const listedScope = (actor: Actor): ScopeRef | null => actor.viewScope;

/** A document, and a unit's documents and register, are seen within the view or the capture scope. */
export const viewsDocuments = (actor: Actor, unitPath: string): boolean => canView(actor, unitPath);

export function assertViewsDocuments(actor: Actor, unitPath: string): void {
  if (!viewsDocuments(actor, unitPath)) throw new AppError('OUT_OF_SCOPE');
}

/** A unit's documents are drafted and issued by a writing role with the unit inside its capture scope. */
export const writesDocuments = (actor: Actor, unitPath: string): boolean => canEdit(actor, unitPath);

/** Refuses a non-writing role (FORBIDDEN) and an issuing unit outside the capture scope (OUT_OF_SCOPE). */
export function assertWritesDocuments(actor: Actor, unitPath: string): void {
  assertCanEdit(actor, unitPath);
}

/** A draft's writers save its new versions; an issued document is frozen (CONFLICT, with its number). */
export function assertEditsDocument(actor: Actor, doc: DocumentFacts): void {
  assertWritesDocuments(actor, doc.unitPath);
  if (doc.status === 'issued')
    throw new AppError('CONFLICT', m.issuedNoEdit(doc.number), { number: doc.number });
}

/** A draft's writers issue it, once: issuing again is a CONFLICT naming the number it already has. */
export function assertIssuesDocument(actor: Actor, doc: DocumentFacts): void {
  assertWritesDocuments(actor, doc.unitPath);
  if (doc.status === 'issued')
    throw new AppError('CONFLICT', m.alreadyIssued(doc.number), { number: doc.number });
}
