import {
  Badge,
  Box,
  Button,
  Group,
  Paper,
  Popover,
  SimpleGrid,
  Stack,
  Text,
  UnstyledButton,
} from '@mantine/core';
import type { Task } from '../../../contracts/plans';
import { tableDate } from '../../../core/dates/vn-dates';
import { tasksVi } from '../../i18n/tasks.vi';
import { AnchorLink } from '../../ui/router-links';
import { TaskStatusBadge } from './task-badges';
import { deadlineColor, deadlineState, daysLeftText } from './task-dates';
import { monthGrid, monthOf } from './month-grid';

const t = tasksVi.calendar;
const SHOWN_PER_DAY = 3;

function taskColor(task: Task, today: string): string | undefined {
  const state = deadlineState(task, today);
  if (task.overdue || state.kind === 'overdue') return 'red.8';
  if (state.kind === 'finished') return 'dimmed';
  return undefined;
}

function TaskLine({ task, today }: { task: Task; today: string }) {
  return (
    <AnchorLink
      to="/viec/$id"
      params={{ id: String(task.id) }}
      size="xs"
      c={taskColor(task, today)}
      fw={task.overdue ? 600 : undefined}
      lineClamp={2}
      style={{ overflowWrap: 'anywhere', lineHeight: 1.25 }}
    >
      {task.text}
    </AnchorLink>
  );
}

function DayCell({ day, month, today, tasks }: { day: string; month: string; today: string; tasks: Task[] }) {
  const isToday = day === today;
  const isOtherMonth = monthOf(day) !== month;
  const hidden = tasks.length - SHOWN_PER_DAY;
  return (
    <Box
      p={6}
      mih={110}
      bg={isToday ? 'blue.0' : isOtherMonth ? 'gray.0' : undefined}
      style={{
        borderTop: '1px solid var(--mantine-color-gray-3)',
        borderLeft: '1px solid var(--mantine-color-gray-3)',
        outline: isToday ? '2px solid var(--mantine-color-blue-6)' : undefined,
        outlineOffset: -2,
        minWidth: 0,
      }}
      aria-current={isToday ? 'date' : undefined}
    >
      <Group gap={4} justify="space-between" mb={4} wrap="nowrap">
        <Text size="sm" fw={isToday ? 700 : 500} c={isOtherMonth ? 'dimmed' : undefined}>
          {Number(day.slice(8, 10))}
        </Text>
        {isToday && (
          <Badge size="xs" variant="filled" tt="none">
            {t.today}
          </Badge>
        )}
      </Group>
      <Stack gap={4}>
        {tasks.slice(0, SHOWN_PER_DAY).map((task) => (
          <TaskLine key={task.id} task={task} today={today} />
        ))}
        {hidden > 0 && (
          <Popover width={300} position="bottom" withArrow shadow="md">
            <Popover.Target>
              <UnstyledButton fz="xs" c="blue.8" td="underline">
                {t.more(hidden)}
              </UnstyledButton>
            </Popover.Target>
            <Popover.Dropdown>
              <Text size="sm" fw={600} mb={4}>
                {tableDate(day)}
              </Text>
              <Stack gap={6}>
                {tasks.map((task) => (
                  <TaskLine key={task.id} task={task} today={today} />
                ))}
              </Stack>
            </Popover.Dropdown>
          </Popover>
        )}
      </Stack>
    </Box>
  );
}

/** The month as a grid of weeks, Monday first, each day listing the tasks due that day. */
export function MonthCalendar({
  month,
  today,
  tasksByDay,
}: {
  month: string;
  today: string;
  tasksByDay: Map<string, Task[]>;
}) {
  return (
    <Paper withBorder radius="md" style={{ overflow: 'hidden' }}>
      <SimpleGrid cols={7} spacing={0} verticalSpacing={0}>
        {t.weekdays.map((name) => (
          <Text key={name} size="xs" fw={700} ta="center" py={6} bg="gray.1">
            {name}
          </Text>
        ))}
        {monthGrid(month)
          .flat()
          .map((day) => (
            <DayCell key={day} day={day} month={month} today={today} tasks={tasksByDay.get(day) ?? []} />
          ))}
      </SimpleGrid>
    </Paper>
  );
}

/** On a phone: the days of the month that have tasks due, in order, as a list. */
export function MonthAgenda({ today, tasksByDay }: { today: string; tasksByDay: Map<string, Task[]> }) {
  const days = [...tasksByDay.keys()].sort();
  if (days.length === 0) return <Text c="dimmed">{t.none}</Text>;
  return (
    <Stack gap="md">
      {days.map((day) => {
        const weekday = t.weekdays[(new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7];
        return (
          <section key={day} aria-label={tableDate(day)}>
            <Group gap="xs" mb={6}>
              <Text fw={700} c={day === today ? 'blue.8' : undefined}>
                {weekday}, {tableDate(day)}
              </Text>
              {day === today && (
                <Badge size="sm" tt="none">
                  {t.today}
                </Badge>
              )}
            </Group>
            <Stack gap={6}>
              {(tasksByDay.get(day) ?? []).map((task) => (
                <Paper key={task.id} withBorder p="xs" radius="sm">
                  <AnchorLink
                    to="/viec/$id"
                    params={{ id: String(task.id) }}
                    size="sm"
                    c={taskColor(task, today)}
                    lineClamp={3}
                    style={{ overflowWrap: 'anywhere' }}
                  >
                    {task.text}
                  </AnchorLink>
                  <Group gap="xs" mt={4}>
                    <TaskStatusBadge status={task.status} />
                    <DaysLeft task={task} today={today} />
                  </Group>
                </Paper>
              ))}
            </Stack>
          </section>
        );
      })}
    </Stack>
  );
}

function DaysLeft({ task, today }: { task: Task; today: string }) {
  const state = deadlineState(task, today);
  const text = daysLeftText(state);
  const color = deadlineColor(state);
  if (!text) return null;
  return (
    <Text
      size="sm"
      fw={state.kind === 'overdue' ? 700 : 500}
      c={color === 'dimmed' ? 'dimmed' : `${color}.8`}
    >
      {text}
    </Text>
  );
}

export function MonthNav({
  month,
  onMonth,
  previous,
  next,
  current,
}: {
  month: string;
  onMonth: (month: string) => void;
  previous: string;
  next: string;
  current: string;
}) {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  return (
    <Group justify="space-between" mb="sm" gap="xs">
      <Text fw={700} fz={{ base: 'lg', sm: 'xl' }} component="h2" m={0}>
        {t.month(monthNumber, year)}
      </Text>
      <Group gap={6} wrap="nowrap">
        <Button variant="default" size="xs" onClick={() => onMonth(previous)} aria-label={t.previous}>
          ‹
          <Box component="span" visibleFrom="xs" ml={4}>
            {t.previous}
          </Box>
        </Button>
        <Button variant={month === current ? 'filled' : 'default'} size="xs" onClick={() => onMonth(current)}>
          {t.thisMonth}
        </Button>
        <Button variant="default" size="xs" onClick={() => onMonth(next)} aria-label={t.next}>
          <Box component="span" visibleFrom="xs" mr={4}>
            {t.next}
          </Box>
          ›
        </Button>
      </Group>
    </Group>
  );
}
