import { ActionIcon, Alert, Button, Group, NumberInput, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { ConferenceBudgetLine, type ConferenceDetail } from '../../../contracts/conferences';
import { conferencesVi } from '../../i18n/conferences.vi';
import { FormErrorAlert } from '../../ui/error-alert';
import { apiFormErrors, errorText, zodValidate } from '../../ui/form';
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

/** The contract's rules for each line that is not left blank (a blank one is dropped), by the row's own index. */
function budgetErrors(rows: BudgetRow[]): FormErrors {
  const errors: FormErrors = {};
  rows.forEach((row, i) => {
    const line = rowsToBudget([row]).lines[0];
    if (!line) return;
    for (const [field, message] of Object.entries(zodValidate(ConferenceBudgetLine)(line)))
      errors[`lines.${i}.${field}`] = errorText(message);
  });
  // The form's own word for a line without its text.
  return { ...errors, ...validateBudget(rows) };
}

function BudgetEditor({ conference }: { conference: ConferenceDetail }) {
  const canEdit = conference.permissions.canEdit;
  const form = useForm<{ lines: BudgetRow[] }>({
    mode: 'controlled',
    initialValues: { lines: budgetToRows(conference.budget) },
    validate: (values) => budgetErrors(values.lines),
    clearInputErrorOnChange: false,
  });
  const rows = form.values.lines;
  const [isSaved, setSaved] = useState(false);
  const save = useConferenceMutation(
    (lines: BudgetRow[]) => conferenceApi.update(conference.id, { budget: rowsToBudget(lines) }),
    {
      onSuccess: (saved) => {
        form.setValues({ lines: budgetToRows(saved.budget) });
        setSaved(true);
      },
    },
  );
  const set = (index: number, patch: Partial<BudgetRow>) => {
    setSaved(false);
    form.setFieldValue(`lines.${index}`, { ...rows[index]!, ...patch });
  };
  const submit = (values: { lines: BudgetRow[] }) =>
    save.mutate(values.lines, { onError: (error) => form.setErrors(apiFormErrors(error)) });
  const errors = form.errors;
  return (
    <SectionCard titleId="budget" title={t.title}>
      <form onSubmit={form.onSubmit(submit)} noValidate aria-labelledby="budget">
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
                  error={errorText(errors[`lines.${i}.text`])}
                  disabled={!canEdit}
                  style={{ flex: '2 1 240px' }}
                />
                <NumberInput
                  label={t.amount}
                  value={row.amount}
                  onChange={(value) => set(i, { amount: typeof value === 'number' ? value : '' })}
                  error={errorText(errors[`lines.${i}.amount`])}
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
                  error={errorText(errors[`lines.${i}.source`])}
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
                      form.removeListItem('lines', i);
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
                  form.insertListItem('lines', { key: newKey(), text: '', amount: '', source: '' })
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
