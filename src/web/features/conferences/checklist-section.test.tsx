import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ConferenceDetail } from '../../../contracts/conferences';
import { engines } from '../../../server/testing/test-db';
import { conferencesVi } from '../../i18n/conferences.vi';
import { renderPage } from '../../testing/render-page';
import { seedConference } from '../../testing/seed-conferences';
import { useServedApp } from '../../testing/served-app';
import { ChecklistSection } from './checklist-section';

const t = conferencesVi.checklist;

describe.each(engines())("adding to a conference's checklist on %s", (engine) => {
  const ctx = useServedApp(engine);

  const open = async () => {
    const seeded = await seedConference(ctx);
    ctx.browser.signInAs(seeded.officer);
    const detail = async () =>
      (await seeded.call('GET', `/api/conferences/${seeded.conferenceId}`)).json<ConferenceDetail>();
    const page = renderPage(<ChecklistSection conference={await detail()} />);
    const add = await screen.findByRole('button', { name: t.add });
    const box = (label: string) =>
      screen.getByLabelText<HTMLInputElement>(label, { exact: false, selector: 'input' });
    return { ...page, add, box, checklist: async () => (await detail()).checklist };
  };

  it('asks for the text and adds nothing without it', async () => {
    const { user, add, box, checklist } = await open();
    await user.type(box(t.dueDate), '2030-12-10');
    await user.click(add);
    expect(await screen.findByText(t.missingText)).toBeTruthy();
    expect(box(t.text).getAttribute('aria-invalid')).toBe('true');
    expect(await checklist()).toEqual([]);
  });

  it('adds the item with its due date and empties the form', async () => {
    const { user, add, box, checklist } = await open();
    await user.type(box(t.text), 'Chuẩn bị khánh tiết');
    await user.type(box(t.dueDate), '2030-12-10');
    await user.click(add);
    await waitFor(async () =>
      expect(await checklist()).toMatchObject([{ text: 'Chuẩn bị khánh tiết', dueDate: '2030-12-10' }]),
    );
    await waitFor(() => expect(box(t.text).value).toBe(''));
    expect(box(t.dueDate).value).toBe('');
  });
});
