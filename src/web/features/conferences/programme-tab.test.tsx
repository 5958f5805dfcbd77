import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ConferenceDetail } from '../../../contracts/conferences';
import { engines } from '../../../server/testing/test-db';
import { conferencesVi } from '../../i18n/conferences.vi';
import { renderPage } from '../../testing/render-page';
import { seedConference } from '../../testing/seed-conferences';
import { useServedApp } from '../../testing/served-app';
import { ProgrammeTab } from './programme-tab';

const t = conferencesVi.programme;

describe.each(engines())("the programme's items on %s", (engine) => {
  const ctx = useServedApp(engine);

  /** The organiser's programme of a new conference (no items yet), with one item added. */
  const openWithItem = async () => {
    const seeded = await seedConference(ctx);
    ctx.browser.signInAs(seeded.officer);
    const detail = async () =>
      (await seeded.call('GET', `/api/conferences/${seeded.conferenceId}`)).json<ConferenceDetail>();
    const page = renderPage(<ProgrammeTab conference={await detail()} />);
    await page.user.click(await screen.findByRole('button', { name: t.add }));
    const row = within(screen.getByRole('group', { name: t.row(1) }));
    const box = (label: string) => row.getByLabelText<HTMLInputElement>(label, { selector: 'input' });
    const save = () => page.user.click(screen.getByRole('button', { name: t.save }));
    return { ...page, row, box, save, programme: async () => (await detail()).programme };
  };

  it('asks for the content of an item and saves nothing without it', async () => {
    const { row, box, save, programme } = await openWithItem();
    await save();
    expect(await row.findByText(t.missingTitle)).toBeTruthy();
    expect(box(t.itemTitle).getAttribute('aria-invalid')).toBe('true');
    expect(screen.queryByRole('status')).toBeNull();
    expect(await programme()).toEqual([]);
  });

  it('saves the item with its minutes, timed from the first session', async () => {
    const { user, box, save, programme } = await openWithItem();
    await user.type(box(t.itemTitle), 'Khai mạc hội nghị');
    await user.clear(box(t.minutes));
    await user.type(box(t.minutes), '15');
    await save();
    expect((await screen.findByRole('status')).textContent).toBe(t.saved);
    expect(await programme()).toMatchObject([
      { kind: 'other', title: 'Khai mạc hội nghị', minutes: 15, startsAt: '07:30', endsAt: '07:45' },
    ]);
  });
});
