import { describe, expect, it } from 'vitest';
import { engines } from '../../testing/test-db';
import { useTestApp } from '../../testing/test-app';
import { planTestKit, seedDraft, seedTargets, seedTasks, type Json } from './plans.testing';
import { buildVillage } from '../../testing/factories';
import { inspectDocx } from '../../../core/documents/inspect-docx';

describe.each(engines())('plans on %s', (engine) => {
  const ctx = useTestApp(engine);
  const { inject, db, commune, createSeedPlan, countPlans } = planTestKit(ctx);

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
});
