import { describe, expect, it } from 'vitest';
import { engines } from '../../testing/test-db';
import { useTestApp } from '../../testing/test-app';
import { planTestKit, seedDraft, seedTasks, type Json } from './plans.testing';
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { buildUser, buildVillage } from '../../testing/factories';
import { queryRows } from '../../platform/database';
import { addDays, todayInVietnam } from '../../../core/dates/vn-dates';

describe.each(engines())('following plans up on %s', (engine) => {
  const ctx = useTestApp(engine);
  const { inject, db, commune, createSeedPlan, issue } = planTestKit(ctx);

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
    const deadline = addDays(todayInVietnam(new Date()), 10);
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
