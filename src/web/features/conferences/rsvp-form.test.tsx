import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { DelegateInvitation, RsvpView } from '../../../contracts/conferences';
import { engines } from '../../../server/testing/test-db';
import { checkinVi } from '../../i18n/checkin.vi';
import { renderPage } from '../../testing/render-page';
import { seedConference } from '../../testing/seed-conferences';
import { useServedApp } from '../../testing/served-app';
import { RsvpForm } from './rsvp-form';

const t = checkinVi.rsvp;

describe.each(engines())("the delegate's answer to a giấy mời on %s", (engine) => {
  const ctx = useServedApp(engine);

  /** The form of a new delegate's personal link, not answered yet made by its organiser (no session: the link is the key). */
  const openForm = async () => {
    const seeded = await seedConference(ctx, ['Nguyễn Văn An']);
    const issued = await seeded.call(
      'POST',
      `/api/delegates/${seeded.ids['Nguyễn Văn An']}/invitation/reissue`,
      {
        email: false,
      },
    );
    const link = issued.json<DelegateInvitation>().link;
    const token = decodeURIComponent(link?.slice(link.lastIndexOf('/') + 1) ?? '');
    const viewNow = async () =>
      (await ctx.app.inject({ method: 'GET', url: `/api/rsvp/${token}` })).json<RsvpView>();
    const page = renderPage(<RsvpForm token={token} view={await viewNow()} />);
    const send = await screen.findByRole('button', { name: t.send });
    const box = (label: string) =>
      screen.getByLabelText<HTMLInputElement>(label, { exact: false, selector: 'input' });
    return { ...page, send, box, viewNow };
  };

  it('asks for the name of a substitute without one and sends nothing', async () => {
    const { user, send, box, viewNow } = await openForm();
    await user.click(screen.getByRole('radio', { name: t.answer.substitute }));
    await user.type(box(t.substitutePosition), 'Phó Chủ tịch');
    await user.click(send);
    expect(await screen.findByText(t.substituteNameRequired)).toBeTruthy();
    expect(box(t.substituteName).getAttribute('aria-invalid')).toBe('true');
    expect(screen.queryByText(t.substitutePositionRequired)).toBeNull();
    // Nothing was sent: no answer recorded, and no refusal from the server.
    expect(screen.queryByRole('status')).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(await viewNow()).toMatchObject({ rsvp: 'pending', substituteName: null });
  });

  it('records the substitute with the name and position typed, and says so', async () => {
    const { user, send, box, viewNow } = await openForm();
    await user.click(screen.getByRole('radio', { name: t.answer.substitute }));
    await user.type(box(t.substituteName), '  Trần Văn Bình ');
    await user.type(box(t.substitutePosition), 'Phó Chủ tịch');
    await user.click(send);
    expect((await screen.findByRole('status')).textContent).toBe(t.saved);
    await waitFor(async () =>
      expect(await viewNow()).toMatchObject({
        rsvp: 'substitute',
        substituteName: 'Trần Văn Bình',
        substitutePosition: 'Phó Chủ tịch',
      }),
    );
  });
});
