import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { engines } from '../../../server/testing/test-db';
import { tasksVi } from '../../i18n/tasks.vi';
import { chooseFiles, chooseOption } from '../../testing/user-actions';
import { renderPage } from '../../testing/render-page';
import { useServedApp } from '../../testing/served-app';
import { communeAccount, seedPlan } from '../../testing/seed-plans';
import { ReportForm } from './report-form';

const t = tasksVi.report;
const pdf = (name: string, size = 1000) =>
  new File([new Uint8Array([...Buffer.from('%PDF-1.4\n'), ...new Uint8Array(size)])], name, {
    type: 'application/pdf',
  });

describe.each(engines())('the task report form on %s', (engine) => {
  const ctx = useServedApp(engine);

  const reportsOf = async (taskId: number, cookie: string) => {
    const answer = await ctx.app.inject({ url: `/api/tasks/${taskId}`, headers: { cookie } });
    expect(answer.statusCode, answer.body).toBe(200);
    return answer.json<{ reports: Record<string, unknown>[] }>().reports;
  };

  const openForm = async (cookie: string) => {
    const seeded = await seedPlan(ctx);
    ctx.browser.signInAs(cookie === 'officer' ? seeded.officer : cookie);
    const page = renderPage(<ReportForm taskId={seeded.taskId} progress={0} />);
    const form = await screen.findByRole('form', { name: t.formTitle });
    return { ...page, ...seeded, form: within(form) };
  };

  it('asks for the text and sends nothing when it is empty', async () => {
    const { user, form, taskId, officer } = await openForm('officer');
    await user.type(form.getByLabelText(t.text, { exact: false }), '   ');
    await user.click(form.getByRole('button', { name: t.submit }));
    expect(await form.findByText(t.textRequired)).toBeTruthy();
    expect(await reportsOf(taskId, officer)).toEqual([]);
  });

  it('saves a report with its new status and file, and says so', async () => {
    const { user, form, taskId, officer } = await openForm('officer');
    await user.type(form.getByLabelText(t.text, { exact: false }), 'Đã tổ chức hội nghị triển khai');
    await chooseOption(user, form, t.status, tasksVi.status.in_progress);
    await chooseFiles(user, form.getByLabelText(t.files), pdf('bien-ban.pdf'));
    await user.click(form.getByRole('button', { name: t.submit }));
    expect(await form.findByText(t.sent)).toBeTruthy();
    const [report] = await reportsOf(taskId, officer);
    expect(report).toMatchObject({
      text: 'Đã tổ chức hội nghị triển khai',
      status: 'in_progress',
      attachments: [expect.objectContaining({ fileName: 'bien-ban.pdf', contentType: 'application/pdf' })],
    });
  });

  it.each([
    ['over 10 MB', pdf('qua-lon.pdf', 10 * 1024 * 1024 + 1), t.tooLarge('qua-lon.pdf')],
    ['of a refused type', new File(['MZ'], 'chuong-trinh.exe'), t.wrongType('chuong-trinh.exe')],
  ])('refuses a file %s with its reason and sends nothing', async (_, file, message) => {
    const { user, form, taskId, officer } = await openForm('officer');
    await user.type(form.getByLabelText(t.text, { exact: false }), 'Báo cáo kèm tệp');
    await chooseFiles(user, form.getByLabelText(t.files), file);
    expect(await form.findByText(message)).toBeTruthy();
    await user.click(form.getByRole('button', { name: t.submit }));
    expect(form.getByText(message)).toBeTruthy();
    expect(await reportsOf(taskId, officer)).toEqual([]);
  });

  it("shows the server's refusal of a viewer account in the form's alert", async () => {
    const viewer = await communeAccount(ctx, 'viewer');
    const { user, form, taskId, officer } = await openForm(viewer);
    await user.type(form.getByLabelText(t.text, { exact: false }), 'Báo cáo của người chỉ xem');
    await user.click(form.getByRole('button', { name: t.submit }));
    const refusal = await ctx.app.inject({
      method: 'POST',
      url: `/api/tasks/${taskId}/reports`,
      headers: { cookie: viewer },
      payload: { text: 'x' },
    });
    expect(refusal.statusCode).toBe(403);
    const alert = await form.findByRole('alert');
    expect(alert.textContent).toContain(refusal.json<{ error: { message: string } }>().error.message);
    await waitFor(async () => expect(await reportsOf(taskId, officer)).toEqual([]));
  });
});
