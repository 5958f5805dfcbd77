import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { UpdateUnitBody, type UnitDetail } from '../../../contracts/units';
import { buildVillage } from '../../../server/testing/factories';
import { engines } from '../../../server/testing/test-db';
import { vi } from '../../i18n/vi';
import { renderPage } from '../../testing/render-page';
import { useServedApp } from '../../testing/served-app';
import { COMMUNE, communeAccount } from '../../testing/seed-plans';
import { EditUnitForm } from './edit-unit-form';

const t = vi.unitDetail;

describe.each(engines())('the form renaming a unit on %s', (engine) => {
  const ctx = useServedApp(engine);

  /** The form for a new village of the commune; `unit` reads the village back. */
  const openForm = async () => {
    const officer = await communeAccount(ctx, 'officer');
    const village = await buildVillage(ctx.database.db, COMMUNE);
    const unit = async () =>
      (
        await ctx.app.inject({ url: `/api/units/${village.code}`, headers: { cookie: officer } })
      ).json<UnitDetail>();
    const calls = { saved: 0, cancelled: 0 };
    ctx.browser.signInAs(officer);
    const page = renderPage(
      <EditUnitForm unit={village} onSaved={() => calls.saved++} onCancel={() => calls.cancelled++} />,
    );
    const form = within(await screen.findByRole('form', { name: t.editTitle }));
    const name = () => form.getByRole('textbox', { name: t.name });
    return { ...page, village, unit, calls, form, name };
  };

  it('asks for a name and saves nothing without one', async () => {
    const { user, village, unit, calls, form, name } = await openForm();
    await user.clear(name());
    await user.type(name(), '   ');
    await user.click(form.getByRole('button', { name: vi.common.save }));
    const message = UpdateUnitBody.safeParse({ name: '   ' }).error!.issues[0]!.message;
    expect(await form.findByText(message)).toBeTruthy();
    expect((await unit()).name).toBe(village.name);
    expect(calls).toEqual({ saved: 0, cancelled: 0 });
  });

  it('sends nothing when nothing changed, and the new name when it did', async () => {
    const { user, village, unit, calls, form, name } = await openForm();
    await user.click(form.getByRole('button', { name: vi.common.save }));
    expect(calls).toEqual({ saved: 0, cancelled: 1 });

    await user.clear(name());
    await user.type(name(), `${village.name} mới`);
    await user.click(form.getByRole('button', { name: vi.common.save }));
    await waitFor(() => expect(calls.saved).toBe(1));
    expect(await unit()).toMatchObject({ name: `${village.name} mới`, shortName: village.shortName });
  });

  /** The form of the official commune for its unit administrator, who may set its ký hiệu but not rename it. */
  const openSymbolForm = async () => {
    const admin = await communeAccount(ctx, 'unit_admin');
    const read = async () =>
      (await ctx.app.inject({ url: `/api/units/${COMMUNE}`, headers: { cookie: admin } })).json<UnitDetail>();
    const commune = await read();
    const calls = { saved: 0, cancelled: 0 };
    ctx.browser.signInAs(admin);
    const page = renderPage(
      <EditUnitForm
        unit={commune}
        canSetSymbol
        onSaved={() => calls.saved++}
        onCancel={() => calls.cancelled++}
      />,
    );
    const form = within(await screen.findByRole('form', { name: t.editSymbolTitle }));
    const symbol = () => form.getByRole('textbox', { name: vi.units.symbol });
    return { ...page, commune, read, calls, form, symbol };
  };

  it('lets the administrator of an official commune set its ký hiệu, and nothing else', async () => {
    const { user, commune, read, calls, form, symbol } = await openSymbolForm();
    expect(form.queryByRole('textbox', { name: t.name })).toBeNull();
    expect(symbol().getAttribute('placeholder')).toBe('UBND');
    await user.clear(symbol());
    await user.type(symbol(), 'UBND-VX');
    await user.click(form.getByRole('button', { name: vi.common.save }));
    await waitFor(() => expect(calls.saved).toBe(1));
    expect(await read()).toMatchObject({ name: commune.name, symbol: 'UBND-VX', issuerSymbol: 'UBND-VX' });
  });

  it('refuses a ký hiệu with punctuation or spaces under its field and saves nothing', async () => {
    const { user, commune, read, calls, form, symbol } = await openSymbolForm();
    await user.clear(symbol());
    await user.type(symbol(), 'PVH&TT');
    await user.click(form.getByRole('button', { name: vi.common.save }));
    const message = UpdateUnitBody.safeParse({ symbol: 'PVH&TT' }).error!.issues[0]!.message;
    expect(await form.findByText(message)).toBeTruthy();
    expect((await read()).symbol).toBe(commune.symbol);
    expect(calls).toEqual({ saved: 0, cancelled: 0 });
  });
});
