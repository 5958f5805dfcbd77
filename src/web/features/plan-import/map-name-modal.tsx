import { Button, Group, Modal, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import type { UnitSummary } from '../../../contracts/units';
import { importVi } from '../../i18n/import.vi';
import { ErrorAlert } from '../../ui/error-alert';
import { UnitSelect } from '../units/unit-select';
import { useSaveMapping } from './plan-import.queries';

const t = importVi.mapping;

interface MapNameModalProps {
  /** The name to map; the modal is closed while null. */
  name: string | null;
  /** The plan's issuing unit (whose area the mapping belongs to). */
  unitCode: string | null;
  /** The area's unit, whose units are offered. */
  area: string | null;
  onClose: () => void;
}

function MapNameForm({ name, unitCode, area, onClose }: MapNameModalProps & { name: string }) {
  const [mode, setMode] = useState<'unit' | 'position'>('unit');
  const [unit, setUnit] = useState<UnitSummary | null>(null);
  const [position, setPosition] = useState(name);
  const [missing, setMissing] = useState<string | null>(null);
  const save = useSaveMapping(unitCode);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    event.stopPropagation();
    if (mode === 'unit' && !unit) return setMissing(t.pickUnit);
    if (mode === 'position' && position.trim() === '') return setMissing(t.typePosition);
    setMissing(null);
    save.mutate(
      mode === 'unit'
        ? { name, target: unit!.code, position: null }
        : { name, target: null, position: position.trim() },
      { onSuccess: onClose },
    );
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Text size="sm">{t.intro}</Text>
        <SegmentedControl
          fullWidth
          value={mode}
          onChange={(value) => setMode(value === 'position' ? 'position' : 'unit')}
          data={[
            { value: 'unit', label: t.asUnit },
            { value: 'position', label: t.asPosition },
          ]}
        />
        {mode === 'unit' ? (
          <UnitSelect
            label={t.unit}
            placeholder={t.unitPlaceholder}
            value={unit}
            onChange={setUnit}
            within={area ?? undefined}
            error={missing}
            data-autofocus
          />
        ) : (
          <TextInput
            label={t.position}
            description={t.positionHint}
            value={position}
            onChange={(e) => setPosition(e.currentTarget.value)}
            error={missing}
            data-autofocus
          />
        )}
        <ErrorAlert error={save.error} />
        <Group gap="xs" justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t.cancel}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t.save}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** "Ghép với đơn vị": maps a name of the plan to a unit of the area, or to a position, and remembers it. */
export function MapNameModal(props: MapNameModalProps) {
  return (
    <Modal opened={props.name !== null} onClose={props.onClose} title={t.title(props.name ?? '')} size="md">
      {props.name !== null && <MapNameForm key={props.name} {...props} name={props.name} />}
    </Modal>
  );
}
