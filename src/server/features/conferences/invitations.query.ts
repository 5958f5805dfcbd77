import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../platform/database';
import type { InvitationsSummary } from '../../../contracts/conferences';

/** The giấy mời of a conference at a glance: its document and number, who was invited or e-mailed, the answers. */
export async function invitationsSummary(db: Db, conferenceId: number): Promise<InvitationsSummary> {
  const [row] = await queryRows<
    Omit<InvitationsSummary, 'documentId' | 'number'> & { document_id: number | null; number: string | null }
  >(
    db,
    sql`SELECT c.invitation_document_id AS document_id, d.number,
               count(g.id) FILTER (WHERE g.invited_at IS NOT NULL)::int AS invited,
               count(g.id) FILTER (WHERE g.emailed_at IS NOT NULL)::int AS emailed,
               count(g.id) FILTER (WHERE g.rsvp = 'pending')::int AS pending,
               count(g.id) FILTER (WHERE g.rsvp = 'yes')::int AS yes,
               count(g.id) FILTER (WHERE g.rsvp = 'no')::int AS no,
               count(g.id) FILTER (WHERE g.rsvp = 'substitute')::int AS substitute
          FROM conferences c
          LEFT JOIN documents d ON d.id = c.invitation_document_id
          LEFT JOIN delegates g ON g.conference_id = c.id
         WHERE c.id = ${conferenceId}
         GROUP BY c.invitation_document_id, d.number`,
  );
  const { document_id, ...counts } = row!;
  return { documentId: document_id, ...counts };
}
