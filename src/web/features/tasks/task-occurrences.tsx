import { Group, Paper, Stack, Text } from '@mantine/core';
import type { Task } from '../../../contracts/plans';
import { tasksVi } from '../../i18n/tasks.vi';
import { AnchorLink } from '../../ui/router-links';
import { TaskDeadline, TaskProgress, TaskStatusBadge } from './task-badges';

/** The occurrences of a recurring task ("hằng tháng"), each with its own deadline and status. */
export function TaskOccurrences({ occurrences, today }: { occurrences: Task[]; today: string }) {
  if (occurrences.length === 0) return <Text c="dimmed">{tasksVi.occurrences.none}</Text>;
  return (
    <Stack gap="xs" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {occurrences.map((task) => (
        <Paper key={task.id} withBorder p="xs" radius="sm" component="li">
          <Group justify="space-between" align="flex-start" gap="xs">
            <AnchorLink to="/viec/$id" params={{ id: String(task.id) }} size="sm" fw={500}>
              {task.deadline?.raw || task.text}
            </AnchorLink>
            <TaskStatusBadge status={task.status} />
          </Group>
          <Group grow gap="sm" mt={4} align="flex-start">
            <TaskDeadline
              task={{ ...task, deadline: task.deadline && { ...task.deadline, raw: '' } }}
              today={today}
            />
            <TaskProgress value={task.progress} />
          </Group>
        </Paper>
      ))}
    </Stack>
  );
}
