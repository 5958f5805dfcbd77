import { Alert, Text } from '@mantine/core';
import { webToday } from '../ui/clock';
import { useMediaQuery } from '@mantine/hooks';
import { useNavigate } from '@tanstack/react-router';
import { useMemo } from 'react';

import { useMe } from '../features/auth/auth.queries';
import { groupByDay, monthOf, monthRange, shiftMonth } from '../features/tasks/month-grid';
import { MonthAgenda, MonthCalendar, MonthNav } from '../features/tasks/task-calendar';
import { unitParam } from '../features/tasks/task-filters';
import { useTaskList } from '../features/tasks/tasks.queries';
import { useWorkingUnit } from '../features/units/working-unit';
import { tasksVi } from '../i18n/tasks.vi';
import { ErrorAlert } from '../ui/error-alert';
import { LoadingBlock } from '../ui/loading-block';
import { PageHeader } from '../ui/page-header';

const LIMIT = 500;
const t = tasksVi.calendar;

/** /lich: the month's deadlines of the working unit's tasks; a grid on a desk, an agenda on a phone. */
export function CalendarPage({ month: chosen }: { month: string | undefined }) {
  const me = useMe();
  const { unit: workingUnit } = useWorkingUnit();
  const isPhone = useMediaQuery('(max-width: 48em)');
  const navigate = useNavigate({ from: '/lich' });
  const today = webToday();
  const current = monthOf(today);
  const month = chosen ?? current;
  const { first, last } = monthRange(month);
  const list = useTaskList({
    unit: unitParam(workingUnit?.code ?? null, me.unit?.code ?? null),
    role: 'any',
    due_after: first,
    due_before: last,
    limit: LIMIT,
    offset: 0,
  });
  const tasksByDay = useMemo(
    () => groupByDay(list.data?.items ?? [], (task) => task.deadline?.to ?? null),
    [list.data],
  );
  const setMonth = (next: string) =>
    void navigate({ search: { thang: next === current ? undefined : next }, replace: true });

  return (
    <>
      <PageHeader title={t.title} description={t.intro(workingUnit?.fullName ?? me.unit?.fullName ?? '')} />
      <MonthNav
        month={month}
        onMonth={setMonth}
        previous={shiftMonth(month, -1)}
        next={shiftMonth(month, 1)}
        current={current}
      />
      {list.isPending && <LoadingBlock />}
      <ErrorAlert error={list.error} />
      {list.data && list.data.total > list.data.items.length && (
        <Alert color="yellow" variant="light" mb="sm">
          {t.truncated(list.data.items.length, list.data.total)}
        </Alert>
      )}
      {list.data &&
        (isPhone ? (
          <MonthAgenda today={today} tasksByDay={tasksByDay} />
        ) : (
          <>
            <MonthCalendar month={month} today={today} tasksByDay={tasksByDay} />
            {list.data.items.length === 0 && (
              <Text c="dimmed" mt="sm">
                {t.none}
              </Text>
            )}
          </>
        ))}
    </>
  );
}
