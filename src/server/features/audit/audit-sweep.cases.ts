import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import ExcelJS from 'exceljs';
import { sql } from 'drizzle-orm';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { buildUser, buildVillage, SYSTEM_ACTOR, TEST_PASSWORD } from '../../testing/factories';
import { queryRows, type Db } from '../../platform/database';
import { createUser } from '../users/users.service';
import { todayInVietnam } from '../../../core/dates/vn-dates';
import { createDocument, issueDocument } from '../documents/documents.service';
import { createPlan } from '../plans/plans.service';
import { issuePlan, transitionPlan } from '../plans/plan-lifecycle.service';
import { createCascade } from '../plans/cascade.service';
import { insertTestConference } from '../conferences/conference/conferences.testing';
import { insertForeignChecklistItem } from '../conferences/conference/conferences-cross-scope.cases';
import { insertForeignPresentation } from '../conferences/ceremony/ceremony-cross-scope.cases';
import { PDF } from '../conferences/presentations/presentations.testing';
import { multipartFile } from '../../testing/multipart';
import { AWARD_COLUMNS } from '../../../core/conferences/award-rows';
import { SAMPLES } from '../../../core/documents/samples';

const NOW = new Date();
const TODAY = todayInVietnam(NOW);

/*
 * The audit sweep's table (audit-sweep.test.ts): for each state-changing route, a request that succeeds against
 * fresh factory data, or, for the routes that store nothing, why they are not audited.
 */

const seedText = fs.readFileSync(path.resolve('src/core/import/fixtures/seed-003.txt'));
const DRAFT = { ...SAMPLES.KH, number: null, date: null };

/** What every request builder may use: the app, the database and a system administrator's cookie. */
export interface Kit {
  app: FastifyInstance;
  db: Db;
  cookie: string;
  /** The admin's home unit (Hà Tĩnh, 42): notices addressed to it are the admin's. */
  adminUnitId: number;
}

/** A request that succeeds; `cookie: null` sends none (the public and sign-in routes). */
export type Request = Omit<InjectOptions, 'method'> & { cookie?: string | null };
export type Builder = (k: Kit) => Request | Promise<Request>;

const json = (url: string, payload?: object): Request => ({ url, ...(payload && { payload }) });

async function conference(k: Kit, options: Parameters<typeof insertTestConference>[1] = {}) {
  return insertTestConference(k.db, { unit: '18673', ...options });
}

async function plan(k: Kit, options: { approved?: boolean; villages?: boolean } = {}) {
  const made = await createPlan(
    k.db,
    SYSTEM_ACTOR,
    {
      draft: DRAFT as never,
      unit: '18673',
      targets: [{ text: 'Tỷ lệ gia đình văn hóa: 90%' }],
      tasks: [
        {
          text: 'Tuyên truyền phong trào',
          lead: ['18673'],
          support: [],
          deadline: { raw: 'Quý I năm 2030' },
        },
      ],
      printParts: true,
    },
    NOW,
  );
  if (options.approved) {
    await transitionPlan(k.db, SYSTEM_ACTOR, made.id, { action: 'submit' }, NOW);
    await transitionPlan(k.db, SYSTEM_ACTOR, made.id, { action: 'approve' }, NOW);
  }
  return made;
}

async function notice(k: Kit): Promise<number> {
  const [row] = await queryRows<{ id: number }>(
    k.db,
    sql`INSERT INTO notifications (unit_id, kind, title, body)
        VALUES (${k.adminUnitId}, 'reminder', 'Sắp đến hạn', 'Nhiệm vụ sắp đến hạn') RETURNING id`,
  );
  return row!.id;
}

async function workbook(rows: (string | number | null)[][], sheetName = 'Danh sách'): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(sheetName);
  rows.forEach((row) => sheet.addRow(row));
  return Buffer.from(await book.xlsx.writeBuffer());
}

const upload = (url: string, fileName: string, data: Buffer): Request => {
  const part = multipartFile(fileName, data);
  return { url, headers: part.headers, payload: part.payload };
};

/**
 * Every state-changing route with a request that succeeds. The sweep asserts that each one writes at least one
 * audit row; a new POST/PUT/PATCH/DELETE route with no entry here (or in NOT_AUDITED) fails the coverage test.
 */
export const AUDITED: Record<string, Builder> = {
  // ---- accounts and sessions ----
  'POST /api/auth/login': async (k) => {
    const username = `dang.nhap.${Math.random().toString(36).slice(2, 8)}`;
    await createUser(
      k.db,
      SYSTEM_ACTOR,
      {
        username,
        password: TEST_PASSWORD,
        fullName: 'Người đăng nhập',
        role: 'officer',
        unit: '18673',
      },
      todayInVietnam(new Date()),
    );
    return { url: '/api/auth/login', cookie: null, payload: { username, password: TEST_PASSWORD } };
  },
  'POST /api/auth/logout': async (k) => ({
    url: '/api/auth/logout',
    cookie: (await buildUser(k.app, k.db, { role: 'officer', unit: '18673' })).cookie,
  }),
  'POST /api/me/password': async (k) => ({
    url: '/api/me/password',
    cookie: (await buildUser(k.app, k.db, { role: 'officer', unit: '18673' })).cookie,
    payload: { currentPassword: TEST_PASSWORD, newPassword: 'mat-khau-moi-rat-dai' },
  }),
  'POST /api/users': () =>
    json('/api/users', {
      username: `nguoi.moi.${Math.random().toString(36).slice(2, 8)}`,
      password: 'mat-khau-du-dai',
      fullName: 'Người mới',
      role: 'officer',
      unit: '18673',
    }),
  'PATCH /api/users/:id': async (k) => {
    const user = await buildUser(k.app, k.db, { role: 'officer', unit: '18673' });
    return json(`/api/users/${user.account.id}`, { fullName: 'Tên mới' });
  },

  // ---- units ----
  'POST /api/units': () =>
    json('/api/units', { parent: '18673', level: 'village', type: 'thôn', name: 'Thôn Mới Lập' }),
  'PATCH /api/units/:code': async (k) => {
    const village = await buildVillage(k.db, '18673');
    return json(`/api/units/${village.code}`, { name: 'Thôn Đổi Tên' });
  },
  'PUT /api/units/:code/document-layout': () =>
    json('/api/units/18673/document-layout', {
      layout: { marginsMm: { top: 20, bottom: 20, left: 30, right: 15 }, bodySizePt: 14 },
    }),

  // ---- documents ----
  'POST /api/documents': () => json('/api/documents?unit=18673', DRAFT),
  'PUT /api/documents/:id': async (k) => {
    const doc = await createDocument(k.db, SYSTEM_ACTOR, DRAFT as never, '18673', TODAY);
    return json(`/api/documents/${doc.id}`, { ...DRAFT, title: 'Tiêu đề mới' });
  },
  'POST /api/documents/:id/issue': async (k) => {
    const doc = await createDocument(k.db, SYSTEM_ACTOR, DRAFT as never, '18673', TODAY);
    return json(`/api/documents/${doc.id}/issue`, {});
  },

  // ---- plans, targets, tasks, follow-up ----
  'POST /api/plans': () => json('/api/plans', { draft: DRAFT, unit: '18673', tasks: [] }),
  'PUT /api/plans/:id': async (k) =>
    json(`/api/plans/${(await plan(k)).id}`, { draft: { ...DRAFT, title: 'Kế hoạch sửa' } }),
  'POST /api/plans/:id/transition': async (k) =>
    json(`/api/plans/${(await plan(k)).id}/transition`, { action: 'submit' }),
  'POST /api/plans/:id/issue': async (k) =>
    json(`/api/plans/${(await plan(k, { approved: true })).id}/issue`, {}),
  'POST /api/plans/:id/targets': async (k) =>
    json(`/api/plans/${(await plan(k)).id}/targets`, { text: 'Chỉ tiêu mới' }),
  'PATCH /api/targets/:id': async (k) =>
    json(`/api/targets/${(await plan(k)).targets[0]!.id}`, { value: 95 }),
  'DELETE /api/targets/:id': async (k) => json(`/api/targets/${(await plan(k)).targets[0]!.id}`),
  'POST /api/targets/:id/values': async (k) =>
    json(`/api/targets/${(await plan(k)).targets[0]!.id}/values`, { unit: '18673', value: 1 }),
  'POST /api/plans/:id/tasks': async (k) =>
    json(`/api/plans/${(await plan(k)).id}/tasks`, { text: 'Việc mới', lead: ['18673'] }),
  'PATCH /api/tasks/:id': async (k) =>
    json(`/api/tasks/${(await plan(k)).tasks[0]!.id}`, { status: 'in_progress' }),
  'DELETE /api/tasks/:id': async (k) => json(`/api/tasks/${(await plan(k)).tasks[0]!.id}`),
  'POST /api/tasks/:id/reports': async (k) =>
    json(`/api/tasks/${(await plan(k)).tasks[0]!.id}/reports`, { text: 'Đã triển khai' }),
  'POST /api/tasks/:id/comments': async (k) =>
    json(`/api/tasks/${(await plan(k)).tasks[0]!.id}/comments`, { text: 'Đề nghị đẩy nhanh' }),
  'POST /api/plans/:id/cascade': async (k) => {
    await buildVillage(k.db, '18673');
    return json(`/api/plans/${(await plan(k)).id}/cascade`, {
      kind: 'plan',
      title: 'Xây dựng kế hoạch của thôn',
      level: 'village',
      deadline: '2030-01-01',
    });
  },
  'POST /api/cascades/:id/respond': async (k) => {
    const village = await buildVillage(k.db, '18673');
    const made = await plan(k);
    const cascade = await createCascade(
      k.db,
      SYSTEM_ACTOR,
      made.id,
      {
        kind: 'report',
        title: 'Báo cáo của thôn',
        level: 'village',
        deadline: '2030-01-01',
      },
      TODAY,
    );
    const doc = await createDocument(k.db, SYSTEM_ACTOR, DRAFT as never, village.code, TODAY);
    await issueDocument(k.db, SYSTEM_ACTOR, doc.id, {}, NOW);
    return json(`/api/cascades/${cascade.id}/respond`, { unit: village.code, documentId: doc.id });
  },
  'POST /api/reminders/run': async (k) => {
    // An issued plan whose task is due that day: the run writes notices, and its audit row beside them.
    const made = await plan(k, { approved: true });
    await issuePlan(k.db, SYSTEM_ACTOR, made.id, {}, NOW);
    return json('/api/reminders/run', { date: '2030-03-31' });
  },
  'POST /api/notifications/:id/read': async (k) => json(`/api/notifications/${await notice(k)}/read`),
  'POST /api/notifications/read-all': async (k) => {
    await notice(k);
    await notice(k);
    return json('/api/notifications/read-all');
  },
  'PUT /api/plans/import/mappings': () =>
    json('/api/plans/import/mappings', {
      unit: '18673',
      name: 'Tổ CĐS',
      target: null,
      position: 'Tổ trưởng Tổ công nghệ số',
    }),

  // ---- conferences ----
  'POST /api/conferences': () => json('/api/conferences', { title: 'Hội nghị mới', unit: '18673' }),
  'PATCH /api/conferences/:id': async (k) =>
    json(`/api/conferences/${(await conference(k)).conference.id}`, { title: 'Tên hội nghị mới' }),
  'DELETE /api/conferences/:id': async (k) =>
    json(`/api/conferences/${(await conference(k, { delegates: 0 })).conference.id}`),
  'POST /api/conferences/:id/cancel': async (k) =>
    json(`/api/conferences/${(await conference(k)).conference.id}/cancel`, { reason: 'Hoãn vì bão' }),
  'POST /api/conferences/:id/points': async (k) =>
    json(`/api/conferences/${(await conference(k)).conference.id}/points`, { name: 'Điểm cầu thôn' }),
  'PATCH /api/points/:id': async (k) =>
    json(`/api/points/${(await conference(k)).points[0]!.id}`, { testStatus: 'ok' }),
  'DELETE /api/points/:id': async (k) =>
    json(`/api/points/${(await conference(k, { delegates: 0, points: ['18676'] })).points[1]!.id}`),
  'POST /api/conferences/:id/checklist': async (k) =>
    json(`/api/conferences/${(await conference(k)).conference.id}/checklist`, { text: 'Chuẩn bị phông' }),
  'POST /api/conferences/:id/checklist/template': async (k) =>
    json(`/api/conferences/${(await conference(k)).conference.id}/checklist/template`, {}),
  'PATCH /api/checklist/:id': async (k) =>
    json(`/api/checklist/${await insertForeignChecklistItem(k.db, (await conference(k)).conference.id)}`, {
      done: true,
    }),
  'DELETE /api/checklist/:id': async (k) =>
    json(`/api/checklist/${await insertForeignChecklistItem(k.db, (await conference(k)).conference.id)}`),
  'PUT /api/conferences/:id/programme': async (k) =>
    json(`/api/conferences/${(await conference(k)).conference.id}/programme`, {
      items: [{ kind: 'khai_mac', title: 'Khai mạc', minutes: 10 }],
    }),

  // ---- delegates ----
  'POST /api/conferences/:id/groups': async (k) =>
    json(`/api/conferences/${(await conference(k)).conference.id}/groups`, { title: 'Khách mời' }),
  'PATCH /api/groups/:id': async (k) =>
    json(`/api/groups/${(await conference(k)).group.id}`, { title: 'Cấp xã (sửa)' }),
  'DELETE /api/groups/:id': async (k) =>
    json(`/api/groups/${(await conference(k, { delegates: 0 })).group.id}`),
  'POST /api/groups/:id/expand': async (k) => {
    const made = await insertTestConference(k.db, { unit: '42', delegates: 0 });
    await k.db.execute(
      sql`UPDATE delegate_groups SET rule = 'Chủ tịch UBND các xã, phường' WHERE id = ${made.group.id}`,
    );
    return json(`/api/groups/${made.group.id}/expand`);
  },
  'POST /api/conferences/:id/delegates': async (k) =>
    json(`/api/conferences/${(await conference(k)).conference.id}/delegates`, {
      name: 'Nguyễn Văn Khách',
      position: 'Khách mời',
    }),
  'PATCH /api/delegates/:id': async (k) =>
    json(`/api/delegates/${(await conference(k)).delegates[0]!.id}`, { name: 'Tên đại biểu mới' }),
  'DELETE /api/delegates/:id': async (k) => json(`/api/delegates/${(await conference(k)).delegates[0]!.id}`),
  'POST /api/conferences/:id/delegates/import': async (k) => {
    const made = await conference(k, { delegates: 0 });
    const template = await k.app.inject({
      method: 'GET',
      url: `/api/conferences/${made.conference.id}/delegates/template.xlsx`,
      headers: { cookie: k.cookie },
    });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(template.rawPayload as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('Đại biểu')!;
    sheet.getRow(4).values = [1, 'Trần Thị Nhập', 'Chủ tịch Hội LHPN', 'Hội LHPN xã', '0912345678'];
    const data = Buffer.from(await book.xlsx.writeBuffer());
    return upload(`/api/conferences/${made.conference.id}/delegates/import`, 'ds.xlsx', data);
  },

  // ---- invitations and the public personal link ----
  'POST /api/conferences/:id/invitations': async (k) =>
    json(`/api/conferences/${(await conference(k)).conference.id}/invitations`, {
      issue: false,
      email: false,
      signer: { authority: null, position: 'Chủ tịch', name: 'Nguyễn Văn Ký' },
    }),
  'POST /api/conferences/:id/invitations/remind': async (k) =>
    json(`/api/conferences/${(await conference(k)).conference.id}/invitations/remind`, {}),
  'POST /api/delegates/:id/invitation/reissue': async (k) =>
    json(`/api/delegates/${(await conference(k)).delegates[0]!.id}/invitation/reissue`, { email: false }),
  'POST /api/delegates/:id/invitation/cancel': async (k) =>
    json(`/api/delegates/${(await conference(k)).delegates[0]!.id}/invitation/cancel`, {}),
  'POST /api/rsvp/:token': async (k) => {
    const made = await conference(k);
    return { url: `/api/rsvp/${made.tokenOf(made.delegates[0]!)}`, cookie: null, payload: { answer: 'yes' } };
  },

  // ---- check-in and attendance ----
  'POST /api/checkin': async (k) => {
    const made = await conference(k);
    return json('/api/checkin', { token: made.tokenOf(made.delegates[0]!), point: made.points[0]!.id });
  },
  'POST /api/delegates/:id/absence': async (k) =>
    json(`/api/delegates/${(await conference(k)).delegates[0]!.id}/absence`, { reason: 'Ốm' }),
  'DELETE /api/delegates/:id/attendance': async (k) => {
    const made = await conference(k);
    const checkin = await k.app.inject({
      method: 'POST',
      url: '/api/checkin',
      headers: { cookie: k.cookie },
      payload: { token: made.tokenOf(made.delegates[0]!), point: made.points[0]!.id },
    });
    expect(checkin.statusCode, checkin.body).toBe(200);
    return json(`/api/delegates/${made.delegates[0]!.id}/attendance`);
  },

  // ---- tham luận and awards ----
  'POST /api/conferences/:id/presentations': async (k) =>
    json(`/api/conferences/${(await conference(k)).conference.id}/presentations`, { topic: 'Tham luận mới' }),
  'PATCH /api/presentations/:id': async (k) =>
    json(`/api/presentations/${await insertForeignPresentation(k.db, (await conference(k)).conference.id)}`, {
      topic: 'Chủ đề mới',
    }),
  'DELETE /api/presentations/:id': async (k) =>
    json(`/api/presentations/${await insertForeignPresentation(k.db, (await conference(k)).conference.id)}`),
  'POST /api/presentations/:id/file': async (k) =>
    upload(
      `/api/presentations/${await insertForeignPresentation(k.db, (await conference(k)).conference.id)}/file`,
      'tham-luan.pdf',
      PDF,
    ),
  'POST /api/presentations/:id/review': async (k) =>
    json(
      `/api/presentations/${await insertForeignPresentation(k.db, (await conference(k)).conference.id)}/review`,
      { verdict: 'approve' },
    ),
  'POST /api/conferences/:id/presentations/remind': async (k) =>
    json(`/api/conferences/${(await conference(k)).conference.id}/presentations/remind`, {}),
  'PUT /api/conferences/:id/awards': async (k) =>
    json(`/api/conferences/${(await conference(k)).conference.id}/awards`, {
      batches: [
        {
          title: 'Giấy khen',
          awardees: [{ kind: 'individual', name: 'Lê Văn Khen', awardForm: 'Giấy khen' }],
        },
      ],
    }),
  'POST /api/conferences/:id/awards/import': async (k) =>
    upload(
      `/api/conferences/${(await conference(k)).conference.id}/awards/import`,
      'khen-thuong.xlsx',
      await workbook([[...AWARD_COLUMNS], ['', '', 'Cá nhân', 'Lê Thị Thưởng', '', 'Giấy khen', '']]),
    ),
};

/**
 * State-changing methods that change nothing stored, with the reason; the sweep asserts that a successful call
 * leaves every table as it was (and so writes no audit row).
 */
export const NOT_AUDITED: Record<string, { reason: string; request: Builder }> = {
  'POST /api/documents/render': {
    reason: 'renders the draft in the request into a file and stores nothing',
    request: () => json('/api/documents/render', DRAFT),
  },
  'POST /api/plans/import': {
    reason: 'reads the file in the request into a draft for review and stores nothing',
    request: () => upload('/api/plans/import', 'ke-hoach.txt', seedText),
  },
  'POST /api/plans/import/resolve': {
    reason: 'looks names up against units and stores nothing',
    request: () => json('/api/plans/import/resolve', { unit: '18673', names: ['UBMTTQVN xã'] }),
  },
};
