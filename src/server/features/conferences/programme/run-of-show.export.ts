import type { Db } from '../../../platform/database';
import { renderRunOfShow, type RunOfShowModel } from '../../../../core/conferences/run-of-show-docx';
import { foldVietnamese } from '../../../../core/vn-text/fold';
import type { Actor } from '../../../platform/actor';
import { assertViewsConference, requireConference } from '../conference/conference-access.service';
import { listPresentations } from '../presentations/presentations.service';
import { listProgramme } from './programme.service';
import { runOfShowRow } from './programme.repo';

/**
 * The kịch bản điều hành of a conference: its programme with clock times and the MC's lines; a tham luận item lists
 * every tham luận in order (those placed in another item are printed there).
 */
export async function runOfShowDocx(
  db: Db,
  actor: Actor,
  id: number,
  today: string,
): Promise<{ bytes: Uint8Array; fileName: string }> {
  const conference = await requireConference(db, id);
  assertViewsConference(actor, conference);
  const row = await runOfShowRow(db, id);
  const programme = await listProgramme(db, id, row.sessions);
  const presentations = await listPresentations(db, id, today);
  const placed = new Set(programme.map((i) => i.presentationId).filter((p): p is number => p !== null));
  const firstThamLuan = programme.find((i) => i.kind === 'tham_luan');
  const model: RunOfShowModel = {
    hostName: row.host,
    title: conference.title,
    date: conference.date,
    dateRaw: row.date_raw,
    venue: row.venue,
    sessions: row.sessions.map((s) => ({ ...s, end: s.end ?? null })),
    chair: row.chair,
    items: programme.map((item) => {
      const held =
        item === firstThamLuan
          ? presentations.filter((p) => p.id === item.presentationId || !placed.has(p.id))
          : presentations.filter((p) => p.id === item.presentationId);
      return {
        ...item,
        presentations: held.map((p) => ({
          topic: p.topic,
          unitName: p.unitName,
          presenter: p.presenter,
          maxMinutes: p.maxMinutes,
        })),
      };
    }),
  };
  const fileName = `kich-ban-${foldVietnamese(conference.title)
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 60)
    .replace(/-+$/, '')}.docx`;
  return { bytes: await renderRunOfShow(model), fileName };
}
