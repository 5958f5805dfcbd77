import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Cascade } from '../../../contracts/plans';
import { SAMPLES } from '../../../core/documents/samples';
import { buildVillage } from '../../../server/testing/factories';
import { engines } from '../../../server/testing/test-db';
import { plansVi } from '../../i18n/plans.vi';
import { renderPage } from '../../testing/render-page';
import { useServedApp } from '../../testing/served-app';
import { COMMUNE, seedPlan } from '../../testing/seed-plans';
import { CascadeRespondModal } from './cascade-respond-modal';

const t = plansVi.cascade;

describe.each(engines())('the dialog recording a unit’s answer to a cascade on %s', (engine) => {
  const ctx = useServedApp(engine);

  /**
   * A draft plan's "report" cascade to the commune's villages, a new village's issued document, and the dialog for
   * that village's row; `rowOf` reads the row back.
   */
  const openDialog = async () => {
    const { planId, officer } = await seedPlan(ctx);
    const village = await buildVillage(ctx.database.db, COMMUNE);
    const call = (method: 'GET' | 'POST', url: string, payload?: object) =>
      ctx.app.inject({ method, url, headers: { cookie: officer }, payload });
    const cascade = await call('POST', `/api/plans/${planId}/cascade`, {
      kind: 'report',
      title: 'Báo cáo kết quả thực hiện',
      level: 'village',
      deadline: '2030-06-30',
    });
    expect(cascade.statusCode, cascade.body).toBe(201);
    const { id: cascadeId } = cascade.json<Cascade>();
    const stored = await call('POST', `/api/documents?unit=${village.code}`, {
      ...SAMPLES.BC,
      number: null,
      date: null,
      symbol: null,
    });
    expect(stored.statusCode, stored.body).toBe(201);
    const documentId = stored.json<{ id: number }>().id;
    const issued = await call('POST', `/api/documents/${documentId}/issue`, { date: '2026-03-05' });
    expect(issued.statusCode, issued.body).toBe(200);

    const rowOf = async () => {
      const plan = (await call('GET', `/api/plans/${planId}`)).json<{ cascades: Cascade[] }>();
      return plan.cascades.find((c) => c.id === cascadeId)!.units.find((u) => u.unitCode === village.code)!;
    };
    const row = await rowOf();
    const recorded: string[] = [];
    ctx.browser.signInAs(officer);
    const page = renderPage(
      <CascadeRespondModal
        cascadeId={cascadeId}
        row={row}
        onClose={() => undefined}
        onRecorded={(unitName) => recorded.push(unitName)}
      />,
    );
    const dialog = within(await screen.findByRole('dialog'));
    await dialog.findByRole('radio');
    return { ...page, dialog, documentId, row, rowOf, recorded };
  };

  it('asks for a document and records nothing until one is picked', async () => {
    const { user, dialog, rowOf, recorded } = await openDialog();
    await user.click(dialog.getByRole('button', { name: t.recordConfirm }));
    expect(await dialog.findByText(t.recordPick)).toBeTruthy();
    expect(await rowOf()).toMatchObject({ state: 'pending', responseDocumentId: null });
    expect(recorded).toEqual([]);
    // Picking a document takes the message away at once.
    await user.click(dialog.getByRole('radio'));
    expect(dialog.queryByText(t.recordPick)).toBeNull();
  });

  it('records the picked document as the unit’s answer', async () => {
    const { user, dialog, documentId, row, rowOf, recorded } = await openDialog();
    await user.click(dialog.getByRole('radio'));
    await user.click(dialog.getByRole('button', { name: t.recordConfirm }));
    await waitFor(() => expect(recorded).toEqual([row.unitName]));
    expect(await rowOf()).toMatchObject({ state: 'issued', responseDocumentId: documentId });
  });
});
