import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { engines } from '../../../server/testing/test-db';
import { conferencesVi } from '../../i18n/conferences.vi';
import { vi } from '../../i18n/vi';
import { renderPage } from '../../testing/render-page';
import { seedConference } from '../../testing/seed-conferences';
import { useServedApp } from '../../testing/served-app';
import { GroupFormModal } from './group-form';

const t = conferencesVi.groups;

describe.each(engines())('the delegate group form on %s', (engine) => {
  const ctx = useServedApp(engine);

  /** The form adding a group to a new conference of the commune; `groups` reads the conference's groups back. */
  const openForm = async () => {
    const seeded = await seedConference(ctx, []);
    ctx.browser.signInAs(seeded.officer);
    let closed = 0;
    const page = renderPage(
      <GroupFormModal conferenceId={seeded.conferenceId} group={null} points={[]} onClose={() => closed++} />,
    );
    await screen.findByRole('button', { name: vi.common.save });
    const groups = async () =>
      (await seeded.call('GET', `/api/conferences/${seeded.conferenceId}`)).json<{
        groups: { title: string; quota: number | null }[];
      }>().groups;
    const box = (label: string) => screen.getByLabelText(label, { exact: false, selector: 'input' });
    return { ...page, groups, box, closed: () => closed };
  };

  it('asks for the title and saves nothing without it', async () => {
    const { user, groups, closed } = await openForm();
    await user.click(screen.getByRole('button', { name: vi.common.save }));
    expect(await screen.findByText(vi.common.required)).toBeTruthy();
    expect(await groups()).toEqual([]);
    expect(closed()).toBe(0);
  });

  it('saves the group with its quota and closes', async () => {
    const { user, groups, box, closed } = await openForm();
    await user.type(box(t.titleField), 'Chủ tịch UBND các xã');
    await user.type(box(t.quota), '12');
    await user.click(screen.getByRole('button', { name: vi.common.save }));
    await waitFor(() => expect(closed()).toBe(1));
    expect(await groups()).toMatchObject([{ title: 'Chủ tịch UBND các xã', quota: 12 }]);
  });
});
