import { Button, Group, SegmentedControl, Select, Slider, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { TaskStatus } from '../../../contracts/plans';
import { UpdateTaskBody, type TaskDetail } from '../../../contracts/tasks';
import { tasksVi } from '../../i18n/tasks.vi';
import { FormErrorAlert } from '../../ui/error-alert';
import { bodyValidate } from '../../ui/form';
import { SectionCard } from '../../ui/section-card';
import { TaskProgress, TaskStatusBadge } from './task-badges';
import { previewProgress, progressChange, progressFormOf, type ProgressForm } from './task-progress';
import { useUpdateTask } from './tasks.queries';

const t = tasksVi.progress;
const statusOptions = TaskStatus.options.map((value) => ({ value, label: tasksVi.status[value] }));

/** Status and progress: a select and, by hand, a slider; read-only for those who may not report on the task. */
export function TaskStatusForm({ task }: { task: TaskDetail }) {
  // The contract's UpdateTaskBody on the change the form makes.
  const editor = useForm<ProgressForm>({
    mode: 'controlled',
    initialValues: progressFormOf(task),
    validate: bodyValidate(UpdateTaskBody, (values: ProgressForm) => progressChange(task, values) ?? {}),
    clearInputErrorOnChange: false,
  });
  const [isSaved, setSaved] = useState(false);
  const update = useUpdateTask(task.id);
  // Untouched, the form follows the task (a report may change its status); once edited, it holds the edits.
  const isEdited = editor.isTouched();
  const form = isEdited ? editor.values : progressFormOf(task);
  const change = progressChange(task, form);
  const edit = (patch: Partial<ProgressForm>) => {
    setSaved(false);
    editor.setValues({ ...form, ...patch });
    const edited = Object.fromEntries(Object.keys(patch).map((field) => [field, true]));
    editor.setTouched((touched) => ({ ...touched, ...edited }));
  };

  const save = () => {
    if (!change) return;
    update.mutate(change, {
      onSuccess: () => {
        editor.reset();
        setSaved(true);
      },
    });
  };

  if (!task.canReport)
    return (
      <SectionCard titleId="task-progress" title={t.title}>
        <Stack gap="xs">
          <div>
            <TaskStatusBadge status={task.status} />
          </div>
          <TaskProgress value={task.progress} />
          <Text size="sm" c="dimmed">
            {t.readOnly}
          </Text>
        </Stack>
      </SectionCard>
    );

  return (
    <SectionCard titleId="task-progress" title={t.title}>
      <Stack
        gap="sm"
        component="form"
        onSubmit={(event) => {
          event.preventDefault();
          editor.onSubmit(save)();
        }}
      >
        <Select
          label={t.status}
          data={statusOptions}
          value={form.status}
          onChange={(value) => value && edit({ status: TaskStatus.parse(value) })}
          allowDeselect={false}
        />
        <div>
          <Text size="sm" fw={500} mb={4} id="progress-mode">
            {t.mode}
          </Text>
          <SegmentedControl
            aria-labelledby="progress-mode"
            fullWidth
            value={form.mode}
            onChange={(value) => edit({ mode: value === 'manual' ? 'manual' : 'status' })}
            data={[
              { value: 'status', label: t.byStatus },
              { value: 'manual', label: t.byHand },
            ]}
          />
        </div>
        {form.mode === 'manual' ? (
          <div>
            <Text size="sm" fw={500} id="progress-value">
              {t.value}: {t.percent(form.value)}
            </Text>
            <Slider
              aria-labelledby="progress-value"
              value={form.value}
              onChange={(value) => edit({ value })}
              step={5}
              min={0}
              max={100}
              label={(value) => `${value}%`}
              marks={[{ value: 0 }, { value: 25 }, { value: 50 }, { value: 75 }, { value: 100 }]}
              mb="sm"
            />
          </div>
        ) : (
          <>
            <TaskProgress value={previewProgress(task, form)} />
            <Text size="xs" c="dimmed">
              {t.byStatusHint}
            </Text>
          </>
        )}
        <Group gap="sm">
          <Button type="submit" disabled={!change} loading={update.isPending}>
            {t.save}
          </Button>
          {isSaved && (
            <Text size="sm" c="green.8" role="status">
              {t.saved}
            </Text>
          )}
        </Group>
        <FormErrorAlert error={update.error} />
      </Stack>
    </SectionCard>
  );
}
