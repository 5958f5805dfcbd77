import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import seed003 from '../../../core/documents/fixtures/seed-003.json' with { type: 'json' };
import type { UnitSummary } from '../../../contracts/units';
import { engines } from '../../../server/testing/test-db';
import { plansVi } from '../../i18n/plans.vi';
import { vi } from '../../i18n/vi';
import { navigatedTo, renderPage } from '../../testing/render-page';
import { useServedApp } from '../../testing/served-app';
import { COMMUNE, communeAccount } from '../../testing/seed-plans';
import { PlanEditor } from './plan-editor';
import { emptyPlanForm } from './plan-form-state';

const d = vi.documents;
const t = plansVi;
const TITLE = 'Kế hoạch thực hiện phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa" năm 2030';

describe.each(engines())('the plan editor on %s', (engine) => {
  const ctx = useServedApp(engine);

  /** A new plan of the commune, as /ke-hoach/moi opens it, for an account of the given role. */
  const openNewPlan = async (role: 'officer' | 'viewer' = 'officer') => {
    const cookie = await communeAccount(ctx, role);
    const unit = (
      await ctx.app.inject({ url: `/api/units/${COMMUNE}`, headers: { cookie } })
    ).json<UnitSummary>();
    ctx.browser.signInAs(cookie);
    const page = renderPage(<PlanEditor planId={null} initialForm={emptyPlanForm(unit, 2030)} />);
    await screen.findByRole('button', { name: t.editor.save });
    const field = (label: string) =>
      screen.getByLabelText(label, { exact: false, selector: 'input,textarea' });
    const plans = async () =>
      (await ctx.app.inject({ url: '/api/plans?limit=500', headers: { cookie } })).json<{
        items: { id: number; title: string }[];
      }>().items;
    return { ...page, cookie, field, plans };
  };

  type User = ReturnType<typeof renderPage>['user'];
  /** Types a whole value at once (as pasted): each keystroke re-renders the live preview, too slow for a test. */
  const enter = async (user: User, box: HTMLElement, text: string) => {
    await user.clear(box);
    await user.click(box);
    await user.paste(text);
  };
  const fillDocument = async (user: User, field: (label: string) => HTMLElement) => {
    await enter(user, field(d.docTitle), TITLE);
    await enter(user, field(d.place), 'Cẩm Xuyên');
    await enter(user, field(d.signerPosition), 'CHỦ TỊCH');
    await enter(user, field(d.signerName), 'Nguyễn Văn An');
  };

  it('marks the missing title, task text and lead, and saves nothing', async () => {
    const { user, field, plans } = await openNewPlan();
    const before = await plans();
    await user.click(screen.getByRole('button', { name: t.tasks.add }));
    await enter(user, field(t.tasks.deadline), 'Quý I năm 2030');
    await user.click(screen.getByRole('button', { name: t.editor.save }));

    expect(await screen.findByText(t.editor.invalid)).toBeTruthy();
    expect(field(d.docTitle).getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText(t.tasks.missingText)).toBeTruthy();
    expect(screen.getByText(t.tasks.missingLead)).toBeTruthy();
    expect(await plans()).toEqual(before);
  });

  it('saves a plan with a task, its lead and deadline, and opens it', async () => {
    const { user, field, cookie } = await openNewPlan();
    await fillDocument(user, field);
    await user.click(screen.getByRole('button', { name: t.tasks.add }));
    await enter(user, field(t.tasks.text), 'Tổ chức hội nghị triển khai phong trào');
    // A pasted name becomes a tag at once (Enter now would submit the form).
    await enter(user, field(t.tasks.lead), 'Công chức Văn hóa - Xã hội');
    await enter(user, field(t.tasks.deadline), 'Quý I năm 2030');
    await user.click(screen.getByRole('button', { name: t.editor.save }));

    const path = await navigatedTo();
    expect(path).toMatch(/^\/ke-hoach\/\d+$/);
    const saved = await ctx.app.inject({ url: `/api/plans/${path.split('/')[2]}`, headers: { cookie } });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({
      title: TITLE,
      tasks: [
        {
          text: 'Tổ chức hội nghị triển khai phong trào',
          lead: [expect.objectContaining({ name: 'Công chức Văn hóa - Xã hội' })],
          deadline: expect.objectContaining({ raw: 'Quý I năm 2030', from: '2030-01-01', to: '2030-03-31' }),
        },
      ],
    });
  });

  it("shows the server's refusal in the form's alert and stays on the form", async () => {
    const { user, field, plans, cookie } = await openNewPlan('viewer');
    const before = await plans();
    await fillDocument(user, field);
    await user.click(screen.getByRole('button', { name: t.editor.save }));
    const alert = await screen.findByRole('alert');
    const refusal = await ctx.app.inject({
      method: 'POST',
      url: '/api/plans',
      headers: { cookie },
      payload: { draft: { ...seed003, number: null, date: '2030-02-28' }, unit: COMMUNE },
    });
    expect(refusal.statusCode).toBe(403);
    expect(within(alert).getByText(vi.errors.title)).toBeTruthy();
    expect(alert.textContent).toContain(refusal.json().error.message);
    expect(screen.queryByTestId('navigated-to')).toBeNull();
    expect(await plans()).toEqual(before);
  });
});
