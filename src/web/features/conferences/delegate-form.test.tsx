import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ConferenceDetail } from '../../../contracts/conferences';
import { engines } from '../../../server/testing/test-db';
import { conferencesVi } from '../../i18n/conferences.vi';
import { vi } from '../../i18n/vi';
import { renderPage } from '../../testing/render-page';
import { seedConference } from '../../testing/seed-conferences';
import { useServedApp } from '../../testing/served-app';
import { DelegateFormModal } from './delegate-form';

const t = conferencesVi.delegates;

describe.each(engines())('the delegate form on %s', (engine) => {
  const ctx = useServedApp(engine);

  /** The form adding a delegate to a new conference of the commune, without any delegate yet. */
  const openForm = async () => {
    const seeded = await seedConference(ctx);
    ctx.browser.signInAs(seeded.officer);
    const conference = (
      await seeded.call('GET', `/api/conferences/${seeded.conferenceId}`)
    ).json<ConferenceDetail>();
    let closed = 0;
    const page = renderPage(
      <DelegateFormModal conference={conference} delegate={null} onClose={() => closed++} />,
    );
    await screen.findByRole('button', { name: vi.common.save });
    const box = (label: string) => screen.getByLabelText<HTMLInputElement>(label, { selector: 'input' });
    const save = () => page.user.click(screen.getByRole('button', { name: vi.common.save }));
    return { ...seeded, ...page, box, save, closed: () => closed };
  };

  it('refuses an e-mail address that is not one, under its box, and adds nothing', async () => {
    const { user, box, save, delegatesNow, closed } = await openForm();
    await user.type(box(t.name), 'Nguyễn Văn An');
    await user.type(box(t.email), 'an-at-example');
    await save();
    expect(await screen.findByText('Thư điện tử không hợp lệ')).toBeTruthy();
    expect(box(t.email).getAttribute('aria-invalid')).toBe('true');
    expect(await delegatesNow()).toEqual([]);
    expect(closed()).toBe(0);
  });

  it("puts the server's word for a delegate with neither name nor position under the name", async () => {
    const { box, save, delegatesNow, closed } = await openForm();
    await save();
    // The server's VALIDATION_FAILED field message (delegates.messages), under the name's box.
    expect(await screen.findByText('Thiếu họ và tên')).toBeTruthy();
    expect(box(t.name).getAttribute('aria-invalid')).toBe('true');
    expect(await delegatesNow()).toEqual([]);
    expect(closed()).toBe(0);
  });

  it('adds the delegate with its position and e-mail, and closes', async () => {
    const { user, box, save, delegatesNow, closed } = await openForm();
    await user.type(box(t.name), 'Trần Thị Bình');
    await user.type(box(t.position), 'Phó Chủ tịch');
    await user.type(box(t.email), 'binh@example.vn');
    await save();
    await waitFor(() => expect(closed()).toBe(1));
    expect(await delegatesNow()).toMatchObject([
      { name: 'Trần Thị Bình', position: 'Phó Chủ tịch', email: 'binh@example.vn' },
    ]);
  });
});
