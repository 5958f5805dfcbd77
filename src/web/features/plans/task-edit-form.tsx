import { Button, Group, Paper, Stack, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import type { Task } from '../../../contracts/plans';
import { plansVi } from '../../i18n/plans.vi';
import { vi } from '../../i18n/vi';
import { FormErrorAlert } from '../../ui/error-alert';
import { errorText } from '../../ui/form';
import {
  changedTaskFields,
  partyIdsOf,
  partyNames,
  taskInput,
  taskRowErrors,
  type TaskRow,
} from './plan-form-state';
import { useSaveTask } from './plans.queries';
import { TaskFields, type TaskFieldsRow } from './task-fields';

interface TaskEditFormProps {
  planId: number;
  /** null to add a task at the end of the plan. */
  task: Task | null;
  area: string | null;
  year: number;
  onDone: () => void;
}

const t = plansVi.taskTable;

const rowOf = (task: Task | null): TaskRow => ({
  key: 'edit',
  id: task?.id ?? null,
  text: task?.text ?? '',
  lead: partyNames(task?.lead ?? []),
  support: partyNames(task?.support ?? []),
  deadline: task?.deadline?.raw ?? '',
});

/** Adds or changes one task of a plan not yet issued (POST /plans/:id/tasks, PATCH /tasks/:id). */
export function TaskEditForm({ planId, task, area, year, onDone }: TaskEditFormProps) {
  const form = useForm<{ row: TaskRow; partyIds: Record<string, number> }>({
    mode: 'controlled',
    initialValues: {
      row: rowOf(task),
      partyIds: partyIdsOf([...(task?.lead ?? []), ...(task?.support ?? [])]),
    },
    // The plan editor's rule for a task: its text and a lead.
    validate: ({ row }) => ({ ...taskRowErrors(row) }),
    clearInputErrorOnChange: false,
  });
  const { row } = form.values;
  const [saved] = useState(() => taskInput(row, { partyIds: form.values.partyIds, year }));
  const save = useSaveTask(planId);
  const titleId = `task-form-${task?.id ?? 'new'}`;
  const errors = { text: errorText(form.errors.text), lead: errorText(form.errors.lead) };

  const change = (patch: Partial<TaskFieldsRow>, picked?: Record<string, number>) =>
    form.setValues((prev) => ({
      row: { ...(prev.row as TaskRow), ...patch },
      partyIds: picked ? { ...prev.partyIds, ...picked } : prev.partyIds,
    }));
  const submit = ({ row, partyIds }: { row: TaskRow; partyIds: Record<string, number> }) => {
    const body = taskInput(row, { partyIds, year });
    if (row.id === null) save.mutate({ id: null, body }, { onSuccess: onDone });
    else {
      const changed = changedTaskFields(saved, body);
      if (Object.keys(changed).length === 0) onDone();
      else save.mutate({ id: row.id, body: changed }, { onSuccess: onDone });
    }
  };

  return (
    <Paper
      withBorder
      p="sm"
      radius="md"
      bg="gray.0"
      component="form"
      onSubmit={form.onSubmit(submit)}
      noValidate
      aria-labelledby={titleId}
    >
      <Stack gap="xs">
        <Title order={3} size="h5" id={titleId}>
          {task ? t.editTitle : t.addTitle}
        </Title>
        <TaskFields row={row} onChange={change} area={area} year={year} errors={errors} />
        <FormErrorAlert error={save.error} />
        <Group gap="xs">
          <Button type="submit" loading={save.isPending}>
            {vi.common.save}
          </Button>
          <Button variant="default" onClick={onDone}>
            {vi.common.cancel}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
