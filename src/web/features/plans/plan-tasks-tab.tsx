import { Alert, Button, Group, Paper, Progress, Stack, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { Party, PlanDetail, Task } from '../../../contracts/plans';
import { tableDate } from '../../../core/dates/vn-dates';
import { download } from '../../api/client';
import { plansVi } from '../../i18n/plans.vi';
import { vi } from '../../i18n/vi';
import { ErrorAlert } from '../../ui/error-alert';
import { AnchorLink } from '../../ui/router-links';
import { unitDetailQuery } from '../units/units.queries';
import { planAreaCode } from './party-select';
import { useDeleteTask } from './plans.queries';
import { OverdueBadge, TaskStatusBadge } from './status-badges';
import { TaskEditForm } from './task-edit-form';

const t = plansVi.taskTable;

const names = (parties: Party[]) => [...new Set(parties.map((p) => p.name))].join('; ') || vi.common.none;

function DeadlineCell({ task }: { task: Task }) {
  const d = task.deadline;
  if (!d)
    return (
      <Text size="sm" c="dimmed">
        {plansVi.tasks.noDeadline}
      </Text>
    );
  const dates =
    d.from && d.to
      ? plansVi.deadline.range(tableDate(d.from), tableDate(d.to))
      : d.to
        ? plansVi.deadline.until(tableDate(d.to))
        : null;
  return (
    <>
      <Text size="sm">{d.raw}</Text>
      {dates && (
        <Text size="xs" c={task.overdue ? 'red.8' : 'dimmed'} fw={task.overdue ? 600 : undefined}>
          {dates}
        </Text>
      )}
      {d.recurrence && (
        <Text size="xs" c="dimmed">
          {plansVi.deadline.recurrence(plansVi.deadline.recurrences[d.recurrence] ?? d.recurrence)}
        </Text>
      )}
      {task.warning && (
        <Text size="xs" c="orange.8">
          {task.warning}
        </Text>
      )}
    </>
  );
}

function ProgressCell({ task }: { task: Task }) {
  return (
    <Group gap={6} wrap="nowrap" miw={90}>
      <Progress
        value={task.progress}
        color={task.overdue ? 'red' : task.progress >= 100 ? 'green' : 'blue'}
        style={{ flex: 1 }}
        aria-label={`${t.progress} ${task.progress}%`}
      />
      <Text size="xs" w={34} ta="right">
        {task.progress}%
      </Text>
    </Group>
  );
}

const TaskLink = ({ task }: { task: Task }) => (
  <AnchorLink
    to="/viec/$id"
    params={{ id: String(task.id) }}
    c={task.overdue ? 'red.8' : undefined}
    style={{ overflowWrap: 'anywhere' }}
  >
    {task.text}
  </AnchorLink>
);

interface RowActionsProps {
  task: Task;
  onEdit: () => void;
}

function RowActions({ task, onEdit }: RowActionsProps) {
  const remove = useDeleteTask();
  const [isConfirming, setConfirming] = useState(false);
  return (
    <Stack gap={4}>
      <Group gap={4} wrap="nowrap">
        {isConfirming ? (
          <>
            <Button
              size="compact-xs"
              color="red"
              loading={remove.isPending}
              onClick={() => remove.mutate(task.id)}
            >
              {t.delete}
            </Button>
            <Button size="compact-xs" variant="default" onClick={() => setConfirming(false)}>
              {vi.common.cancel}
            </Button>
          </>
        ) : (
          <>
            <Button size="compact-xs" variant="light" onClick={onEdit}>
              {t.edit}
            </Button>
            <Button size="compact-xs" variant="subtle" color="red" onClick={() => setConfirming(true)}>
              {t.delete}
            </Button>
          </>
        )}
      </Group>
      {isConfirming && <Text size="xs">{t.deleteConfirm(task.text.slice(0, 60))}</Text>}
      <ErrorAlert error={remove.error} />
    </Stack>
  );
}

/** Nhiệm vụ: the task list with lead, coordinating units, deadline, status and progress; editable until issued. */
export function PlanTasksTab({ plan }: { plan: PlanDetail }) {
  const isPhone = useMediaQuery('(max-width: 48em)');
  const isEditable = plan.permissions.canEdit && plan.status === 'draft';
  const unit = useQuery({ ...unitDetailQuery(plan.unitCode, undefined), enabled: isEditable });
  const [editing, setEditing] = useState<number | 'new' | null>(null);
  const [excelError, setExcelError] = useState<unknown>(null);
  const [isExporting, setExporting] = useState(false);
  const tasks = plan.tasks.filter((task) => task.parentTaskId === null);
  const area = planAreaCode(unit.data ?? null);

  const exportExcel = async () => {
    setExcelError(null);
    setExporting(true);
    try {
      await download('get', '/api/plans/{id}/tasks.xlsx', {
        params: { path: { id: plan.id } },
        fallbackName: `nhiem-vu-ke-hoach-${plan.id}.xlsx`,
      });
    } catch (error) {
      setExcelError(error);
    } finally {
      setExporting(false);
    }
  };
  const editForm = (task: Task | null) => (
    <TaskEditForm planId={plan.id} task={task} area={area} year={plan.year} onDone={() => setEditing(null)} />
  );

  return (
    <Stack gap="sm">
      <Group gap="xs" justify="space-between">
        <Text size="sm" c="dimmed">
          {plansVi.detail.tasksSummary(plan.doneCount, plan.taskCount, plan.overdueCount)}
        </Text>
        <Group gap="xs">
          {isEditable && editing !== 'new' && (
            <Button variant="light" onClick={() => setEditing('new')}>
              {plansVi.tasks.add}
            </Button>
          )}
          <Button variant="default" onClick={() => void exportExcel()} loading={isExporting}>
            {t.exportExcel}
          </Button>
        </Group>
      </Group>
      <ErrorAlert error={excelError} />
      {!isEditable && plan.status !== 'draft' && plan.permissions.canEdit && (
        <Alert color="gray" variant="light">
          {t.lockedNotice}
        </Alert>
      )}
      {editing === 'new' && editForm(null)}
      {tasks.length === 0 && <Text c="dimmed">{plansVi.tasks.empty}</Text>}
      {tasks.length > 0 && isPhone && (
        <Stack gap="xs">
          {tasks.map((task, index) =>
            editing === task.id ? (
              <div key={task.id}>{editForm(task)}</div>
            ) : (
              <Paper
                key={task.id}
                withBorder
                p="xs"
                style={{ borderColor: task.overdue ? 'var(--mantine-color-red-5)' : undefined }}
              >
                <Stack gap={4}>
                  <Group gap={4}>
                    <Text size="sm" fw={600}>
                      {index + 1}.
                    </Text>
                    <TaskStatusBadge status={task.status} overdue={task.overdue} />
                  </Group>
                  <TaskLink task={task} />
                  <Text size="xs">
                    <b>{t.lead}:</b> {names(task.lead)}
                  </Text>
                  {task.support.length > 0 && (
                    <Text size="xs">
                      <b>{t.support}:</b> {names(task.support)}
                    </Text>
                  )}
                  <DeadlineCell task={task} />
                  <ProgressCell task={task} />
                  {isEditable && <RowActions task={task} onEdit={() => setEditing(task.id)} />}
                </Stack>
              </Paper>
            ),
          )}
        </Stack>
      )}
      {tasks.length > 0 && !isPhone && (
        <Table.ScrollContainer minWidth={960}>
          <Table striped withTableBorder verticalSpacing="xs" fz="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={48}>{t.index}</Table.Th>
                <Table.Th>{t.text}</Table.Th>
                <Table.Th>{t.lead}</Table.Th>
                <Table.Th>{t.support}</Table.Th>
                <Table.Th>{t.deadline}</Table.Th>
                <Table.Th>{t.status}</Table.Th>
                <Table.Th>{t.progress}</Table.Th>
                {isEditable && <Table.Th>{t.actions}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {tasks.map((task, index) =>
                editing === task.id ? (
                  <Table.Tr key={task.id}>
                    <Table.Td colSpan={8}>{editForm(task)}</Table.Td>
                  </Table.Tr>
                ) : (
                  <Table.Tr key={task.id} bg={task.overdue ? 'red.0' : undefined}>
                    <Table.Td>{index + 1}</Table.Td>
                    <Table.Td maw={320}>
                      <TaskLink task={task} />
                    </Table.Td>
                    <Table.Td>{names(task.lead)}</Table.Td>
                    <Table.Td>{names(task.support)}</Table.Td>
                    <Table.Td miw={140}>
                      <DeadlineCell task={task} />
                    </Table.Td>
                    <Table.Td miw={180}>
                      <Stack gap={4} align="flex-start">
                        <TaskStatusBadge status={task.status} />
                        {task.overdue && <OverdueBadge />}
                      </Stack>
                    </Table.Td>
                    <Table.Td>
                      <ProgressCell task={task} />
                    </Table.Td>
                    {isEditable && (
                      <Table.Td>
                        <RowActions task={task} onEdit={() => setEditing(task.id)} />
                      </Table.Td>
                    )}
                  </Table.Tr>
                ),
              )}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
