import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parsePlanText } from '../../../core/import/parse-plan';
import type { DocumentDraft } from '../../../contracts/documents';
import type { TargetInput, TaskInput } from '../../../contracts/plans';
import { addDays, todayInVietnam } from '../../../core/dates/vn-dates';
import { recordIssuedPlan } from './demo.repo';
import seed000 from '../../../core/documents/fixtures/seed-000.json' with { type: 'json' };
import seed001 from '../../../core/documents/fixtures/seed-001.json' with { type: 'json' };
import seed002 from '../../../core/documents/fixtures/seed-002.json' with { type: 'json' };
import seed003 from '../../../core/documents/fixtures/seed-003.json' with { type: 'json' };
import seed004 from '../../../core/documents/fixtures/seed-004.json' with { type: 'json' };
import type { Db } from '../../platform/database';
import { SYSTEM_ACTOR as SYSTEM } from '../../platform/actor';
import { createCascade } from '../plans/cascade.service';
import { createPlan } from '../plans/plans.service';
import { issuePlan, transitionPlan } from '../plans/plan-lifecycle.service';
import { updateTask } from '../plans/tasks.service';

const seedTexts = fileURLToPath(new URL('../../../core/import/fixtures/', import.meta.url));

/**
 * A seed read by the importer, as a user's upload would be. The seeds start at "Số:" (their letterheads were not
 * kept), so what the text lacks — issuing body, place, signer — is taken from the transcription beside it.
 */
function importedSeed(file: string, transcribed: DocumentDraft): DocumentDraft {
  const read = parsePlanText(fs.readFileSync(path.join(seedTexts, file), 'utf8'), {
    fileName: file,
  }) as DocumentDraft;
  return {
    ...read,
    issuer: read.issuer.name ? read.issuer : transcribed.issuer,
    place: read.place || transcribed.place,
    title: read.title || transcribed.title,
    signer: read.signer.name && read.signer.position ? read.signer : transcribed.signer,
    printParts: false,
  };
}

/** A seed's tasks as plan input; a task the text gives no lead is led by the issuing body. */
function seedTasks(draft: DocumentDraft, issuer: string): TaskInput[] {
  return (draft.tasks ?? []).map((t) => ({
    text: t.text,
    lead: t.lead.length > 0 ? t.lead : [issuer],
    support: t.support,
    deadline: t.deadline,
  }));
}

/**
 * The five seed plans, read from their texts by the importer (printed as they were), under the demo bodies: issued
 * ones keep their own number and date; the others stay drafts to review. Then a live plan for this year so that the
 * inbox, the calendar, the timeline and the reminders have something to show.
 */
export async function seedDemoPlans(
  db: Db,
  units: { bcd: string; ubnd: string; so: string; commune: string },
  now: Date,
) {
  const seeds: [string, unknown, string][] = [
    ['seed-000.txt', seed000, units.so],
    ['seed-001.txt', seed001, units.ubnd],
    ['seed-002.txt', seed002, units.so],
    ['seed-003.txt', seed003, units.bcd],
    ['seed-004.txt', seed004, units.so],
  ];
  for (const [file, transcribed, unit] of seeds) {
    const draft = importedSeed(file, transcribed as DocumentDraft);
    const plan = await createPlan(
      db,
      SYSTEM,
      {
        draft,
        unit,
        targets: (draft.targets ?? []).map((t) => ({ ...t })),
        tasks: seedTasks(draft, unit),
        budget: draft.budget ? { source: draft.budget.source, lines: [] } : null,
        printParts: false,
      },
      now,
    );
    // An issued seed belongs to a year gone by: it is recorded as carried out and closed.
    if (draft.number && draft.date)
      await recordIssuedPlan(db, plan, { number: draft.number, date: draft.date, now });
  }
  await seedLivePlan(db, units, now);
}

async function seedLivePlan(db: Db, units: { bcd: string; commune: string }, now: Date) {
  const today = todayInVietnam(now);
  const year = Number(today.slice(0, 4));
  const due = (days: number) => ({ raw: `trước ngày ${formatDay(addDays(today, days + 1))}` });
  const seed = seed003 as unknown as DocumentDraft;
  const plan = await createPlan(
    db,
    SYSTEM,
    {
      draft: {
        ...seed,
        issuer: { parent: 'UBND XÃ CẨM XUYÊN', name: 'BAN CHỈ ĐẠO PHONG TRÀO “TĐĐKXDĐSVH”' },
        number: null,
        date: `${year}-01-15`,
        place: 'Cẩm Xuyên',
        title: `Thực hiện nhiệm vụ trọng tâm Phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa” năm ${year} trên địa bàn xã Cẩm Xuyên`,
        printParts: true,
        legalBases: [
          `Căn cứ Kế hoạch của Ban Chỉ đạo Phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa” tỉnh Hà Tĩnh năm ${year}`,
        ],
        sections: [
          {
            label: 'I.',
            title: 'MỤC ĐÍCH, YÊU CẦU',
            text: null,
            children: [
              {
                label: '1.',
                title: null,
                text: 'Nâng cao chất lượng, hiệu quả Phong trào; phát huy vai trò chủ thể của Nhân dân ở khu dân cư.',
                children: [],
              },
              {
                label: '2.',
                title: null,
                text: 'Các nhiệm vụ được phân công cụ thể, có thời hạn; thường xuyên kiểm tra, đôn đốc việc thực hiện.',
                children: [],
              },
            ],
          },
        ],
        signer: {
          authority: null,
          delegation: 'KT. TRƯỞNG BAN',
          position: 'PHÓ TRƯỞNG BAN',
          name: 'Phạm Văn Thắng',
        },
        recipients: [
          'Ban Chỉ đạo tỉnh (b/c)',
          'Đảng ủy, HĐND, UBND xã (b/c)',
          'Các thôn, tổ dân phố',
          'Lưu: VT, BCĐ',
        ],
      },
      unit: units.bcd,
      targets: (seed003.targets ?? []).map((t) => ({ ...t, year })) as TargetInput[],
      tasks: [
        {
          text: 'Xây dựng kế hoạch thực hiện Phong trào năm ' + year,
          lead: ['Công chức Văn hóa - Xã hội'],
          support: ['UBND xã'],
          deadline: { raw: `Quý I năm ${year}` },
        },
        {
          text: 'Tổ chức bình xét danh hiệu “Gia đình văn hóa”, “Thôn, tổ dân phố văn hóa”',
          lead: ['Công chức Văn hóa - Xã hội'],
          support: ['các thôn, tổ dân phố'],
          deadline: due(-5),
        },
        {
          text: 'Báo cáo kết quả thực hiện Phong trào 6 tháng đầu năm',
          lead: ['Công chức Văn hóa - Xã hội'],
          support: [],
          deadline: { raw: `6 tháng đầu năm ${year}` },
        },
        {
          text: 'Tuyên truyền trên hệ thống truyền thanh xã về Phong trào',
          lead: ['UBND xã'],
          support: ['các thôn, tổ dân phố'],
          deadline: { raw: 'hằng tháng' },
        },
        {
          text: 'Tổng hợp đề nghị khen thưởng tập thể, cá nhân tiêu biểu',
          lead: ['Công chức Văn hóa - Xã hội'],
          support: ['UBND xã'],
          deadline: due(2),
        },
        {
          text: 'Tổ chức Hội nghị tổng kết Phong trào năm ' + year,
          lead: ['Ban Chỉ đạo'],
          support: ['UBND xã', 'các thôn, tổ dân phố'],
          deadline: due(20),
        },
      ],
      printParts: true,
    },
    now,
  );
  await transitionPlan(db, SYSTEM, plan.id, { action: 'submit' }, now);
  await transitionPlan(db, SYSTEM, plan.id, { action: 'approve' }, now);
  await issuePlan(db, SYSTEM, plan.id, { date: `${year}-01-15` }, now);
  const first = plan.tasks.find((t) => t.parentTaskId === null && t.position === 1);
  if (first) await updateTask(db, SYSTEM, first.id, { status: 'done' }, now);
  await createCascade(
    db,
    SYSTEM,
    plan.id,
    {
      kind: 'plan',
      title: `Kế hoạch thực hiện Phong trào năm ${year} của thôn, tổ dân phố`,
      level: 'village',
      deadline: addDays(today, 7),
    },
    today,
  );
  void units.commune;
}

function formatDay(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d}/${m}/${y}`;
}
