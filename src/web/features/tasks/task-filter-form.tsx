import {
  Button,
  Collapse,
  Group,
  SegmentedControl,
  Select,
  SimpleGrid,
  Switch,
  Text,
  TextInput,
} from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { TaskStatus } from '../../../contracts/plans';
import { tasksVi } from '../../i18n/tasks.vi';
import type { DueFilter, TasksSearch } from './task-filters';
import { usePlanOptions } from './tasks.queries';

const t = tasksVi.list;

interface TaskFilterFormProps {
  search: TasksSearch;
  /** The search box's text, which reaches `search.q` after a pause in typing. */
  text: string;
  onText: (text: string) => void;
  onChange: (patch: Partial<TasksSearch>) => void;
  /** The unit whose plans the plan filter offers. */
  unit: string | undefined;
  /** Plans of the tasks on screen, offered too (a unit's tasks often come from plans of the level above). */
  seenPlans: { id: number; title: string; number: string | null }[];
}

const statusOptions = TaskStatus.options.map((value) => ({ value, label: tasksVi.status[value] }));
const dueOptions: { value: DueFilter; label: string }[] = [
  { value: 'week', label: t.dueWeek },
  { value: 'month', label: t.dueMonth },
  { value: 'before', label: t.dueBefore },
  { value: 'after', label: t.dueAfter },
];

/** The filters of /viec; on a phone all but the search and "Quá hạn" fold under one button. */
export function TaskFilterForm({ search, text, onText, onChange, unit, seenPlans }: TaskFilterFormProps) {
  const isPhone = useMediaQuery('(max-width: 48em)');
  const [isOpen, { toggle }] = useDisclosure(false);
  const plans = usePlanOptions(unit);
  const byId = new Map<number, { title: string; number: string | null }>();
  for (const plan of [...(plans.data?.items ?? []), ...seenPlans]) byId.set(plan.id, plan);
  const planOptions = [...byId].map(([id, plan]) => ({
    value: String(id),
    label: plan.number ? `${plan.number} – ${plan.title}` : plan.title,
  }));
  const folded = (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm">
      <Select
        label={t.status}
        placeholder={t.allStatuses}
        data={statusOptions}
        value={search.status ?? null}
        onChange={(value) => onChange({ status: value ? TaskStatus.parse(value) : undefined })}
        clearable
      />
      <Select
        label={t.due}
        placeholder={t.dueAny}
        data={dueOptions}
        value={search.due ?? null}
        onChange={(value) => onChange({ due: value ?? undefined })}
        clearable
      />
      {(search.due === 'before' || search.due === 'after') && (
        <TextInput
          label={t.dueDate}
          type="date"
          value={search.date ?? ''}
          onChange={(event) => onChange({ date: event.currentTarget.value || undefined })}
        />
      )}
      <Select
        label={t.plan}
        placeholder={t.allPlans}
        data={planOptions}
        value={search.plan ? String(search.plan) : null}
        onChange={(value) => onChange({ plan: value ? Number(value) : undefined })}
        searchable
        clearable
        comboboxProps={{ withinPortal: true }}
      />
      <div>
        <Text size="sm" fw={500} mb={2} id="task-role-filter">
          {t.role}
        </Text>
        <SegmentedControl
          aria-labelledby="task-role-filter"
          fullWidth
          value={search.role ?? 'any'}
          onChange={(value) =>
            onChange({ role: value === 'lead' || value === 'support' ? value : undefined })
          }
          data={[
            { value: 'any', label: tasksVi.role.any },
            { value: 'lead', label: tasksVi.role.lead },
            { value: 'support', label: tasksVi.role.support },
          ]}
        />
      </div>
    </SimpleGrid>
  );
  return (
    <>
      <Group align="flex-end" gap="sm" mb="sm">
        <TextInput
          label={t.search}
          placeholder={t.searchPlaceholder}
          value={text}
          onChange={(event) => onText(event.currentTarget.value)}
          type="search"
          style={{ flex: '1 1 260px' }}
        />
        <Switch
          label={t.overdueOnly}
          checked={search.overdue === true}
          onChange={(event) => onChange({ overdue: event.currentTarget.checked || undefined })}
          color="red"
          mb={8}
        />
        {isPhone && (
          <Button variant="default" onClick={toggle} aria-expanded={isOpen}>
            {t.moreFilters}
          </Button>
        )}
      </Group>
      {isPhone ? <Collapse expanded={isOpen}>{folded}</Collapse> : folded}
    </>
  );
}
