import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  Group,
  NumberInput,
  Paper,
  Select,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useForm, type FormErrors } from '@mantine/form';
import { useMemo, useState } from 'react';
import type { z } from 'zod';
import { ItemKind, ProgrammeBody, type ConferenceDetail } from '../../../contracts/conferences';
import { conferencesVi } from '../../i18n/conferences.vi';
import { FormErrorAlert } from '../../ui/error-alert';
import { apiFormErrors, bodyValidate, errorText } from '../../ui/form';
import { conferenceApi, useConferenceMutation } from './conferences.queries';
import {
  emptyRow,
  itemsToRows,
  moveRow,
  programmeErrors,
  rowsToBody,
  rowTimes,
  totalMinutes,
  type ProgrammeRow,
} from './programme-state';
import { ProgrammeHeading, ProgrammeView } from './programme-view';

const t = conferencesVi.programme;
const KIND_OPTIONS = ItemKind.options.map((value) => ({ value, label: t.kindLabel[value] }));
const numberValue = (value: string | number): number | '' => (typeof value === 'number' ? value : '');

interface RowEditorProps {
  row: ProgrammeRow;
  index: number;
  count: number;
  clock: { startsAt: string | null; endsAt: string | null };
  /** The form's messages; this row's are under `items.<index>.<field>`. */
  errors: FormErrors;
  presentations: ConferenceDetail['presentations'];
  canEdit: boolean;
  onChange: (patch: Partial<ProgrammeRow>) => void;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
}

function RowEditor({
  row,
  index,
  count,
  clock,
  errors,
  presentations,
  canEdit,
  onChange,
  onMove,
  onRemove,
}: RowEditorProps) {
  const label = t.row(index + 1);
  const error = (field: string) => errorText(errors[`items.${index}.${field}`]);
  return (
    <Paper withBorder p="xs" radius="sm" role="group" aria-label={label}>
      <Group justify="space-between" gap="xs" mb={6} wrap="nowrap">
        <Group gap="xs" wrap="nowrap">
          <Text fw={600} size="sm">
            {index + 1}.
          </Text>
          <Badge variant="light" color={clock.startsAt ? 'blue' : 'gray'} tt="none" data-testid="item-clock">
            {clock.startsAt ? t.clock(clock.startsAt, clock.endsAt) : t.noClock}
          </Badge>
        </Group>
        {canEdit && (
          <Group gap={4} wrap="nowrap">
            <ActionIcon
              variant="default"
              aria-label={`${t.moveUp}: ${label}`}
              disabled={index === 0}
              onClick={() => onMove(-1)}
            >
              ↑
            </ActionIcon>
            <ActionIcon
              variant="default"
              aria-label={`${t.moveDown}: ${label}`}
              disabled={index === count - 1}
              onClick={() => onMove(1)}
            >
              ↓
            </ActionIcon>
            <ActionIcon variant="subtle" color="red" aria-label={`${t.remove}: ${label}`} onClick={onRemove}>
              ×
            </ActionIcon>
          </Group>
        )}
      </Group>
      <Group gap="xs" align="flex-start">
        <Select
          label={t.kind}
          data={KIND_OPTIONS}
          value={row.kind}
          onChange={(value) => {
            const parsed = ItemKind.safeParse(value);
            if (parsed.success) onChange({ kind: parsed.data });
          }}
          allowDeselect={false}
          disabled={!canEdit}
          comboboxProps={{ withinPortal: true }}
          style={{ flex: '1 1 180px' }}
        />
        <TextInput
          label={t.itemTitle}
          value={row.title}
          onChange={(e) => onChange({ title: e.currentTarget.value })}
          error={error('title')}
          disabled={!canEdit}
          style={{ flex: '3 1 260px' }}
        />
        <TextInput
          label={t.presenter}
          placeholder={t.presenterPlaceholder}
          value={row.presenter}
          onChange={(e) => onChange({ presenter: e.currentTarget.value, presenterUnitId: null })}
          error={error('presenter')}
          disabled={!canEdit}
          style={{ flex: '2 1 200px' }}
        />
        <NumberInput
          label={t.minutes}
          value={row.minutes}
          onChange={(value) => onChange({ minutes: numberValue(value) })}
          error={error('minutes')}
          min={0}
          max={600}
          allowDecimal={false}
          disabled={!canEdit}
          w={100}
        />
        {row.kind === 'van_nghe' && (
          <NumberInput
            label={t.performances}
            value={row.performances}
            onChange={(value) => onChange({ performances: numberValue(value) })}
            error={error('performances')}
            min={0}
            max={100}
            allowDecimal={false}
            disabled={!canEdit}
            w={110}
          />
        )}
        {row.kind === 'tham_luan' && (
          <Select
            label={t.presentation}
            placeholder={t.noPresentation}
            data={presentations.map((p) => ({
              value: String(p.id),
              label: p.unitName ? `${p.topic} (${p.unitName})` : p.topic,
            }))}
            value={row.presentationId === null ? null : String(row.presentationId)}
            onChange={(value) => onChange({ presentationId: value ? Number(value) : null })}
            clearable
            disabled={!canEdit}
            comboboxProps={{ withinPortal: true }}
            style={{ flex: '3 1 260px' }}
          />
        )}
      </Group>
    </Paper>
  );
}

/** Chương trình: the ordered items with their clock times computed live, saved whole (PUT), and the MC's script. */
export function ProgrammeTab({ conference }: { conference: ConferenceDetail }) {
  return conference.permissions.canEdit ? (
    <ProgrammeEditor conference={conference} />
  ) : (
    <ProgrammeView conference={conference} />
  );
}

interface ProgrammeValues {
  items: ProgrammeRow[];
}

const bodyOf = (values: ProgrammeValues) => rowsToBody(values.items);

/** The contract's ProgrammeBody, with the form's own word for an item without a title. */
function programmeValidate(values: ProgrammeValues): FormErrors {
  const errors = bodyValidate(ProgrammeBody, bodyOf)(values);
  for (const [i, message] of Object.entries(programmeErrors(values.items)))
    errors[`items.${i}.title`] = message;
  return errors;
}

function ProgrammeEditor({ conference }: { conference: ConferenceDetail }) {
  const canEdit = conference.permissions.canEdit;
  const form = useForm<ProgrammeValues>({
    mode: 'controlled',
    initialValues: { items: itemsToRows(conference.programme) },
    validate: programmeValidate,
    clearInputErrorOnChange: false,
  });
  const rows = form.values.items;
  const [isDone, setDone] = useState(false);
  const times = useMemo(() => rowTimes(rows, conference.sessions), [rows, conference.sessions]);
  // Unsaved while the body it would send differs from the one saved last.
  const isDirty = JSON.stringify(rowsToBody(rows)) !== JSON.stringify(bodyOf(form.getInitialValues()));
  const save = useConferenceMutation(
    (body: z.input<typeof ProgrammeBody>) => conferenceApi.saveProgramme(conference.id, body),
    {
      onSuccess: (items) => {
        const next = { items: itemsToRows(items) };
        form.setInitialValues(next);
        form.setValues(next);
        setDone(true);
      },
    },
  );
  const update = (next: ProgrammeRow[]) => {
    setDone(false);
    form.setFieldValue('items', next);
  };
  const submit = form.onSubmit((values) =>
    save.mutate(bodyOf(values), { onError: (error) => form.setErrors(apiFormErrors(error)) }),
  );

  return (
    <Stack gap="sm">
      <ProgrammeHeading conference={conference} minutes={totalMinutes(rows)} />
      {rows.length === 0 && <Text c="dimmed">{t.empty}</Text>}
      {rows.map((row, i) => (
        <RowEditor
          key={row.key}
          row={row}
          index={i}
          count={rows.length}
          clock={times[i] ?? { startsAt: null, endsAt: null }}
          errors={form.errors}
          presentations={conference.presentations}
          canEdit={canEdit}
          onChange={(patch) => update(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)))}
          onMove={(delta) => update(moveRow(rows, i, delta))}
          onRemove={() => update(rows.filter((_, j) => j !== i))}
        />
      ))}
      <FormErrorAlert error={save.error} />
      {isDone && (
        <Alert color="green" variant="light" role="status">
          {t.saved}
        </Alert>
      )}
      {canEdit && (
        <Group
          gap="xs"
          style={{ position: 'sticky', bottom: 0, background: 'var(--mantine-color-body)' }}
          py="xs"
        >
          <Button variant="default" onClick={() => update([...rows, emptyRow()])}>
            {t.add}
          </Button>
          <Button onClick={() => submit()} loading={save.isPending} disabled={!isDirty}>
            {t.save}
          </Button>
          {isDirty && (
            <Text size="sm" c="orange.8">
              {t.unsaved}
            </Text>
          )}
        </Group>
      )}
    </Stack>
  );
}
