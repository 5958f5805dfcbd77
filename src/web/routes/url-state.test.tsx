import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { engines } from '../../server/testing/test-db';
import { plansVi } from '../i18n/plans.vi';
import { vi } from '../i18n/vi';
import { renderApp } from '../testing/render-page';
import { useServedApp } from '../testing/served-app';
import { seedPlan } from '../testing/seed-plans';
import { chooseOption } from '../testing/user-actions';
import { webYear } from '../ui/clock';

const t = plansVi;

describe.each(engines())('filters and tabs in the address on %s', (engine) => {
  const ctx = useServedApp(engine);

  /** A draft plan of the commune and its officer, signed in; the plan's title and year as the list shows them. */
  const seeded = async () => {
    const plan = await seedPlan(ctx);
    ctx.browser.signInAs(plan.officer);
    const detail = (
      await ctx.app.inject({ url: `/api/plans/${plan.planId}`, headers: { cookie: plan.officer } })
    ).json<{ title: string; year: number }>();
    return { ...plan, ...detail };
  };
  const select = (label: string) => screen.getByLabelText<HTMLInputElement>(label, { selector: 'input' });

  it('lists plans by the status and year of a shared link, and puts a new filter in the address', async () => {
    const { title, year } = await seeded();
    const { user, router } = renderApp(`/ke-hoach?status=draft&year=${year}`);

    expect(await screen.findByText(title)).toBeTruthy();
    expect(select(t.list.year).value).toBe(String(year));
    expect(select(t.list.status).value).toBe(t.statusLabel.draft);

    await chooseOption(user, screen, t.list.status, t.statusLabel.issued);
    await waitFor(() => expect(router.state.location.search).toMatchObject({ status: 'issued', year }));
    await waitFor(() => expect(screen.queryByText(title)).toBeNull());

    // Back to the link as shared (refresh, or another tab): the same filter again.
    router.history.replace(`/ke-hoach?status=draft&year=${year}`);
    expect(await screen.findByText(title)).toBeTruthy();
    expect(select(t.list.status).value).toBe(t.statusLabel.draft);
  });

  it('falls back to the default filters for values it does not know', async () => {
    await seeded();
    renderApp('/ke-hoach?status=bogus&year=abc&page=-3');
    await screen.findByRole('heading', { name: t.title });
    expect(select(t.list.year).value).toBe(String(webYear()));
    expect(select(t.list.status).value).toBe('');
  });

  it('opens the tab a link names on the plan page, and a picked tab goes into the address', async () => {
    const { planId } = await seeded();
    const { user, router } = renderApp(`/ke-hoach/${planId}?tab=nhiem-vu`);

    const tasks = await screen.findByRole('tab', { name: t.detail.tabs.tasks });
    expect(tasks.getAttribute('aria-selected')).toBe('true');

    await user.click(screen.getByRole('tab', { name: t.detail.tabs.targets }));
    await waitFor(() => expect(router.state.location.search).toEqual({ tab: 'chi-tieu' }));
    expect(screen.getByRole('tab', { name: t.detail.tabs.targets }).getAttribute('aria-selected')).toBe(
      'true',
    );
  });

  it('opens the documents register from the address and keeps the list tab out of it', async () => {
    await seeded();
    const { user, router } = renderApp('/van-ban?tab=so');
    const register = await screen.findByRole('tab', { name: vi.documents.registerTab });
    expect(register.getAttribute('aria-selected')).toBe('true');

    await user.click(screen.getByRole('tab', { name: vi.documents.listTab }));
    await waitFor(() => expect(router.state.location.search).toEqual({}));
  });
});
