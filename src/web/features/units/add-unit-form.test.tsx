import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CreateUnitBody, type UnitList } from '../../../contracts/units';
import { engines } from '../../../server/testing/test-db';
import { vi } from '../../i18n/vi';
import { renderPage } from '../../testing/render-page';
import { useServedApp } from '../../testing/served-app';
import { COMMUNE, communeAccount } from '../../testing/seed-plans';
import { AddUnitForm } from './add-unit-form';

const t = vi.unitDetail;
let counter = 0;

/** An input by its label as people read it (a required field's label ends in an asterisk). */
const labelled = (label: string) => new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*\\*?$`);

/** The contract's own message for `body`'s `field`. */
const messageOf = (body: Record<string, unknown>, field: string) =>
  CreateUnitBody.safeParse(body).error?.issues.find((issue) => issue.path[0] === field)?.message;

describe.each(engines())('the form adding a unit on %s', (engine) => {
  const ctx = useServedApp(engine);

  /** The form under the commune for an officer of it; `children` reads the commune's units back. */
  const openForm = async () => {
    const officer = await communeAccount(ctx, 'officer');
    const children = async (q?: string) =>
      (
        await ctx.app.inject({
          url: `/api/units?parent=${COMMUNE}&limit=500${q ? `&q=${encodeURIComponent(q)}` : ''}`,
          headers: { cookie: officer },
        })
      ).json<UnitList>();
    ctx.browser.signInAs(officer);
    const page = renderPage(<AddUnitForm parentCode={COMMUNE} parentLevel="commune" />);
    const form = within(
      await screen.findByRole('button', { name: t.addSubmit }).then((b) => b.closest('form')!),
    );
    const box = (label: string) => form.getByLabelText(labelled(label), { selector: 'input' });
    return { ...page, form, box, children };
  };

  it('asks for the type and the name, and adds nothing', async () => {
    const { user, form, children } = await openForm();
    const before = (await children()).total;
    await user.click(form.getByRole('button', { name: t.addSubmit }));
    const blank = { parent: COMMUNE, level: 'village', type: '', name: '' };
    expect(await form.findByText(messageOf(blank, 'name')!)).toBeTruthy();
    expect(form.getByText(messageOf(blank, 'type')!)).toBeTruthy();
    expect((await children()).total).toBe(before);
  });

  it('adds a village with its type and name, says so and keeps the type for the next one', async () => {
    const { user, form, box, children } = await openForm();
    const name = `Đồng Tâm ${++counter}`;
    await user.click(box(t.addType));
    await user.click(await screen.findByRole('option', { name: 'thôn' }));
    await user.type(box(t.addName), name);
    await user.click(form.getByRole('button', { name: t.addSubmit }));
    const notice = await form.findByRole('status');
    const [created] = (await children(name)).items;
    expect(created).toMatchObject({ level: 'village', name, shortName: null });
    expect(notice.textContent).toBe(t.added(created!.fullName));
    expect((box(t.addName) as HTMLInputElement).value).toBe('');
    expect((box(t.addType) as HTMLInputElement).value).toBe('thôn');
  });
});
