import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import type { InjectOptions } from 'fastify';
import { engines } from '../../testing/test-db';
import { useTestApp } from '../../testing/test-app';
import { buildUnit, buildUser, buildVillage } from '../../testing/factories';
import { queryRows } from '../../platform/database';
import { inspectDocx } from '../../../core/documents/inspect-docx';
import { addDays, todayInVietnam } from '../../../core/dates/vn-dates';
import seed003 from '../../../core/documents/fixtures/seed-003.json' with { type: 'json' };

type Json = Record<string, unknown>;

/** Seed 003 (xã Quyết Thắng, 2023) placed in xã Cẩm Xuyên (18673) of the test database. */
const seedDraft = { ...seed003, number: null, date: '2023-02-28' } as Json;
const seedTargets = (seed003.targets ?? []).map((t) => ({ ...t, year: 2023 }));
const seedTasks = (seed003.tasks ?? []).map((t) => ({
  ...t,
  deadline: t.deadline ? { raw: t.deadline.raw } : null,
}));

describe.each(engines())('plans on %s', (engine) => {
  const ctx = useTestApp(engine);
  const inject = (options: InjectOptions) => ctx.app.inject(options);
  const db = () => ctx.database.db;

  async function commune() {
    const bcd = await buildUnit(db(), {
      parent: '18673',
      level: 'organization',
      type: 'Ban Chỉ đạo',
      name: `Ban Chỉ đạo phong trào xã ${Math.random().toString(36).slice(2, 6)}`,
      shortName: 'BCĐ',
    });
    await buildUnit(db(), {
      parent: '18673',
      level: 'organization',
      type: 'Mặt trận Tổ quốc',
      name: 'Ủy ban Mặt trận Tổ quốc Việt Nam xã Cẩm Xuyên',
      shortName: 'MTTQ',
    }).catch(() => undefined);
    const officer = await buildUser(ctx.app, db(), { role: 'officer', unit: '18673' });
    const leader = await buildUser(ctx.app, db(), { role: 'leader', unit: '18673' });
    return { bcd, officer: officer.cookie, leader: leader.cookie };
  }

  async function createSeedPlan(cookie: string, unit: string, extra: Json = {}) {
    return inject({
      method: 'POST',
      url: '/api/plans',
      headers: { cookie },
      payload: { draft: seedDraft, unit, targets: seedTargets, tasks: seedTasks, ...extra },
    });
  }

  /** Takes a draft plan through approval to issue. */
  async function issue(planId: number, officer: string, leader: string) {
    for (const [cookie, action] of [
      [officer, 'submit'],
      [leader, 'approve'],
    ] as const)
      await inject({
        method: 'POST',
        url: `/api/plans/${planId}/transition`,
        headers: { cookie },
        payload: { action },
      });
    const issued = await inject({
      method: 'POST',
      url: `/api/plans/${planId}/issue`,
      headers: { cookie: officer },
      payload: {},
    });
    expect(issued.statusCode, issued.body).toBe(200);
  }

  const countPlans = async () =>
    Number((await queryRows<{ n: number }>(db(), sql`SELECT count(*)::int AS n FROM plans`))[0]!.n);

  it('creates seed 003 as a plan: targets, tasks with resolved parties and parsed deadlines', async () => {
    const { bcd, officer } = await commune();
    await buildVillage(db(), '18673', 'Thôn Một');
    const response = await createSeedPlan(officer, bcd.code);
    expect(response.statusCode, response.body).toBe(201);
    const plan = response.json();
    expect(plan.status).toBe('draft');
    expect(plan.targets).toHaveLength(seedTargets.length);
    expect(plan.targets[0]).toMatchObject({ comparator: '>=', value: 86, unit: '%' });
    const top = plan.tasks.filter((t: Json) => t.parentTaskId === null);
    expect(top).toHaveLength(seedTasks.length);
    const first = top[0];
    expect(first.lead[0]).toMatchObject({
      unitCode: '18673',
      position: 'Công chức Văn hóa - Xã hội',
      matched: true,
    });
    const quarter = top.find(
      (t: { deadline: { raw: string } | null }) => t.deadline?.raw === 'Quý III năm 2023',
    );
    expect(quarter.deadline).toMatchObject({ from: '2023-07-01', to: '2023-09-30' });
    const mttq = top.flatMap((t: { support: Json[] }) => t.support).find((p: Json) => p.name === 'MTTQ');
    expect(mttq).toMatchObject({ matched: true, unitName: expect.stringContaining('Mặt trận') });
    // "các ngành đoàn thể" names no unit: kept, attached to the commune, and reported.
    expect(plan.warnings.join(' ')).toContain('các ngành đoàn thể');
    // The document prints the generated parts.
    expect(plan.draft.printParts).toBe(true);
    expect(plan.draft.tasks[1].lead).toEqual(['Công chức Văn hóa - Xã hội xã']);
  });

  it('takes a bare DocumentDraft of kind KH, as the importer gives it, and returns the plan with ids', async () => {
    const { bcd, officer } = await commune();
    const response = await inject({
      method: 'POST',
      url: `/api/plans?unit=${bcd.code}`,
      headers: { cookie: officer },
      payload: seedDraft,
    });
    expect(response.statusCode, response.body).toBe(201);
    const plan = response.json();
    expect(plan.printParts).toBe(false);
    expect(plan.tasks.filter((t: Json) => t.parentTaskId === null)).toHaveLength(seedTasks.length);
    expect(plan.tasks.every((t: Json) => typeof t.id === 'number')).toBe(true);
    expect(plan.targets[1]).toMatchObject({ comparator: '=', value: 100, unit: '%' });
    const wrong = await inject({
      method: 'POST',
      url: `/api/plans?unit=${bcd.code}`,
      headers: { cookie: officer },
      payload: { ...seedDraft, kind: 'BC' },
    });
    expect(wrong.statusCode).toBe(400);
  });

  it('refuses a task without a lead, and a lead outside the plan, changing nothing', async () => {
    const { bcd, officer } = await commune();
    const before = await countPlans();
    const noLead = await createSeedPlan(officer, bcd.code, {
      tasks: [{ text: 'Việc không ai chủ trì', lead: [], support: [], deadline: null }],
    });
    expect(noLead.statusCode).toBe(400);
    expect(noLead.json().error.message).toContain('chủ trì');
    const outside = await createSeedPlan(officer, bcd.code, {
      tasks: [{ text: 'Giao cho xã khác', lead: ['00004'], support: [], deadline: null }],
    });
    expect(outside.statusCode).toBe(403);
    expect(outside.json().error.message).toContain('không thuộc phạm vi');
    expect(await countPlans()).toBe(before);
  });

  it('keeps a deadline it does not understand as text with a warning, and makes occurrences of a recurring one', async () => {
    const { bcd, officer } = await commune();
    const response = await createSeedPlan(officer, bcd.code, {
      tasks: [
        { text: 'Việc có hạn lạ', lead: ['UBND xã'], deadline: { raw: 'khi nào xong thì thôi' } },
        { text: 'Báo cáo tháng', lead: ['Công chức Văn hóa - Xã hội'], deadline: { raw: 'hằng tháng' } },
      ],
    });
    expect(response.statusCode, response.body).toBe(201);
    const plan = response.json();
    const odd = plan.tasks.find((t: Json) => t.text === 'Việc có hạn lạ');
    expect(odd.deadline).toMatchObject({ raw: 'khi nào xong thì thôi', from: null, to: null });
    expect(odd.warning).toBeTruthy();
    expect(plan.warnings.join(' ')).toContain('khi nào xong');
    const parent = plan.tasks.find((t: Json) => t.text === 'Báo cáo tháng' && t.parentTaskId === null);
    const runs = plan.tasks.filter((t: Json) => t.parentTaskId === parent.id);
    expect(runs).toHaveLength(12);
    expect(runs[11].deadline).toMatchObject({ from: '2023-12-01', to: '2023-12-31' });
  });

  it('goes draft → submitted → approved → issued with a number; an edit after issue is a new version', async () => {
    const { bcd, officer, leader } = await commune();
    const plan = (await createSeedPlan(officer, bcd.code)).json();
    const act = (cookie: string, action: string, note?: string) =>
      inject({
        method: 'POST',
        url: `/api/plans/${plan.id}/transition`,
        headers: { cookie },
        payload: { action, ...(note ? { note } : {}) },
      });
    const early = await inject({
      method: 'POST',
      url: `/api/plans/${plan.id}/issue`,
      headers: { cookie: officer },
      payload: {},
    });
    expect(early.statusCode).toBe(409);
    expect((await act(officer, 'submit')).json().status).toBe('submitted');
    expect((await act(officer, 'approve')).statusCode).toBe(403);
    expect((await act(leader, 'approve')).json().status).toBe('approved');
    const issued = await inject({
      method: 'POST',
      url: `/api/plans/${plan.id}/issue`,
      headers: { cookie: officer },
      payload: { date: '2023-02-28' },
    });
    expect(issued.statusCode, issued.body).toBe(200);
    expect(issued.json()).toMatchObject({ status: 'issued', number: '01/KH-BCĐ' });
    const issuedVersion = issued.json().issuedVersion as number;

    const amended = await inject({
      method: 'PUT',
      url: `/api/plans/${plan.id}`,
      headers: { cookie: officer },
      payload: { draft: { ...seedDraft, title: 'Tiêu đề sửa sau ban hành' } },
    });
    expect(amended.statusCode, amended.body).toBe(200);
    expect(amended.json().versions.length).toBeGreaterThan(issuedVersion);
    expect(amended.json().issuedVersion).toBe(issuedVersion);
    const frozen = await inject({
      method: 'GET',
      url: `/api/plans/${plan.id}/versions/${issuedVersion}`,
      headers: { cookie: officer },
    });
    expect(frozen.json().draft.title).toBe(seedDraft.title);
    expect(frozen.json().draft.number).toBe('01/KH-BCĐ');
    // The file is the issued version unless another is asked for.
    const file = await inject({
      method: 'GET',
      url: `/api/plans/${plan.id}/file`,
      headers: { cookie: officer },
    });
    const text = (await inspectDocx(file.rawPayload)).paragraphs.map((p) => p.text).join('\n');
    expect(text).toContain('01/KH-BCĐ');
    expect(text).toContain('NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN');
    expect(text).toContain('Thời gian thực hiện: Quý III năm 2023');
    expect(text).not.toContain('Tiêu đề sửa sau ban hành');
    expect((await act(officer, 'close')).statusCode).toBe(400);
    const closed = await act(officer, 'close', 'Hoàn thành 8/9 nhiệm vụ.');
    expect(closed.json()).toMatchObject({ status: 'closed', resultsSummary: 'Hoàn thành 8/9 nhiệm vụ.' });
  });

  it('shows the commune its tasks, takes reports with files, refuses bad files, and keeps history', async () => {
    const { bcd, officer, leader } = await commune();
    const plan = (await createSeedPlan(officer, bcd.code)).json();
    const inboxOf = async () =>
      (await inject({ method: 'GET', url: '/api/tasks?limit=100', headers: { cookie: officer } }))
        .json()
        .items.filter((t: Json) => t.planId === plan.id);
    // A draft binds nobody: its tasks reach the inbox when it is issued, and only then can they be overdue.
    expect(await inboxOf()).toHaveLength(0);
    expect(plan.overdueCount).toBe(0);
    await issue(plan.id, officer, leader);
    const mine = await inboxOf();
    expect(mine.length).toBe(seedTasks.length);
    // All of 2023 is past: every open task of seed 003 is overdue.
    const overdue = await inject({
      method: 'GET',
      url: `/api/tasks?plan=${plan.id}&overdue=true`,
      headers: { cookie: officer },
    });
    expect(overdue.json().total).toBe(seedTasks.length);
    const before = await inject({
      method: 'GET',
      url: `/api/tasks?plan=${plan.id}&due_before=2023-03-31`,
      headers: { cookie: officer },
    });
    expect(
      before.json().items.every((t: { deadline: { to: string } }) => t.deadline.to <= '2023-03-31'),
    ).toBe(true);

    const past = await inject({
      method: 'GET',
      url: `/api/tasks?plan=${plan.id}&offset=500`,
      headers: { cookie: officer },
    });
    expect(past.json()).toMatchObject({ items: [], total: seedTasks.length, totalCapped: false });

    const taskId = mine[0].id as number;
    const boundary = 'ptboundary';
    const multipart = (parts: { name: string; value: string | Buffer; file?: string }[]) =>
      Buffer.concat([
        ...parts.flatMap((p) => [
          Buffer.from(
            `--${boundary}\r\nContent-Disposition: form-data; name="${p.name}"${p.file ? `; filename="${p.file}"` : ''}\r\n` +
              (p.file ? 'Content-Type: application/octet-stream\r\n' : '') +
              '\r\n',
          ),
          Buffer.isBuffer(p.value) ? p.value : Buffer.from(p.value),
          Buffer.from('\r\n'),
        ]),
        Buffer.from(`--${boundary}--\r\n`),
      ]);
    const post = (parts: Parameters<typeof multipart>[0]) =>
      inject({
        method: 'POST',
        url: `/api/tasks/${taskId}/reports`,
        headers: { cookie: officer, 'content-type': `multipart/form-data; boundary=${boundary}` },
        payload: multipart(parts),
      });
    const reportsCount = async () =>
      Number((await queryRows<{ n: number }>(db(), sql`SELECT count(*)::int AS n FROM task_reports`))[0]!.n);
    const count0 = await reportsCount();
    const fake = await post([
      { name: 'text', value: 'Đã triển khai' },
      { name: 'files', value: Buffer.from('MZ not a pdf'), file: 'bao-cao.pdf' },
    ]);
    expect(fake.statusCode).toBe(415);
    expect(fake.json().error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    const big = await post([
      { name: 'text', value: 'Tệp quá lớn' },
      {
        name: 'files',
        value: Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(10 * 1024 * 1024)]),
        file: 'lon.pdf',
      },
    ]);
    expect(big.statusCode).toBe(413);
    expect(await reportsCount()).toBe(count0);

    const good = await post([
      { name: 'text', value: 'Đã xây dựng kế hoạch giai đoạn 2021 - 2026.' },
      { name: 'status', value: 'in_progress' },
      { name: 'progress', value: '60' },
      { name: 'files', value: Buffer.from('%PDF-1.4\n%%EOF\n'), file: 'kế hoạch.pdf' },
    ]);
    expect(good.statusCode, good.body).toBe(201);
    expect(good.json().attachments[0]).toMatchObject({
      fileName: 'kế hoạch.pdf',
      contentType: 'application/pdf',
    });
    const download = await inject({
      method: 'GET',
      url: `/api/task-attachments/${good.json().attachments[0].id}`,
      headers: { cookie: officer },
    });
    expect(download.body).toContain('%PDF-1.4');

    const done = await inject({
      method: 'PATCH',
      url: `/api/tasks/${taskId}`,
      headers: { cookie: officer },
      payload: { status: 'done' },
    });
    // Finished after its 2023 deadline: "hoàn thành quá hạn", at 100 % from the status.
    expect(done.json()).toMatchObject({ status: 'done_late', progress: 100, overdue: false });
    const comment = await inject({
      method: 'POST',
      url: `/api/tasks/${taskId}/comments`,
      headers: { cookie: officer },
      payload: { text: 'Đề nghị bổ sung ảnh.' },
    });
    expect(comment.statusCode).toBe(201);
    const detail = (
      await inject({ method: 'GET', url: `/api/tasks/${taskId}`, headers: { cookie: officer } })
    ).json();
    expect(detail.reports).toHaveLength(1);
    expect(detail.comments[0].text).toBe('Đề nghị bổ sung ảnh.');
    expect(detail.history.map((h: Json) => h.action)).toEqual(['task.report', 'task.update', 'task.comment']);
    const planAfter = (
      await inject({ method: 'GET', url: `/api/plans/${plan.id}`, headers: { cookie: officer } })
    ).json();
    expect(planAfter.doneCount).toBe(1);
  });

  it('cascades to every village and follows who issued, who is late', async () => {
    const { bcd, officer } = await commune();
    const v1 = await buildVillage(db(), '18673', 'Thôn Cascade A');
    await buildVillage(db(), '18673', 'Thôn Cascade B');
    const plan = (await createSeedPlan(officer, bcd.code)).json();
    const deadline = addDays(todayInVietnam(), 10);
    const cascade = await inject({
      method: 'POST',
      url: `/api/plans/${plan.id}/cascade`,
      headers: { cookie: officer },
      payload: { kind: 'plan', title: 'Kế hoạch thực hiện phong trào năm 2023', level: 'village', deadline },
    });
    expect(cascade.statusCode, cascade.body).toBe(201);
    const units = cascade.json().units as { unitCode: string; state: string }[];
    expect(units.length).toBeGreaterThanOrEqual(2);
    expect(units.every((u) => u.state === 'pending')).toBe(true);
    // The village's own plan answers the requirement once issued.
    const village = await buildUser(ctx.app, db(), { role: 'leader', unit: v1.code });
    const child = await inject({
      method: 'POST',
      url: '/api/plans',
      headers: { cookie: village.cookie },
      payload: { draft: { ...seedDraft, title: 'Kế hoạch của thôn' }, unit: v1.code, parentPlanId: plan.id },
    });
    expect(child.statusCode, child.body).toBe(201);
    for (const action of ['submit', 'approve'])
      await inject({
        method: 'POST',
        url: `/api/plans/${child.json().id}/transition`,
        headers: { cookie: village.cookie },
        payload: { action },
      });
    const issued = await inject({
      method: 'POST',
      url: `/api/plans/${child.json().id}/issue`,
      headers: { cookie: village.cookie },
      payload: {},
    });
    expect(issued.statusCode, issued.body).toBe(200);
    const parent = (
      await inject({ method: 'GET', url: `/api/plans/${plan.id}`, headers: { cookie: officer } })
    ).json();
    const row = parent.cascades[0].units.find((u: Json) => u.unitCode === v1.code);
    expect(row).toMatchObject({ state: 'issued', responsePlanId: child.json().id });
    expect(parent.childPlans[0].id).toBe(child.json().id);
    // A requirement whose date has passed shows the others as late.
    const past = await inject({
      method: 'POST',
      url: `/api/plans/${plan.id}/cascade`,
      headers: { cookie: officer },
      payload: { kind: 'report', title: 'Báo cáo sơ kết', level: 'village', deadline: '2023-06-15' },
    });
    expect(past.json().units.every((u: Json) => u.state === 'late')).toBe(true);
  });

  it('gives per-plan and per-unit dashboards and an Excel list an office can print', async () => {
    const { bcd, officer, leader } = await commune();
    const plan = (await createSeedPlan(officer, bcd.code)).json();
    await issue(plan.id, officer, leader);
    const target = plan.targets[0];
    const value = await inject({
      method: 'POST',
      url: `/api/targets/${target.id}/values`,
      headers: { cookie: officer },
      payload: { unit: '18673', value: 88.5 },
    });
    expect(value.json().reported[0]).toMatchObject({ value: 88.5, met: true });
    const dash = (
      await inject({ method: 'GET', url: `/api/plans/${plan.id}/dashboard`, headers: { cookie: officer } })
    ).json();
    expect(dash.byStatus.not_started).toBe(seedTasks.length);
    expect(dash.overdueByUnit[0]).toMatchObject({ unitCode: '18673' });
    const unit = await inject({
      method: 'GET',
      url: '/api/dashboards/units/42',
      headers: { cookie: officer },
    });
    expect(unit.statusCode).toBe(403);
    const own = (
      await inject({ method: 'GET', url: '/api/dashboards/units/18673', headers: { cookie: officer } })
    ).json();
    expect(own.total).toBeGreaterThanOrEqual(seedTasks.length);
    const xlsx = await inject({
      method: 'GET',
      url: `/api/plans/${plan.id}/tasks.xlsx`,
      headers: { cookie: officer },
    });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as never);
    const sheet = book.worksheets[0]!;
    expect(sheet.getRow(4).getCell(2).value).toBe('Nội dung nhiệm vụ');
    expect(sheet.getRow(6).getCell(3).value).toBe('Công chức Văn hóa - Xã hội xã');
    expect(sheet.getRow(5).getCell(9).text).toMatch(/^Quá hạn \d+ ngày$/);
    expect(sheet.pageSetup.orientation).toBe('landscape');
  });
});
