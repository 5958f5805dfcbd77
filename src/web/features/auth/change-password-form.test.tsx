import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildUser, TEST_PASSWORD } from '../../../server/testing/factories';
import { engines } from '../../../server/testing/test-db';
import { vi } from '../../i18n/vi';
import { renderPage } from '../../testing/render-page';
import { useServedApp } from '../../testing/served-app';
import { COMMUNE } from '../../testing/seed-plans';
import { ChangePasswordForm } from './change-password-form';

const t = vi.account;

describe.each(engines())('the change-password form on %s', (engine) => {
  const ctx = useServedApp(engine);

  /** The form for a signed-in officer; `signsInWith` says whether a password opens their account now. */
  const openForm = async () => {
    const { account, cookie } = await buildUser(ctx.app, ctx.database.db, { role: 'officer', unit: COMMUNE });
    ctx.browser.signInAs(cookie);
    const page = renderPage(<ChangePasswordForm />);
    await screen.findByRole('button', { name: t.submit });
    const box = (label: string) => screen.getByLabelText(label, { selector: 'input' });
    const type = async (label: string, text: string) => {
      await page.user.clear(box(label));
      await page.user.type(box(label), text);
    };
    const signsInWith = async (password: string) =>
      (
        await ctx.app.inject({
          method: 'POST',
          url: '/api/auth/login',
          payload: { username: account.username, password },
        })
      ).statusCode === 200;
    return { ...page, box, type, signsInWith };
  };
  const submit = (user: ReturnType<typeof renderPage>['user']) =>
    user.click(screen.getByRole('button', { name: t.submit }));

  it('asks for the current password and a long enough new one, and sends nothing', async () => {
    const { user, type, signsInWith } = await openForm();
    await type(t.newPassword, 'ngan');
    await submit(user);
    expect(await screen.findByText(vi.common.required)).toBeTruthy();
    expect(screen.getByText(t.tooShort)).toBeTruthy();
    expect(screen.getByText(t.mismatch)).toBeTruthy();
    expect(await signsInWith(TEST_PASSWORD)).toBe(true);
  });

  it('refuses a new password that is the old one, or typed differently the second time', async () => {
    const { user, type } = await openForm();
    await type(t.currentPassword, TEST_PASSWORD);
    await type(t.newPassword, TEST_PASSWORD);
    await type(t.repeatPassword, 'khac-hoan-toan');
    await submit(user);
    expect(await screen.findByText(t.sameAsOld)).toBeTruthy();
    expect(screen.getByText(t.mismatch)).toBeTruthy();
  });

  it("shows the server's refusal of a wrong current password under that field", async () => {
    const { user, type, box, signsInWith } = await openForm();
    await type(t.currentPassword, 'sai-mat-khau-roi');
    await type(t.newPassword, 'mat-khau-moi-456');
    await type(t.repeatPassword, 'mat-khau-moi-456');
    await submit(user);
    const current = box(t.currentPassword);
    await waitFor(() => expect(current.getAttribute('data-invalid')).toBe('true'));
    // The answer's own message, under the field (not in an alert below the form).
    const message = document.getElementById(`${current.id}-error`);
    expect(message?.textContent).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(await signsInWith(TEST_PASSWORD)).toBe(true);
  });

  it('changes the password, says so and empties the form', async () => {
    const { user, type, box, signsInWith } = await openForm();
    await type(t.currentPassword, TEST_PASSWORD);
    await type(t.newPassword, 'mat-khau-moi-456');
    await type(t.repeatPassword, 'mat-khau-moi-456');
    await submit(user);
    expect(await screen.findByText(t.changed)).toBeTruthy();
    expect((box(t.newPassword) as HTMLInputElement).value).toBe('');
    expect(await signsInWith('mat-khau-moi-456')).toBe(true);
  });
});
