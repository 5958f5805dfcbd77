import {
  ActionIcon,
  Button,
  Checkbox,
  Group,
  List,
  Paper,
  Stack,
  Text,
  TextInput,
  ThemeIcon,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import {
  ChecklistItemInput,
  type ChecklistItem,
  type ConferenceDetail,
} from '../../../contracts/conferences';
import type { UnitSummary } from '../../../contracts/units';
import { conferencesVi } from '../../i18n/conferences.vi';
import { TableDate } from '../../ui/date-display';
import { ErrorAlert, FormErrorAlert } from '../../ui/error-alert';
import { apiFormErrors, bodyValidate, errorText } from '../../ui/form';
import { FormPanel } from '../../ui/form-panel';
import { SectionCard } from '../../ui/section-card';
import { UnitSelect } from '../units/unit-select';
import { conferenceApi, useConferenceMutation } from './conferences.queries';

const t = conferencesVi.checklist;

/** Who does the item and by when: "UBND xã Cẩm Bình · Hạn: 10/01/2026". */
function ItemMeta({ item, pl }: { item: ChecklistItem; pl?: number }) {
  if (!item.unitName && !item.dueDate) return null;
  return (
    <Text size="xs" c="dimmed" pl={pl}>
      {item.unitName}
      {item.unitName && item.dueDate ? ' · ' : ''}
      {item.dueDate && (
        <>
          {t.dueDate}: <TableDate iso={item.dueDate} />
        </>
      )}
    </Text>
  );
}

/** One item for an account that may only read: a done mark, not a checkbox it cannot tick. */
function ChecklistReadRow({ item }: { item: ChecklistItem }) {
  return (
    <List.Item
      icon={
        <ThemeIcon
          size={22}
          radius="xl"
          variant={item.done ? 'filled' : 'outline'}
          color={item.done ? 'green' : 'gray'}
          role="img"
          aria-label={item.done ? t.isDone : t.notDone}
        >
          {item.done ? '✓' : ''}
        </ThemeIcon>
      }
    >
      <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
        {item.text}
      </Text>
      <ItemMeta item={item} />
    </List.Item>
  );
}

function ChecklistRow({ item, canEdit }: { item: ChecklistItem; canEdit: boolean }) {
  const toggle = useConferenceMutation((done: boolean) =>
    conferenceApi.updateChecklistItem(item.id, { done }),
  );
  const remove = useConferenceMutation(() => conferenceApi.deleteChecklistItem(item.id));
  return (
    <Paper withBorder p="xs" radius="sm">
      <Group gap="xs" justify="space-between" wrap="nowrap" align="flex-start">
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Checkbox
            label={item.text}
            aria-label={t.done(item.text)}
            // The ticked state shows at once, while the server records it.
            checked={toggle.isPending ? toggle.variables : item.done}
            disabled={!canEdit || toggle.isPending}
            onChange={(e) => toggle.mutate(e.currentTarget.checked)}
            styles={{ label: { textDecoration: item.done ? 'line-through' : undefined } }}
          />
          <ItemMeta item={item} pl={32} />
          <ErrorAlert error={toggle.error ?? remove.error} />
        </Stack>
        {canEdit && (
          <ActionIcon
            variant="subtle"
            color="red"
            aria-label={t.removeItem(item.text)}
            onClick={() => remove.mutate(undefined)}
            loading={remove.isPending}
          >
            ×
          </ActionIcon>
        )}
      </Group>
    </Paper>
  );
}

interface ItemValues {
  text: string;
  unit: UnitSummary | null;
  /** ISO yyyy-mm-dd, or '' for none. */
  dueDate: string;
}

const toBody = (values: ItemValues): ChecklistItemInput => ({
  text: values.text.trim(),
  unit: values.unit?.id ?? null,
  dueDate: values.dueDate || null,
});

function AddItemForm({ conferenceId }: { conferenceId: number }) {
  const form = useForm<ItemValues>({
    mode: 'controlled',
    initialValues: { text: '', unit: null, dueDate: '' },
    // The contract's rules, with the form's own word for a missing text.
    validate: (values) => ({
      ...bodyValidate(ChecklistItemInput, toBody)(values),
      ...(values.text.trim() === '' ? { text: t.missingText } : {}),
    }),
    clearInputErrorOnChange: false,
  });
  const add = useConferenceMutation(
    (body: ChecklistItemInput) => conferenceApi.addChecklistItem(conferenceId, body),
    {
      onSuccess: () => form.setValues({ text: '', dueDate: '' }),
    },
  );
  const submit = (values: ItemValues) =>
    add.mutate(toBody(values), { onError: (error) => form.setErrors(apiFormErrors(error)) });
  return (
    <FormPanel title={t.add} titleId="checklist-add" onSubmit={form.onSubmit(submit)}>
      <Group gap="xs" align="flex-start">
        <TextInput label={t.text} {...form.getInputProps('text')} required style={{ flex: '2 1 240px' }} />
        <UnitSelect
          label={t.unit}
          value={form.values.unit}
          onChange={(unit) => form.setFieldValue('unit', unit)}
          error={errorText(form.errors.unit)}
          style={{ flex: '2 1 220px' }}
        />
        <TextInput
          type="date"
          label={t.dueDate}
          {...form.getInputProps('dueDate')}
          style={{ flex: '1 1 150px' }}
        />
      </Group>
      <FormErrorAlert error={add.error} />
      <Button type="submit" mt="xs" loading={add.isPending}>
        {t.add}
      </Button>
    </FormPanel>
  );
}

/** Công việc chuẩn bị: the logistics checklist, each item a task for a unit, ticked when done. */
export function ChecklistSection({ conference }: { conference: ConferenceDetail }) {
  const canEdit = conference.permissions.canEdit;
  const template = useConferenceMutation(() => conferenceApi.addChecklistTemplate(conference.id));
  const items = [...conference.checklist].sort((a, b) => a.position - b.position);
  const doneCount = items.filter((i) => i.done).length;
  return (
    <SectionCard
      titleId="checklist"
      title={t.title}
      actions={
        canEdit && (
          <Button
            variant="light"
            onClick={() => template.mutate(undefined)}
            loading={template.isPending}
            title={t.fromTemplateHint}
          >
            {t.fromTemplate}
          </Button>
        )
      }
    >
      <Stack gap="xs">
        <Text size="sm" c="dimmed">
          {items.length === 0 ? t.empty : t.progress(doneCount, items.length)}
        </Text>
        <ErrorAlert error={template.error} />
        {canEdit
          ? items.map((item) => <ChecklistRow key={item.id} item={item} canEdit={canEdit} />)
          : items.length > 0 && (
              <List spacing="sm" center={false} listStyleType="none">
                {items.map((item) => (
                  <ChecklistReadRow key={item.id} item={item} />
                ))}
              </List>
            )}
        {canEdit && <AddItemForm conferenceId={conference.id} />}
      </Stack>
    </SectionCard>
  );
}
