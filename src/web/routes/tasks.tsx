import { Button, Stack, Text } from '@mantine/core';
import { webToday } from '../ui/clock';
import { useDebouncedValue } from '@mantine/hooks';
import { useNavigate } from '@tanstack/react-router';
import { useEffect, useState } from 'react';

import { download } from '../api/client';
import { useMe } from '../features/auth/auth.queries';
import { TaskFilterForm } from '../features/tasks/task-filter-form';
import { hasFilters, taskListParams, type TasksSearch } from '../features/tasks/task-filters';
import { TaskList } from '../features/tasks/task-list';
import { taskTotalText } from '../features/tasks/task-total';
import { useTaskList } from '../features/tasks/tasks.queries';
import { useWorkingUnit } from '../features/units/working-unit';
import { tasksVi } from '../i18n/tasks.vi';
import { ErrorAlert } from '../ui/error-alert';
import { PageHeader } from '../ui/page-header';
import { PagedResults } from '../ui/paged-results';

const PAGE_SIZE = 50;
const t = tasksVi.list;

/** /viec: what the working unit (and, for the account's own unit, its organization) leads or coordinates. */
export function TasksPage({ search }: { search: TasksSearch }) {
  const me = useMe();
  const { unit: workingUnit } = useWorkingUnit();
  const navigate = useNavigate({ from: '/viec' });
  const today = webToday();
  const [text, setText] = useState(search.q ?? '');
  const [debounced] = useDebouncedValue(text.trim(), 350);
  const [excelError, setExcelError] = useState<unknown>(null);
  const [isExporting, setExporting] = useState(false);

  const update = (patch: Partial<TasksSearch>) =>
    void navigate({ search: (prev) => ({ ...prev, page: undefined, ...patch }), replace: true });

  useEffect(() => {
    if ((search.q ?? '') !== debounced) update({ q: debounced || undefined });
    // Only the debounced text drives the address; the address does not echo back into the box.
  }, [debounced]);

  const params = taskListParams(
    search,
    { workingUnit: workingUnit?.code ?? null, accountUnit: me.unit?.code ?? null },
    today,
  );
  const page = search.page ?? 1;
  const list = useTaskList({ ...params, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });

  const exportExcel = async () => {
    setExcelError(null);
    setExporting(true);
    try {
      await download('get', '/api/tasks.xlsx', {
        params: { query: { ...params } },
        fallbackName: 'viec-cua-don-vi.xlsx',
      });
    } catch (error) {
      setExcelError(error);
    } finally {
      setExporting(false);
    }
  };

  const isOwnUnit = !params.unit;
  const unitName = workingUnit?.fullName ?? me.unit?.fullName ?? '';
  const description =
    isOwnUnit && me.organization && me.organization.code !== me.unit?.code
      ? t.introOwn(me.unit?.fullName ?? unitName, me.organization.fullName)
      : t.intro(unitName);

  return (
    <>
      <PageHeader
        title={t.title}
        description={description}
        actions={
          <Button variant="default" onClick={() => void exportExcel()} loading={isExporting}>
            {t.exportExcel}
          </Button>
        }
      />
      <ErrorAlert error={excelError} />
      <TaskFilterForm
        search={search}
        text={text}
        onText={setText}
        onChange={update}
        unit={params.unit ?? me.unit?.code}
        seenPlans={(list.data?.items ?? []).map((task) => ({
          id: task.planId,
          title: task.planTitle,
          number: task.planNumber,
        }))}
      />
      <Stack gap="sm">
        {hasFilters(search) && (
          <div>
            <Button
              variant="subtle"
              size="compact-sm"
              onClick={() => {
                setText('');
                void navigate({ search: {}, replace: true });
              }}
            >
              {t.clear}
            </Button>
          </div>
        )}
        <PagedResults
          data={list.data}
          error={list.error}
          isPending={list.isPending}
          page={page}
          pageSize={PAGE_SIZE}
          totalText={list.data && taskTotalText(list.data.total, list.data.totalCapped)}
          onPageChange={(next) =>
            void navigate({ search: (prev) => ({ ...prev, page: next > 1 ? next : undefined }) })
          }
        >
          {(items) =>
            items.length === 0 ? (
              <Text c="dimmed">{hasFilters(search) ? t.none : t.noneAtAll}</Text>
            ) : (
              <TaskList items={items} today={today} />
            )
          }
        </PagedResults>
      </Stack>
    </>
  );
}
