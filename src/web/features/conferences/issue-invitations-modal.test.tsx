import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ConferenceDetail } from '../../../contracts/conferences';
import { engines } from '../../../server/testing/test-db';
import { conferencesVi } from '../../i18n/conferences.vi';
import { renderPage } from '../../testing/render-page';
import { seedConference } from '../../testing/seed-conferences';
import { useServedApp } from '../../testing/served-app';
import { IssueInvitationsModal } from './issue-invitations-modal';

const t = conferencesVi.invitations;

describe.each(engines())('issuing the giấy mời on %s', (engine) => {
  const ctx = useServedApp(engine);

  /** The modal for a conference (made without a plan) of two delegates; `issued` lists what onIssued was told. */
  const openModal = async () => {
    const seeded = await seedConference(ctx, ['Nguyễn Văn An', 'Trần Thị Bình']);
    ctx.browser.signInAs(seeded.officer);
    const detail = async () =>
      (await seeded.call('GET', `/api/conferences/${seeded.conferenceId}`)).json<ConferenceDetail>();
    const issued: [number, string][] = [];
    const page = renderPage(
      <IssueInvitationsModal
        conference={await detail()}
        onClose={() => {}}
        onIssued={(invited, mode) => issued.push([invited, mode])}
      />,
    );
    const button = await screen.findByRole('button', { name: t.issue });
    const box = (label: string) =>
      screen.getByLabelText<HTMLInputElement>(label, { exact: false, selector: 'input' });
    return { ...page, button, box, issued, invitations: async () => (await detail()).invitations };
  };

  it('asks for the signer and issues nothing without one', async () => {
    const { user, button, box, issued, invitations } = await openModal();
    await user.type(box(t.signerPosition), 'Chủ tịch');
    await user.click(button);
    expect(await screen.findByText(t.missingSigner)).toBeTruthy();
    expect(box(t.signerName).getAttribute('aria-invalid')).toBe('true');
    expect(box(t.signerPosition).getAttribute('aria-invalid')).not.toBe('true');
    expect(issued).toEqual([]);
    expect((await invitations()).invited).toBe(0);
  });

  it('issues one giấy mời per delegate, kept a draft when numbering is switched off', async () => {
    const { user, button, box, issued, invitations } = await openModal();
    await user.type(box(t.signerPosition), 'Chủ tịch');
    await user.type(box(t.signerName), 'Lê Văn Cường');
    await user.click(screen.getByRole('switch', { name: new RegExp(t.doIssue) }));
    await user.click(button);
    await waitFor(() => expect(issued).toEqual([[2, 'delegate']]));
    expect(await invitations()).toMatchObject({ invited: 2, number: null });
  });
});
