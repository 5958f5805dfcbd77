import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { NameResolution } from '../../../contracts/imports';
import { engines } from '../../../server/testing/test-db';
import { importVi } from '../../i18n/import.vi';
import { renderPage } from '../../testing/render-page';
import { useServedApp } from '../../testing/served-app';
import { COMMUNE, communeAccount } from '../../testing/seed-plans';
import { MapNameModal } from './map-name-modal';

const t = importVi.mapping;
let counter = 0;

describe.each(engines())('the dialog mapping a name of an imported plan on %s', (engine) => {
  const ctx = useServedApp(engine);

  /** The dialog for a name nobody mapped yet in the commune; `resolution` reads what the name stands for now. */
  const openDialog = async () => {
    const officer = await communeAccount(ctx, 'officer');
    const name = `Bộ phận một cửa số ${++counter}`;
    const resolution = async () =>
      (
        await ctx.app.inject({
          method: 'POST',
          url: '/api/plans/import/resolve',
          headers: { cookie: officer },
          payload: { unit: COMMUNE, names: [name] },
        })
      ).json<NameResolution[]>()[0];
    expect(await resolution()).toMatchObject({ mapped: false });
    let closed = 0;
    ctx.browser.signInAs(officer);
    const page = renderPage(
      <MapNameModal name={name} unitCode={COMMUNE} area={COMMUNE} onClose={() => closed++} />,
    );
    const dialog = within(await screen.findByRole('dialog'));
    return { ...page, dialog, name, resolution, closed: () => closed };
  };

  it('asks for a unit and remembers nothing without one', async () => {
    const { user, dialog, resolution, closed } = await openDialog();
    await user.click(dialog.getByRole('button', { name: t.save }));
    expect(await dialog.findByText(t.pickUnit)).toBeTruthy();
    expect(await resolution()).toMatchObject({ mapped: false });
    expect(closed()).toBe(0);
  });

  it('asks for a position that is not blank, then remembers it', async () => {
    const { user, dialog, name, resolution, closed } = await openDialog();
    await user.click(dialog.getByRole('radio', { name: t.asPosition }));
    const position = dialog.getByRole('textbox', { name: t.position });
    // The position starts as the name itself.
    expect((position as HTMLInputElement).value).toBe(name);
    await user.clear(position);
    await user.type(position, '   ');
    await user.click(dialog.getByRole('button', { name: t.save }));
    expect(await dialog.findByText(t.typePosition)).toBeTruthy();
    expect(await resolution()).toMatchObject({ mapped: false });

    await user.clear(position);
    await user.type(position, 'Công chức Văn phòng - Thống kê');
    await user.click(dialog.getByRole('button', { name: t.save }));
    await waitFor(() => expect(closed()).toBe(1));
    expect(await resolution()).toMatchObject({ mapped: true, unitCode: null });
  });
});
