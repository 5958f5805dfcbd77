import { Paper, Stack, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { Task } from '../../../contracts/plans';
import { tasksVi } from '../../i18n/tasks.vi';
import { AnchorLink } from '../../ui/router-links';
import { TaskDeadline, TaskProgress, TaskStatusBadge } from './task-badges';

const t = tasksVi.list;

const ContentLink = ({ task }: { task: Task }) => (
  <AnchorLink
    to="/viec/$id"
    params={{ id: String(task.id) }}
    fw={500}
    lineClamp={4}
    style={{ overflowWrap: 'anywhere' }}
  >
    {task.text}
  </AnchorLink>
);

const PlanLine = ({ task }: { task: Task }) => (
  <Text size="xs" c="dimmed" lineClamp={2} style={{ overflowWrap: 'anywhere' }}>
    {t.planNumber(task.planNumber)} · {task.planTitle}
  </Text>
);

/** The unit's tasks: one card per task on a phone, a table on wider screens. */
export function TaskList({ items, today }: { items: Task[]; today: string }) {
  const isPhone = useMediaQuery('(max-width: 48em)');
  if (isPhone)
    return (
      <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {items.map((task) => (
          <Paper key={task.id} withBorder p="sm" radius="md" component="li">
            <Stack gap={6}>
              <div>
                <TaskStatusBadge status={task.status} />
              </div>
              <ContentLink task={task} />
              <PlanLine task={task} />
              <TaskDeadline task={task} today={today} compact />
              <TaskProgress value={task.progress} />
            </Stack>
          </Paper>
        ))}
      </Stack>
    );
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped highlightOnHover verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t.columns.content}</Table.Th>
            <Table.Th w={200}>{t.columns.deadline}</Table.Th>
            <Table.Th w={150}>{t.columns.status}</Table.Th>
            <Table.Th w={150}>{t.columns.progress}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((task) => (
            <Table.Tr key={task.id}>
              <Table.Td>
                <ContentLink task={task} />
                <PlanLine task={task} />
              </Table.Td>
              <Table.Td>
                <TaskDeadline task={task} today={today} compact />
              </Table.Td>
              <Table.Td>
                <TaskStatusBadge status={task.status} />
              </Table.Td>
              <Table.Td>
                <TaskProgress value={task.progress} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
