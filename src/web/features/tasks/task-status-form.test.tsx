import { act, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import type { TaskDetail } from '../../../contracts/tasks';
import { engines } from '../../../server/testing/test-db';
import { tasksVi } from '../../i18n/tasks.vi';
import { renderPage } from '../../testing/render-page';
import { useServedApp } from '../../testing/served-app';
import { chooseOption } from '../../testing/user-actions';
import { seedPlan } from '../../testing/seed-plans';
import { TaskStatusForm } from './task-status-form';

const t = tasksVi.progress;

describe.each(engines())('the task status form on %s', (engine) => {
  const ctx = useServedApp(engine);

  /** The form for the first task of a draft plan, drawn with the task the page holds (`show` gives it another). */
  const openForm = async () => {
    const { taskId, officer } = await seedPlan(ctx);
    const read = async () => {
      const answer = await ctx.app.inject({ url: `/api/tasks/${taskId}`, headers: { cookie: officer } });
      expect(answer.statusCode, answer.body).toBe(200);
      return answer.json<TaskDetail>();
    };
    const first = await read();
    expect(first).toMatchObject({ canReport: true, status: 'not_started', progressMode: 'status' });
    let show: (task: TaskDetail) => void = () => undefined;
    function Page() {
      const [task, setTask] = useState(first);
      show = setTask;
      return <TaskStatusForm task={task} />;
    }
    ctx.browser.signInAs(officer);
    const page = renderPage(<Page />);
    const save = await screen.findByRole('button', { name: t.save });
    const status = () => screen.getByLabelText<HTMLInputElement>(t.status, { selector: 'input' }).value;
    return {
      ...page,
      taskId,
      officer,
      read,
      show: (task: TaskDetail) => act(() => show(task)),
      save,
      status,
    };
  };

  it('sends nothing until something changes, then only the new status', async () => {
    const { user, read, save } = await openForm();
    expect(save.hasAttribute('disabled')).toBe(true);
    await chooseOption(user, screen, t.status, tasksVi.status.in_progress);
    expect(save.hasAttribute('disabled')).toBe(false);
    await user.click(save);
    expect(await screen.findByText(t.saved)).toBeTruthy();
    // Progress still follows the status: the form sent no progress of its own.
    expect(await read()).toMatchObject({ status: 'in_progress', progressMode: 'status', progress: 50 });
    await waitFor(() => expect(save.hasAttribute('disabled')).toBe(true));
  });

  it('follows the task until edited, then keeps the edits', async () => {
    const { user, taskId, officer, read, show, status } = await openForm();
    // A report elsewhere on the page changes the task's status: the untouched form shows it.
    const patched = await ctx.app.inject({
      method: 'PATCH',
      url: `/api/tasks/${taskId}`,
      headers: { cookie: officer },
      payload: { status: 'paused' },
    });
    expect(patched.statusCode, patched.body).toBe(200);
    show(await read());
    expect(status()).toBe(tasksVi.status.paused);
    // Once edited (progress by hand), a newer task no longer replaces what was typed.
    await user.click(screen.getByRole('radio', { name: t.byHand }));
    show({ ...(await read()), status: 'done' });
    expect(status()).toBe(tasksVi.status.paused);
    expect(screen.getByRole<HTMLInputElement>('radio', { name: t.byHand }).checked).toBe(true);
    await user.click(screen.getByRole('button', { name: t.save }));
    expect(await screen.findByText(t.saved)).toBeTruthy();
    expect(await read()).toMatchObject({ status: 'paused', progressMode: 'manual' });
  });
});
