import { ActionIcon, Alert, Button, Group, NumberInput, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import type { ConferenceDetail } from '../../../contracts/conferences';
import { conferencesVi } from '../../i18n/conferences.vi';
import { FormErrorAlert } from '../../ui/error-alert';
import { SectionCard } from '../../ui/section-card';
import { BudgetTable } from './budget-view';
import {
  budgetToRows,
  budgetTotal,
  newKey,
  rowsToBudget,
  validateBudget,
  type BudgetRow,
  type FormErrors,
} from './conference-form-state';
import { conferenceApi, useConferenceMutation } from './conferences.queries';

const t = conferencesVi.budget;

/** Dự toán: lines with an amount and the source of funds, the total, saved with PATCH {budget}. */
export function BudgetSection({ conference }: { conference: ConferenceDetail }) {
  if (!conference.permissions.canEdit)
    return (
      <SectionCard titleId="budget" title={t.title}>
        <BudgetTable budget={conference.budget} />
      </SectionCard>
    );
  return <BudgetEditor conference={conference} />;
}

function BudgetEditor({ conference }: { conference: ConferenceDetail }) {
  const canEdit = conference.permissions.canEdit;
  const [rows, setRows] = useState<BudgetRow[]>(() => budgetToRows(conference.budget));
  const [errors, setErrors] = useState<FormErrors>({});
  const [isSaved, setSaved] = useState(false);
  const save = useConferenceMutation(
    () => conferenceApi.update(conference.id, { budget: rowsToBudget(rows) }),
    {
      onSuccess: (saved) => {
        setRows(budgetToRows(saved.budget));
        setSaved(true);
      },
    },
  );
  const set = (index: number, patch: Partial<BudgetRow>) => {
    setSaved(false);
    setRows((current) => current.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = validateBudget(rows);
    setErrors(found);
    if (Object.keys(found).length === 0) save.mutate(undefined);
  };
  return (
    <SectionCard titleId="budget" title={t.title}>
      <form onSubmit={submit} noValidate aria-labelledby="budget">
        <Stack gap="xs">
          {rows.length === 0 && (
            <Text size="sm" c="dimmed">
              {t.empty}
            </Text>
          )}
          {rows.map((row, i) => (
            <Paper key={row.key} withBorder p="xs" radius="sm" role="group" aria-label={t.row(i + 1)}>
              <Group gap="xs" align="flex-start">
                <TextInput
                  label={t.text}
                  value={row.text}
                  onChange={(e) => set(i, { text: e.currentTarget.value })}
                  error={errors[`lines.${i}.text`]}
                  disabled={!canEdit}
                  style={{ flex: '2 1 240px' }}
                />
                <NumberInput
                  label={t.amount}
                  value={row.amount}
                  onChange={(value) => set(i, { amount: typeof value === 'number' ? value : '' })}
                  min={0}
                  thousandSeparator="."
                  decimalSeparator=","
                  allowDecimal={false}
                  disabled={!canEdit}
                  style={{ flex: '1 1 140px' }}
                />
                <TextInput
                  label={t.source}
                  placeholder={t.sourcePlaceholder}
                  value={row.source}
                  onChange={(e) => set(i, { source: e.currentTarget.value })}
                  disabled={!canEdit}
                  style={{ flex: '2 1 200px' }}
                />
                {canEdit && (
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    size="lg"
                    mt={24}
                    aria-label={`${t.remove} ${i + 1}`}
                    onClick={() => {
                      setSaved(false);
                      setRows((current) => current.filter((_, j) => j !== i));
                    }}
                  >
                    ×
                  </ActionIcon>
                )}
              </Group>
            </Paper>
          ))}
          <Text fw={600}>{t.total(conferencesVi.money(budgetTotal(rows)))}</Text>
          <FormErrorAlert error={save.error} />
          {isSaved && (
            <Alert color="green" variant="light" role="status">
              {t.saved}
            </Alert>
          )}
          {canEdit && (
            <Group gap="xs">
              <Button
                variant="default"
                onClick={() =>
                  setRows((current) => [...current, { key: newKey(), text: '', amount: '', source: '' }])
                }
              >
                {t.add}
              </Button>
              <Button type="submit" loading={save.isPending}>
                {t.save}
              </Button>
            </Group>
          )}
        </Stack>
      </form>
    </SectionCard>
  );
}
