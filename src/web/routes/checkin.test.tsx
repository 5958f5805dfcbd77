import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { engines } from '../../server/testing/test-db';
import { checkinVi } from '../i18n/checkin.vi';
import { renderPage } from '../testing/render-page';
import { seedConference } from '../testing/seed-conferences';
import { useServedApp } from '../testing/served-app';
import { CheckinPage } from './checkin';

const t = checkinVi.checkin;

describe.each(engines())('the check-in station on %s', (engine) => {
  const ctx = useServedApp(engine);

  /** The station of a conference with two delegates, on the organiser's phone, searching by name. */
  const openStation = async () => {
    const seeded = await seedConference(ctx, ['Nguyễn Văn An', 'Trần Thị Bình']);
    ctx.browser.signInAs(seeded.officer);
    const page = renderPage(<CheckinPage id={seeded.conferenceId} />);
    await page.user.click(await screen.findByRole('radio', { name: t.modeSearch }));
    const search = async (text: string) => {
      // The search box is loaded when its mode is picked: wait for it as the user does.
      const box = await screen.findByLabelText(t.search.label);
      await page.user.clear(box);
      await page.user.type(box, text);
    };
    const attendanceOf = async (name: string) => {
      const answer = await seeded.call('GET', `/api/conferences/${seeded.conferenceId}/delegates?limit=500`);
      return answer
        .json<{ items: { name: string; attendance: unknown }[] }>()
        .items.find((d) => d.name === name)!.attendance;
    };
    return { ...seeded, ...page, search, attendanceOf };
  };

  /** The candidate card of the named delegate in the search results. */
  const candidate = async (name: string) =>
    within((await screen.findByText(name)).closest('.mantine-Paper-root')!);

  it('finds a delegate without diacritics and checks them in', async () => {
    const { user, search, attendanceOf } = await openStation();
    await search('nguyen');
    const an = await candidate('Nguyễn Văn An');
    expect(screen.queryByText('Trần Thị Bình')).toBeNull();
    await user.click(an.getByRole('button', { name: t.search.checkIn }));
    const card = await screen.findByText(t.result.checkedIn);
    expect(within(card.closest('[role="status"]')!).getByText('Nguyễn Văn An')).toBeTruthy();
    expect(await attendanceOf('Nguyễn Văn An')).toMatchObject({ status: 'present' });
    expect(await attendanceOf('Trần Thị Bình')).toBeNull();
  });

  it('finds a delegate by the name as written and says when another phone checked them in first', async () => {
    const { user, search, call, ids, points, conferenceId } = await openStation();
    await search('Trần Thị');
    const binh = await candidate('Trần Thị Bình');
    const first = await call('POST', '/api/checkin', {
      delegateId: ids['Trần Thị Bình'],
      conferenceId,
      point: points[0]!.id,
    });
    expect(first.json()).toMatchObject({ result: 'checked_in' });
    await user.click(binh.getByRole('button', { name: t.search.checkIn }));
    expect(await screen.findByText(/^Đã điểm danh lúc \d\d:\d\d/)).toBeTruthy();
    expect(screen.queryByText(t.result.checkedIn)).toBeNull();
  });

  it('keeps a check-in made offline and sends it when the network comes back', async () => {
    const { user, search, attendanceOf } = await openStation();
    const { browser } = ctx;
    await search('binh');
    const binh = await candidate('Trần Thị Bình');
    browser.setOnline(false);
    await user.click(binh.getByRole('button', { name: t.search.checkIn }));
    expect(await screen.findByText(t.result.queued)).toBeTruthy();
    expect(await screen.findByText(t.pending(1))).toBeTruthy();
    expect(await attendanceOf('Trần Thị Bình')).toBeNull();

    browser.setOnline(true);
    act(() => void window.dispatchEvent(new Event('online')));
    await screen.findByText(t.search.present);
    expect(screen.queryByText(t.pending(1))).toBeNull();
    expect(await attendanceOf('Trần Thị Bình')).toMatchObject({ status: 'present' });
  });
  it('records an absence with its reason (its check is loaded when it is sent)', async () => {
    const { user, search, attendanceOf } = await openStation();
    await search('binh');
    const binh = await candidate('Trần Thị Bình');
    await user.click(binh.getByRole('button', { name: t.search.absent }));
    const dialog = within(await screen.findByRole('dialog', { name: t.absence.title }));
    await user.click(dialog.getByRole('button', { name: t.absence.save }));
    expect(await dialog.findByText(t.absence.reasonRequired)).toBeTruthy();
    await user.type(dialog.getByLabelText(t.absence.reason, { exact: false }), 'Đi công tác');
    await user.click(dialog.getByRole('button', { name: t.absence.save }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await attendanceOf('Trần Thị Bình')).toMatchObject({ status: 'absent' });
  });
});
