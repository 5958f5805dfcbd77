import JSZip from 'jszip';
import { sql } from 'drizzle-orm';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { buildUser } from '../../../testing/factories';
import { queryRows, type Database } from '../../../platform/database';
import { addDays, todayInVietnam } from '../../../../core/dates/vn-dates';
import { insertTestConference } from '../conference/conferences.testing';
import { multipartFile } from '../../../testing/multipart';

export const PDF = Buffer.from('%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n');

export async function docx(withBody = true): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<Types/>');
  if (withBody) zip.file('word/document.xml', '<w:document><w:body><w:p/></w:body></w:document>');
  else zip.file('xl/workbook.xml', '<workbook/>');
  return zip.generateAsync({ type: 'nodebuffer' });
}

/** What the tham luận tests share: a provincial conference, its organiser, two communes' officers, and requests. */
export function presentationKit(ctx: { app: FastifyInstance; database: Database }) {
  const db = () => ctx.database.db;
  const inject = (options: InjectOptions) => ctx.app.inject(options);

  /** A conference of tỉnh Hà Tĩnh (42) whose tham luận go to xã Cẩm Xuyên (18673) and phường Thành Sen (18073). */
  async function setup(date = addDays(todayInVietnam(new Date()), 30)) {
    const fixture = await insertTestConference(db(), { unit: '42', date, delegates: 0 });
    const organiser = await buildUser(ctx.app, db(), { role: 'officer', unit: '42' });
    const commune = await buildUser(ctx.app, db(), {
      role: 'officer',
      unit: '18673',
      email: `xa${Math.random().toString(36).slice(2, 8)}@example.vn`,
    });
    const otherCommune = await buildUser(ctx.app, db(), { role: 'officer', unit: '18073' });
    const id = fixture.conference.id;
    const create = (payload: Record<string, unknown>, cookie = organiser.cookie) =>
      inject({ method: 'POST', url: `/api/conferences/${id}/presentations`, headers: { cookie }, payload });
    const upload = (pid: number, cookie: string, fileName: string, data: Buffer) => {
      const part = multipartFile(fileName, data);
      return inject({
        method: 'POST',
        url: `/api/presentations/${pid}/file`,
        headers: { cookie, ...part.headers },
        payload: part.payload,
      });
    };
    const stored = async (pid: number) =>
      (
        await queryRows<{ status: string; size: number | null; events: number }>(
          db(),
          sql`SELECT status, octet_length(file) AS size,
                     (SELECT count(*)::int FROM presentation_events WHERE presentation_id = ${pid}) AS events
                FROM presentations WHERE id = ${pid}`,
        )
      )[0]!;
    return { id, fixture, organiser, commune, otherCommune, create, upload, stored };
  }

  return { db, inject, setup };
}
