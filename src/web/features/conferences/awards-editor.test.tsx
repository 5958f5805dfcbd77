import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { engines } from '../../../server/testing/test-db';
import { checkinVi } from '../../i18n/checkin.vi';
import { renderPage } from '../../testing/render-page';
import { seedConference } from '../../testing/seed-conferences';
import { useServedApp } from '../../testing/served-app';
import { AwardsEditor } from './awards-editor';

const t = checkinVi.awards;

describe.each(engines())('the awards list editor on %s', (engine) => {
  const ctx = useServedApp(engine);

  /** The editor of a conference without awards (one batch, its default title), with one awardee row added. */
  const openWithAwardee = async () => {
    const seeded = await seedConference(ctx);
    ctx.browser.signInAs(seeded.officer);
    let done = 0;
    const page = renderPage(
      <AwardsEditor conferenceId={seeded.conferenceId} batches={[]} onDone={() => done++} />,
    );
    await page.user.click(await screen.findByRole('button', { name: t.addAwardee }));
    const box = (label: string) =>
      screen.getByLabelText<HTMLInputElement>(label, { exact: false, selector: 'input' });
    const save = () => page.user.click(screen.getByRole('button', { name: t.save }));
    const awards = async () =>
      (await seeded.call('GET', `/api/conferences/${seeded.conferenceId}/awards`)).json<
        { title: string; awardees: { name: string; awardForm: string; kind: string }[] }[]
      >();
    return { ...page, box, save, awards, done: () => done };
  };

  it('marks an awardee without a name or award form and saves nothing', async () => {
    const { box, save, awards, done } = await openWithAwardee();
    await save();
    expect((await screen.findByRole('alert')).textContent).toBe(t.invalid);
    expect(box(t.name).getAttribute('aria-invalid')).toBe('true');
    expect(box(t.awardForm).getAttribute('aria-invalid')).toBe('true');
    expect(box(t.batchTitle).getAttribute('aria-invalid')).not.toBe('true');
    expect(await awards()).toEqual([]);
    expect(done()).toBe(0);
  });

  it('follows the typing once refused, then saves the batch with its awardee', async () => {
    const { user, box, save, awards, done } = await openWithAwardee();
    await save();
    await screen.findByRole('alert');
    await user.type(box(t.name), 'UBND xã Cẩm Bình');
    await user.type(box(t.awardForm), 'Bằng khen của Chủ tịch UBND tỉnh');
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    await save();
    await waitFor(() => expect(done()).toBe(1));
    expect(await awards()).toMatchObject([
      {
        title: t.newBatch,
        awardees: [{ name: 'UBND xã Cẩm Bình', awardForm: 'Bằng khen của Chủ tịch UBND tỉnh' }],
      },
    ]);
  });
});
