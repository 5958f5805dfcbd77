import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Presentation } from '../../../contracts/conferences';
import { engines } from '../../../server/testing/test-db';
import { checkinVi } from '../../i18n/checkin.vi';
import { renderPage } from '../../testing/render-page';
import { seedConference } from '../../testing/seed-conferences';
import { useServedApp } from '../../testing/served-app';
import { ReviewModal } from './presentations-review';

const t = checkinVi.presentations;

describe.each(engines())('commenting on a tham luận on %s', (engine) => {
  const ctx = useServedApp(engine);

  /** The comment form on a tham luận just assigned in a new conference of the commune, by its officer. */
  const openReview = async () => {
    const seeded = await seedConference(ctx);
    ctx.browser.signInAs(seeded.officer);
    const created = await seeded.call('POST', `/api/conferences/${seeded.conferenceId}/presentations`, {
      topic: 'Kinh nghiệm xây dựng nông thôn mới',
    });
    const presentation = created.json<Presentation>();
    const eventsNow = async () =>
      (await seeded.call('GET', `/api/conferences/${seeded.conferenceId}/presentations`))
        .json<Presentation[]>()
        .find((p) => p.id === presentation.id)?.events;
    let closed = 0;
    const page = renderPage(
      <ReviewModal presentation={presentation} verdict="comment" onClose={() => closed++} />,
    );
    const box = await screen.findByLabelText<HTMLTextAreaElement>(t.commentLabel, {
      exact: false,
      selector: 'textarea',
    });
    const send = () => page.user.click(screen.getByRole('button', { name: t.send }));
    return { ...page, box, send, eventsNow, closed: () => closed };
  };

  it('asks for the comment and sends nothing without it', async () => {
    const { user, box, send, eventsNow, closed } = await openReview();
    await user.type(box, '  ');
    await send();
    expect(await screen.findByText(t.commentRequired)).toBeTruthy();
    expect(box.getAttribute('aria-invalid')).toBe('true');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(await eventsNow()).toEqual([]);
    expect(closed()).toBe(0);
  });

  it('records the comment typed, and closes', async () => {
    const { user, box, send, eventsNow, closed } = await openReview();
    await user.type(box, ' Bổ sung số liệu năm 2030 ');
    await send();
    await waitFor(() => expect(closed()).toBe(1));
    expect(await eventsNow()).toMatchObject([{ kind: 'comment', text: 'Bổ sung số liệu năm 2030' }]);
  });
});
