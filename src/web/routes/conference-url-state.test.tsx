import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { engines } from '../../server/testing/test-db';
import { conferencesVi } from '../i18n/conferences.vi';
import { renderApp } from '../testing/render-page';
import { seedConference } from '../testing/seed-conferences';
import { useServedApp } from '../testing/served-app';
import { chooseOption } from '../testing/user-actions';

const t = conferencesVi;

describe.each(engines())("a conference tab's filters in the address on %s", (engine) => {
  const ctx = useServedApp(engine);

  const seeded = async () => {
    const conference = await seedConference(ctx, ['Nguyễn Văn An', 'Trần Thị Bình']);
    ctx.browser.signInAs(conference.officer);
    return conference;
  };
  const shown = (name: string) => screen.queryAllByText(name).length > 0;

  it("lists the delegates by a shared link's search text, and a new filter goes into the address", async () => {
    const { conferenceId } = await seeded();
    const link = `/hoi-nghi/${conferenceId}?tab=dai-bieu&q=B%C3%ACnh`;
    const { user, router } = renderApp(link);

    expect((await screen.findAllByText('Trần Thị Bình')).length).toBeGreaterThan(0);
    expect(shown('Nguyễn Văn An')).toBe(false);
    expect(screen.getByLabelText<HTMLInputElement>(t.delegates.search).value).toBe('Bình');

    // Another filter replaces the page's entry, keeping the tab and the text.
    await chooseOption(user, screen, t.delegates.rsvp, t.delegates.rsvpLabel.yes);
    await waitFor(() =>
      expect(router.state.location.search).toEqual({ tab: 'dai-bieu', q: 'Bình', rsvp: 'yes' }),
    );
    expect(await screen.findByText(t.delegates.emptyFiltered)).toBeTruthy();

    // Typing a new text puts it in the address once typing pauses.
    const box = screen.getByLabelText<HTMLInputElement>(t.delegates.search);
    await user.clear(box);
    await user.type(box, 'An');
    await waitFor(() => expect(router.state.location.search).toMatchObject({ q: 'An', rsvp: 'yes' }));

    // The link as shared again (a refresh, another tab): the same filter.
    router.history.replace(link);
    expect((await screen.findAllByText('Trần Thị Bình')).length).toBeGreaterThan(0);
    expect(shown('Nguyễn Văn An')).toBe(false);
  });

  it('leaves out a filter it does not know, and drops the filters when another tab is picked', async () => {
    const { conferenceId } = await seeded();
    const { user, router } = renderApp(`/hoi-nghi/${conferenceId}?tab=dai-bieu&rsvp=bogus&group=abc`);
    expect((await screen.findAllByText('Nguyễn Văn An')).length).toBeGreaterThan(0);
    expect(shown('Trần Thị Bình')).toBe(true);
    expect(screen.getByLabelText<HTMLInputElement>(t.delegates.rsvp, { selector: 'input' }).value).toBe('');

    await user.click(screen.getByRole('tab', { name: t.detail.tabs['giay-moi'] }));
    await waitFor(() => expect(router.state.location.search).toEqual({ tab: 'giay-moi' }));
  });

  it("opens the invitation files in a shared link's mode, and a picked mode goes into the address", async () => {
    const { conferenceId } = await seeded();
    const { user, router } = renderApp(`/hoi-nghi/${conferenceId}?tab=giay-moi&mode=unit`);
    const unit = await screen.findByRole<HTMLInputElement>('radio', { name: t.invitations.modeUnit });
    expect(unit.checked).toBe(true);

    await user.click(screen.getByText(t.invitations.modeDelegate));
    await waitFor(() => expect(router.state.location.search).toEqual({ tab: 'giay-moi' }));
    expect(screen.getByRole<HTMLInputElement>('radio', { name: t.invitations.modeDelegate }).checked).toBe(
      true,
    );

    // The link as shared again: the mode it names.
    router.history.replace(`/hoi-nghi/${conferenceId}?tab=giay-moi&mode=unit`);
    await waitFor(() =>
      expect(screen.getByRole<HTMLInputElement>('radio', { name: t.invitations.modeUnit }).checked).toBe(
        true,
      ),
    );
  });
});
