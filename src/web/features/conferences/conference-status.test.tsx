import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ConferenceDetail } from '../../../contracts/conferences';
import { engines } from '../../../server/testing/test-db';
import { conferencesVi } from '../../i18n/conferences.vi';
import { renderPage } from '../../testing/render-page';
import { seedConference } from '../../testing/seed-conferences';
import { useServedApp } from '../../testing/served-app';
import { ConferenceStatusSteps } from './conference-status';

const t = conferencesVi.remove;

describe.each(engines())('cancelling a conference on %s', (engine) => {
  const ctx = useServedApp(engine);

  /** The steps of a new conference of the commune, its cancel form opened by its officer. */
  const openCancel = async () => {
    const seeded = await seedConference(ctx);
    ctx.browser.signInAs(seeded.officer);
    const detail = async () =>
      (await seeded.call('GET', `/api/conferences/${seeded.conferenceId}`)).json<ConferenceDetail>();
    const page = renderPage(<ConferenceStatusSteps conference={await detail()} />);
    await page.user.click(await screen.findByRole('button', { name: t.cancel }));
    const dialog = within(await screen.findByRole('dialog'));
    const reason = dialog.getByRole<HTMLTextAreaElement>('textbox', { name: t.reason });
    const confirm = () => page.user.click(dialog.getByRole('button', { name: t.confirmCancel }));
    return { ...page, dialog, reason, confirm, detail };
  };

  it('asks for the reason and cancels nothing without one', async () => {
    const { user, dialog, reason, confirm, detail } = await openCancel();
    await user.type(reason, '   ');
    await confirm();
    await waitFor(() => expect(reason.getAttribute('aria-invalid')).toBe('true'));
    const describedBy = reason.getAttribute('aria-describedby') ?? '';
    expect(
      document.getElementById(describedBy.split(' ').find((id) => id.endsWith('error')) ?? '')?.textContent,
    ).toBe(t.reason);
    expect(dialog.queryByRole('alert')).toBeNull();
    expect(await detail()).toMatchObject({ status: 'planned', cancelReason: null });
  });

  it('cancels the conference with the reason typed, and closes', async () => {
    const { user, reason, confirm, detail } = await openCancel();
    await user.type(reason, '  Lùi thời gian tổ chức ');
    await confirm();
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await detail()).toMatchObject({ status: 'cancelled', cancelReason: 'Lùi thời gian tổ chức' });
  });
});
