import {
  ActionIcon,
  Button,
  Fieldset,
  Group,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import type { ReactNode } from 'react';
import { plansVi } from '../../i18n/plans.vi';
import {
  emptyBudgetLine,
  emptyTarget,
  emptyTask,
  type BudgetRow,
  type PlanForm,
  type PlanFormErrors,
  type TargetRow,
  type TaskRow,
} from './plan-form-state';
import { TaskFields } from './task-fields';

interface PartsProps {
  form: PlanForm;
  errors: PlanFormErrors;
  onChange: (update: (prev: PlanForm) => PlanForm) => void;
  area: string | null;
  /** Saved tasks of an issued plan stay (the server refuses to delete them). */
  canDeleteSavedTasks: boolean;
  /** Under each task's party lists (the import review shows what each name resolved to). */
  partyNotes?: (names: string[]) => ReactNode;
}

const VND = new Intl.NumberFormat('vi-VN');

/** A numbered row of a list with its remove button in the corner. */
function RowCard({
  title,
  onRemove,
  removeLabel,
  children,
}: {
  title: string;
  onRemove?: () => void;
  removeLabel: string;
  children: ReactNode;
}) {
  return (
    <Paper withBorder p="xs" radius="sm" bg="gray.0">
      <Group justify="space-between" mb={4} wrap="nowrap">
        <Text size="sm" fw={600}>
          {title}
        </Text>
        {onRemove && (
          <ActionIcon variant="subtle" color="red" onClick={onRemove} aria-label={`${removeLabel}: ${title}`}>
            ✕
          </ActionIcon>
        )}
      </Group>
      {children}
    </Paper>
  );
}

function replaceRow<Row extends { key: string }>(rows: Row[], key: string, patch: Partial<Row>): Row[] {
  return rows.map((row) => (row.key === key ? { ...row, ...patch } : row));
}

function TargetsFieldset({ form, errors, onChange }: PartsProps) {
  const t = plansVi.targets;
  const patch = (key: string, p: Partial<TargetRow>) =>
    onChange((prev) => ({ ...prev, targets: replaceRow(prev.targets, key, p) }));
  return (
    <Fieldset legend={t.group}>
      <Stack gap="xs">
        {form.targets.length === 0 && (
          <Text size="sm" c="dimmed">
            {t.empty}
          </Text>
        )}
        {form.targets.map((row, i) => (
          <RowCard
            key={row.key}
            title={t.row(i + 1)}
            removeLabel={t.remove}
            onRemove={() =>
              onChange((prev) => ({ ...prev, targets: prev.targets.filter((r) => r.key !== row.key) }))
            }
          >
            <Stack gap="xs">
              <Textarea
                label={t.text}
                placeholder={t.textPlaceholder}
                value={row.text}
                onChange={(e) => patch(row.key, { text: e.currentTarget.value })}
                error={errors.targets[row.key]}
                required
                autosize
                minRows={1}
                maxRows={6}
              />
              <TextInput
                label={t.indicator}
                placeholder={t.indicatorPlaceholder}
                value={row.indicator}
                onChange={(e) => patch(row.key, { indicator: e.currentTarget.value })}
              />
              <SimpleGrid cols={2} spacing="xs">
                <Select
                  label={t.comparator}
                  data={(['>=', '<=', '='] as const).map((value) => ({ value, label: t.comparators[value] }))}
                  value={row.comparator}
                  onChange={(value) =>
                    patch(row.key, {
                      comparator: value === '>=' || value === '<=' || value === '=' ? value : null,
                    })
                  }
                  clearable
                  allowDeselect={false}
                  comboboxProps={{ withinPortal: true }}
                />
                <NumberInput
                  label={t.value}
                  value={row.value}
                  onChange={(value) => patch(row.key, { value: typeof value === 'number' ? value : '' })}
                  decimalSeparator=","
                  thousandSeparator="."
                />
                <TextInput
                  label={t.unit}
                  placeholder={t.unitPlaceholder}
                  value={row.unit}
                  onChange={(e) => patch(row.key, { unit: e.currentTarget.value })}
                />
                <NumberInput
                  label={t.year}
                  value={row.year}
                  onChange={(value) => patch(row.key, { year: typeof value === 'number' ? value : '' })}
                  min={1945}
                  max={2100}
                  allowDecimal={false}
                />
              </SimpleGrid>
            </Stack>
          </RowCard>
        ))}
        <div>
          <Button
            variant="light"
            size="xs"
            onClick={() =>
              onChange((prev) => ({ ...prev, targets: [...prev.targets, emptyTarget(prev.year)] }))
            }
          >
            {t.add}
          </Button>
        </div>
      </Stack>
    </Fieldset>
  );
}

function TasksFieldset({ form, errors, onChange, area, canDeleteSavedTasks, partyNotes }: PartsProps) {
  const t = plansVi.tasks;
  const patch = (key: string, p: Partial<TaskRow>, picked?: Record<string, number>) =>
    onChange((prev) => ({
      ...prev,
      tasks: replaceRow(prev.tasks, key, p),
      partyIds: picked ? { ...prev.partyIds, ...picked } : prev.partyIds,
    }));
  return (
    <Fieldset legend={t.group}>
      <Stack gap="xs">
        {form.tasks.length === 0 && (
          <Text size="sm" c="dimmed">
            {t.empty}
          </Text>
        )}
        {form.tasks.map((row, i) => (
          <RowCard
            key={row.key}
            title={t.row(i + 1)}
            removeLabel={t.remove}
            onRemove={
              row.id === null || canDeleteSavedTasks
                ? () => onChange((prev) => ({ ...prev, tasks: prev.tasks.filter((r) => r.key !== row.key) }))
                : undefined
            }
          >
            <TaskFields
              row={row}
              onChange={(p, picked) => patch(row.key, p, picked)}
              area={area}
              year={form.year}
              errors={errors.tasks[row.key]}
              partyNotes={partyNotes}
            />
          </RowCard>
        ))}
        <div>
          <Button
            variant="light"
            size="xs"
            onClick={() => onChange((prev) => ({ ...prev, tasks: [...prev.tasks, emptyTask()] }))}
          >
            {t.add}
          </Button>
        </div>
      </Stack>
    </Fieldset>
  );
}

function BudgetFieldset({ form, errors, onChange }: PartsProps) {
  const t = plansVi.budget;
  const patch = (key: string, p: Partial<BudgetRow>) =>
    onChange((prev) => ({ ...prev, budgetLines: replaceRow(prev.budgetLines, key, p) }));
  const total = form.budgetLines.reduce((sum, l) => sum + (l.amount === '' ? 0 : l.amount), 0);
  return (
    <Fieldset legend={t.group}>
      <Stack gap="xs">
        <TextInput
          label={t.source}
          placeholder={t.sourcePlaceholder}
          value={form.budgetSource}
          onChange={(e) => {
            const budgetSource = e.currentTarget.value;
            onChange((prev) => ({ ...prev, budgetSource }));
          }}
        />
        {form.budgetLines.map((row) => (
          <Group key={row.key} gap="xs" align="flex-start">
            <TextInput
              label={t.lineText}
              value={row.text}
              onChange={(e) => patch(row.key, { text: e.currentTarget.value })}
              error={errors.budget[row.key]}
              style={{ flex: '1 1 220px', minWidth: 0 }}
            />
            <NumberInput
              label={t.amount}
              value={row.amount}
              onChange={(value) => patch(row.key, { amount: typeof value === 'number' ? value : '' })}
              min={0}
              thousandSeparator="."
              decimalSeparator=","
              allowDecimal={false}
              w={160}
            />
            <ActionIcon
              variant="subtle"
              color="red"
              mt={26}
              aria-label={t.remove}
              onClick={() =>
                onChange((prev) => ({
                  ...prev,
                  budgetLines: prev.budgetLines.filter((r) => r.key !== row.key),
                }))
              }
            >
              ✕
            </ActionIcon>
          </Group>
        ))}
        {total > 0 && (
          <Text size="sm" fw={600}>
            {t.total(VND.format(total))}
          </Text>
        )}
        <div>
          <Button
            variant="light"
            size="xs"
            onClick={() =>
              onChange((prev) => ({ ...prev, budgetLines: [...prev.budgetLines, emptyBudgetLine()] }))
            }
          >
            {t.add}
          </Button>
        </div>
      </Stack>
    </Fieldset>
  );
}

/** The parts a plan prints after its first part: Chỉ tiêu, Nhiệm vụ và phân công thực hiện, Kinh phí. */
export function PlanPartsFields(props: PartsProps) {
  return (
    <>
      <TargetsFieldset {...props} />
      <TasksFieldset {...props} />
      <BudgetFieldset {...props} />
    </>
  );
}
