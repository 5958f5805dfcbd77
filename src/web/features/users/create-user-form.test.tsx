import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CreateUserBody, type Account } from '../../../contracts/auth';
import type { UnitDetail } from '../../../contracts/units';
import { engines } from '../../../server/testing/test-db';
import { vi } from '../../i18n/vi';
import { renderPage } from '../../testing/render-page';
import { useServedApp } from '../../testing/served-app';
import { COMMUNE, communeAccount } from '../../testing/seed-plans';
import { CreateUserForm } from './create-user-form';

const t = vi.users;
let counter = 0;

/** The contract's own message for a field of the account. */
const messageOf = (field: 'username' | 'password' | 'fullName', value: string) =>
  CreateUserBody.shape[field].safeParse(value).error!.issues[0]!.message;

describe.each(engines())('the form creating an account on %s', (engine) => {
  const ctx = useServedApp(engine);

  /** The form of a unit administrator of the commune, the commune chosen; `account` finds a username's account. */
  const openForm = async () => {
    const admin = await communeAccount(ctx, 'unit_admin');
    const commune = (
      await ctx.app.inject({ url: `/api/units/${COMMUNE}`, headers: { cookie: admin } })
    ).json<UnitDetail>();
    const account = async (username: string) =>
      (await ctx.app.inject({ url: `/api/users?q=${username}`, headers: { cookie: admin } }))
        .json<{ items: Account[] }>()
        .items.find((a) => a.username === username);
    const created: Account[] = [];
    ctx.browser.signInAs(admin);
    const page = renderPage(<CreateUserForm defaultUnit={commune} onCreated={(a) => created.push(a)} />);
    const submit = await screen.findByRole('button', { name: t.create });
    const box = (label: string) => screen.getByRole('textbox', { name: label });
    const password = () => screen.getByLabelText(new RegExp(`^${t.initialPassword}`), { selector: 'input' });
    const put = async (input: HTMLElement, text: string) => {
      await page.user.click(input);
      await page.user.paste(text);
    };
    const fill = async (username: string) => {
      await put(box(t.username), username);
      await put(box(t.fullName), 'Nguyễn Văn An');
      await put(password(), 'mat-khau-ban-dau-1');
    };
    return { ...page, admin, submit, box, password, fill, account, created };
  };

  it('asks for the username, the name and a long enough password, and creates nothing', async () => {
    const { user, submit, box, password, account, created } = await openForm();
    await user.type(box(t.username), 'A B');
    await user.type(password(), 'ngan');
    await user.click(submit);
    expect(await screen.findByText(messageOf('username', 'A B'))).toBeTruthy();
    expect(screen.getByText(messageOf('password', 'ngan'))).toBeTruthy();
    expect(screen.getByText(messageOf('fullName', ''))).toBeTruthy();
    expect(await account('a b')).toBeUndefined();
    expect(created).toEqual([]);
  });

  it('creates the account in the chosen unit as an officer', async () => {
    const { user, submit, fill, account, created } = await openForm();
    const username = `can.bo${++counter}`;
    await fill(username);
    await user.click(submit);
    await waitFor(() => expect(created).toHaveLength(1));
    expect(created[0]).toMatchObject({ username, fullName: 'Nguyễn Văn An', role: 'officer' });
    expect(await account(username)).toMatchObject({ role: 'officer', unit: { code: COMMUNE } });
  });

  it("shows the server's refusal of a username taken under that field", async () => {
    const { user, admin, submit, box, fill, created } = await openForm();
    const username = `trung.ten${++counter}`;
    const first = await ctx.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: { cookie: admin },
      payload: {
        username,
        password: 'mat-khau-khac-99',
        fullName: 'Người có trước',
        role: 'viewer',
        unit: COMMUNE,
      },
    });
    expect(first.statusCode, first.body).toBe(201);
    await fill(username);
    await user.click(submit);
    const field = box(t.username);
    await waitFor(() => expect(field.getAttribute('aria-invalid')).toBe('true'));
    // The answer's own message (it names the username), under the field and not in an alert below the form.
    expect(document.getElementById(`${field.id}-error`)?.textContent).toContain(username);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(created).toEqual([]);
  });
});
