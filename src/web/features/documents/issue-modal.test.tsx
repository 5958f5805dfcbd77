import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DocumentDate, type DocumentSummary } from '../../../contracts/documents';
import { SAMPLES } from '../../../core/documents/samples';
import { buildUnit } from '../../../server/testing/factories';
import { engines } from '../../../server/testing/test-db';
import { vi } from '../../i18n/vi';
import { renderPage } from '../../testing/render-page';
import { useServedApp } from '../../testing/served-app';
import { COMMUNE, communeAccount } from '../../testing/seed-plans';
import { DocumentIssueModal } from './issue-modal';

const t = vi.documents;
let counter = 0;

describe.each(engines())('the dialog issuing a document on %s', (engine) => {
  const ctx = useServedApp(engine);

  /** The dialog for a draft plan document of a new body of the commune; `stored` reads the document back. */
  const openDialog = async () => {
    const officer = await communeAccount(ctx, 'officer');
    const body = await buildUnit(ctx.database.db, {
      parent: COMMUNE,
      level: 'organization',
      type: 'Ban Chỉ đạo',
      name: `Ban Chỉ đạo chuyển đổi số xã ${++counter}`,
      shortName: 'BCĐ',
    });
    const draft = await ctx.app.inject({
      method: 'POST',
      url: `/api/documents?unit=${body.code}`,
      headers: { cookie: officer },
      payload: { ...SAMPLES.KH, number: null, date: null, symbol: null },
    });
    expect(draft.statusCode, draft.body).toBe(201);
    const { id } = draft.json<{ id: number }>();
    const stored = async () =>
      (
        await ctx.app.inject({ url: `/api/documents/${id}`, headers: { cookie: officer } })
      ).json<DocumentSummary>();
    const issued: DocumentSummary[] = [];
    ctx.browser.signInAs(officer);
    const page = renderPage(
      <DocumentIssueModal
        documentId={id}
        opened
        onClose={() => undefined}
        onIssued={(doc) => issued.push(doc)}
      />,
    );
    const dialog = within(await screen.findByRole('dialog'));
    const date = dialog.getByLabelText(new RegExp(`^${t.issueDate}`), { selector: 'input' });
    const setDate = async (value: string) => {
      await page.user.clear(date);
      await page.user.type(date, value);
    };
    /** The body's register of the year: where the copies issued are written. */
    const register = async (year: number) =>
      (
        await ctx.app.inject({
          url: `/api/documents/register?unit=${body.code}&year=${year}`,
          headers: { cookie: officer },
        })
      ).json<{ number: string; copies: number | null }[]>();
    return { ...page, dialog, date, setDate, stored, register, issued };
  };

  it('refuses a signing date outside 1945–2100 and issues nothing', async () => {
    const { user, dialog, setDate, stored, issued } = await openDialog();
    await setDate('1900-01-01');
    await user.click(dialog.getByRole('button', { name: t.issueConfirm }));
    const message = DocumentDate.safeParse('1900-01-01').error!.issues[0]!.message;
    expect(await dialog.findByText(message)).toBeTruthy();
    expect(await stored()).toMatchObject({ status: 'draft', number: null });
    expect(issued).toEqual([]);
  });

  it('issues with the signing date and the copies given, and answers the number', async () => {
    const { user, dialog, setDate, stored, register, issued } = await openDialog();
    await setDate('2026-03-05');
    const copies = dialog.getByLabelText(t.copies);
    await user.clear(copies);
    await user.type(copies, '3');
    await user.click(dialog.getByRole('button', { name: t.issueConfirm }));
    await waitFor(() => expect(issued).toHaveLength(1));
    expect(issued[0]).toMatchObject({ status: 'issued', number: '01/KH-BCĐ', issuedDate: '2026-03-05' });
    expect(await stored()).toMatchObject({ status: 'issued', number: '01/KH-BCĐ', issuedDate: '2026-03-05' });
    expect(await register(2026)).toMatchObject([{ number: '01/KH-BCĐ', copies: 3 }]);
  });
});
