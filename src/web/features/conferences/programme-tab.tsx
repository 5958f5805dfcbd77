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
import { useMemo, useState } from 'react';
import { ItemKind, type ConferenceDetail } from '../../../contracts/conferences';
import { conferencesVi } from '../../i18n/conferences.vi';
import { FormErrorAlert } from '../../ui/error-alert';
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
  error?: string;
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
  error,
  presentations,
  canEdit,
  onChange,
  onMove,
  onRemove,
}: RowEditorProps) {
  const label = t.row(index + 1);
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
          error={error}
          disabled={!canEdit}
          style={{ flex: '3 1 260px' }}
        />
        <TextInput
          label={t.presenter}
          placeholder={t.presenterPlaceholder}
          value={row.presenter}
          onChange={(e) => onChange({ presenter: e.currentTarget.value, presenterUnitId: null })}
          disabled={!canEdit}
          style={{ flex: '2 1 200px' }}
        />
        <NumberInput
          label={t.minutes}
          value={row.minutes}
          onChange={(value) => onChange({ minutes: numberValue(value) })}
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

function ProgrammeEditor({ conference }: { conference: ConferenceDetail }) {
  const canEdit = conference.permissions.canEdit;
  const [rows, setRows] = useState(() => itemsToRows(conference.programme));
  const [saved, setSaved] = useState(() => JSON.stringify(rowsToBody(rows)));
  const [errors, setErrors] = useState<Record<number, string>>({});
  const [isDone, setDone] = useState(false);
  const times = useMemo(() => rowTimes(rows, conference.sessions), [rows, conference.sessions]);
  const isDirty = JSON.stringify(rowsToBody(rows)) !== saved;
  const save = useConferenceMutation(() => conferenceApi.saveProgramme(conference.id, rowsToBody(rows)), {
    onSuccess: (items) => {
      const next = itemsToRows(items);
      setRows(next);
      setSaved(JSON.stringify(rowsToBody(next)));
      setDone(true);
    },
  });
  const update = (next: ProgrammeRow[]) => {
    setDone(false);
    setRows(next);
  };
  const submit = () => {
    const found = programmeErrors(rows);
    setErrors(found);
    if (Object.keys(found).length === 0) save.mutate(undefined);
  };

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
          error={errors[i]}
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
          <Button onClick={submit} loading={save.isPending} disabled={!isDirty}>
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
