import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ConferenceDetail } from '../../../contracts/conferences';
import { engines } from '../../../server/testing/test-db';
import { conferencesVi } from '../../i18n/conferences.vi';
import { vi } from '../../i18n/vi';
import { renderPage } from '../../testing/render-page';
import { seedConference } from '../../testing/seed-conferences';
import { useServedApp } from '../../testing/served-app';
import { PointFormModal } from './point-form';

const t = conferencesVi.points;

describe.each(engines())('the bridge point form on %s', (engine) => {
  const ctx = useServedApp(engine);

  /** The form adding a point to a new conference; `points` reads the conference's points back. */
  const openForm = async () => {
    const seeded = await seedConference(ctx);
    ctx.browser.signInAs(seeded.officer);
    let closed = 0;
    const page = renderPage(
      <PointFormModal conferenceId={seeded.conferenceId} point={null} opened onClose={() => closed++} />,
    );
    await screen.findByRole('button', { name: vi.common.save });
    const points = async () =>
      (await seeded.call('GET', `/api/conferences/${seeded.conferenceId}`)).json<ConferenceDetail>().points;
    const box = (label: string) =>
      screen.getByLabelText<HTMLInputElement>(label, { exact: false, selector: 'input' });
    const save = () => page.user.click(screen.getByRole('button', { name: vi.common.save }));
    return { ...page, points, before: await points(), box, save, closed: () => closed };
  };

  it('asks for the name and adds no point without it', async () => {
    const { user, box, save, points, before, closed } = await openForm();
    await user.type(box(t.room), 'Phòng họp số 2');
    await save();
    expect(await screen.findByText(vi.common.required)).toBeTruthy();
    expect(box(t.name).getAttribute('aria-invalid')).toBe('true');
    expect(await points()).toEqual(before);
    expect(closed()).toBe(0);
  });

  it('adds the point with its room and the units joining there, and closes', async () => {
    const { user, box, save, points, before, closed } = await openForm();
    await user.type(box(t.name), 'Điểm cầu xã Thiên Cầm');
    await user.type(box(t.room), 'Hội trường thôn');
    await user.type(box(t.units), 'Trường tiểu học Thiên Cầm;');
    await save();
    await waitFor(() => expect(closed()).toBe(1));
    const added = (await points()).filter((p) => !before.some((b) => b.id === p.id));
    expect(added).toMatchObject([
      {
        name: 'Điểm cầu xã Thiên Cầm',
        room: 'Hội trường thôn',
        units: [{ name: 'Trường tiểu học Thiên Cầm' }],
      },
    ]);
  });
});
