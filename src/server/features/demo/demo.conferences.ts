import type { Db } from '../../platform/database';
import { addDays } from '../../../core/dates/vn-dates';
import { SYSTEM_ACTOR as SYSTEM } from '../../platform/actor';
import { addChecklistTemplate } from '../conferences/conference/checklist.service';
import { createConference, updateConference } from '../conferences/conference/conferences.service';
import { addPoint } from '../conferences/points/points.service';
import { expandGroup } from '../conferences/delegates/delegate-groups.service';
import { AppError } from '../../platform/errors';
import { findPlanByTitle } from './demo.repo';

/**
 * One conference to look at: made from the demo plan of seed 002 (tổng kết, 4 groups, 8 items, 3 tham luận) exactly
 * as a person would, then dated three weeks ahead so that giấy mời, RSVP and QR check-in can be tried, with the
 * commune joining over a bridge point, the preparation checklist, and the seats its composition rules name.
 */
export async function seedDemoConferences(db: Db, units: { so: string; commune: string }, today: string) {
  const plan = await findPlanByTitle(db, units.so, 'Hội nghị tổng kết phong trào thi đua yêu nước năm 2023');
  if (plan === null) return;
  const conference = await createConference(db, SYSTEM, { fromPlan: plan }, today);
  await updateConference(
    db,
    SYSTEM,
    conference.id,
    {
      format: 'hybrid',
      date: addDays(today, 21),
      sessions: [{ label: 'Sáng', start: '07:30', end: '11:30' }],
    },
    today,
  );
  await addPoint(
    db,
    SYSTEM,
    conference.id,
    {
      name: 'Điểm cầu xã Cẩm Xuyên',
      isMain: false,
      unit: units.commune,
      room: 'Hội trường UBND xã',
      contactName: 'Trần Văn Hùng',
      contactPhone: '0912000111',
      units: [],
    },
    today,
  );
  await addChecklistTemplate(db, SYSTEM, conference.id);
  // Seats from the plan's composition rules ("Chủ tịch UBND … các xã"): one per post per commune of the province.
  for (const group of conference.groups) {
    if (!group.rule) continue;
    await expandGroup(db, SYSTEM, group.id, today).catch((error: unknown) => {
      if (!(error instanceof AppError)) throw error;
    });
  }
}
