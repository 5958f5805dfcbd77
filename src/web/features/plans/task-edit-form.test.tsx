import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Task } from '../../../contracts/plans';
import { engines } from '../../../server/testing/test-db';
import { plansVi } from '../../i18n/plans.vi';
import { vi } from '../../i18n/vi';
import { renderPage } from '../../testing/render-page';
import { useServedApp } from '../../testing/served-app';
import { seedPlan } from '../../testing/seed-plans';
import { TaskEditForm } from './task-edit-form';

const t = plansVi;

describe.each(engines())('the task form of a plan on %s', (engine) => {
  const ctx = useServedApp(engine);

  /** The form for a new task (task null) or the plan's first task, in a draft plan of seed 003. */
  const openForm = async (which: 'new' | 'first') => {
    const { planId, taskId, officer } = await seedPlan(ctx);
    ctx.browser.signInAs(officer);
    const tasks = async () =>
      (await ctx.app.inject({ url: `/api/plans/${planId}`, headers: { cookie: officer } })).json<{
        tasks: Task[];
      }>().tasks;
    const before = await tasks();
    const task = which === 'new' ? null : before.find((row) => row.id === taskId)!;
    let doneCount = 0;
    const page = renderPage(
      <TaskEditForm planId={planId} task={task} area={null} year={2023} onDone={() => doneCount++} />,
    );
    await screen.findByRole('button', { name: vi.common.save });
    const text = () => screen.getByLabelText(t.tasks.text, { exact: false, selector: 'textarea' });
    return { ...page, task, before, tasks, text, done: () => doneCount };
  };

  it('asks for the text and the lead of a new task, and adds nothing', async () => {
    const { user, before, tasks, done } = await openForm('new');
    await user.click(screen.getByRole('button', { name: vi.common.save }));
    expect(await screen.findByText(t.tasks.missingText)).toBeTruthy();
    expect(screen.getByText(t.tasks.missingLead)).toBeTruthy();
    expect((await tasks()).length).toBe(before.length);
    expect(done()).toBe(0);
  });

  it('saves only the changed text of a task', async () => {
    const { user, task, tasks, text, done } = await openForm('first');
    await user.clear(text());
    await user.click(text());
    await user.paste('Tuyên truyền phong trào trên loa truyền thanh xã');
    await user.click(screen.getByRole('button', { name: vi.common.save }));
    await waitFor(() => expect(done()).toBe(1));
    const saved = (await tasks()).find((row) => row.id === task!.id)!;
    expect(saved.text).toBe('Tuyên truyền phong trào trên loa truyền thanh xã');
    expect(saved.lead).toEqual(task!.lead);
  });
});
