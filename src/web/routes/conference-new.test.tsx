import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { engines } from '../../server/testing/test-db';
import { conferencesVi } from '../i18n/conferences.vi';
import { renderApp } from '../testing/render-page';
import { useServedApp } from '../testing/served-app';
import { communeAccount } from '../testing/seed-plans';

const t = conferencesVi;

describe.each(engines())('typing in a new conference on %s', (engine) => {
  const ctx = useServedApp(engine);

  /** /hoi-nghi/moi for a new officer of the commune (whose unit holds it); `titles` lists the conferences made. */
  const openPage = async () => {
    const officer = await communeAccount(ctx, 'officer');
    ctx.browser.signInAs(officer);
    const page = renderApp('/hoi-nghi/moi');
    const form = await screen.findByRole('form', { name: t.newPage.manual });
    const box = (label: string) =>
      screen.getByLabelText<HTMLInputElement>(label, { exact: false, selector: 'input' });
    const submit = () => page.user.click(screen.getByRole('button', { name: t.newPage.submit }));
    const titles = async () =>
      (await ctx.app.inject({ url: '/api/conferences', headers: { cookie: officer } }))
        .json<{ items: { title: string }[] }>()
        .items.map((c) => c.title);
    return { ...page, form, box, submit, titles };
  };

  it('marks a conference without a title and makes none', async () => {
    const { box, submit, titles } = await openPage();
    await submit();
    expect(await screen.findByText(t.form.invalid)).toBeTruthy();
    expect(box(t.form.title).getAttribute('aria-invalid')).toBe('true');
    expect(await titles()).toEqual([]);
  });

  it('refuses a session that ends before it starts, under its end', async () => {
    const { user, box, submit, titles } = await openPage();
    await user.type(box(t.form.title), 'Hội nghị sơ kết năm 2031');
    const end = box(`${t.form.sessionEnd} (${t.form.defaultSession})`);
    fireEvent.change(end, { target: { value: '07:00' } });
    await submit();
    expect(await screen.findByText(t.form.endBeforeStart)).toBeTruthy();
    expect(end.getAttribute('aria-invalid')).toBe('true');
    expect(await titles()).toEqual([]);
  });

  it('makes the conference and opens it', async () => {
    const { user, box, submit, titles, router } = await openPage();
    await user.type(box(t.form.title), 'Hội nghị sơ kết năm 2031');
    await submit();
    await waitFor(() => expect(router.state.location.pathname).toMatch(/^\/hoi-nghi\/\d+$/));
    expect(await titles()).toEqual(['Hội nghị sơ kết năm 2031']);
  });
});
