import { Button, Group, Modal, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { SaveMappingBody } from '../../../contracts/imports';
import type { UnitSummary } from '../../../contracts/units';
import { importVi } from '../../i18n/import.vi';
import { ErrorAlert } from '../../ui/error-alert';
import { bodyValidate, errorText } from '../../ui/form';
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

interface MappingValues {
  mode: 'unit' | 'position';
  /** The unit the name stands for (mode "unit"). */
  target: UnitSummary | null;
  /** The position it stands for (mode "position"). */
  position: string;
}

function MapNameForm({ name, unitCode, area, onClose }: MapNameModalProps & { name: string }) {
  /** The mapping as PUT /api/plans/import/mappings takes it (the area's unit is added by useSaveMapping). */
  const toBody = ({ mode, target, position }: MappingValues) =>
    mode === 'unit'
      ? { name, target: target?.code ?? '', position: null }
      : { name, target: null, position: position.trim() };
  // The contract's SaveMappingBody, with the form's own words for a unit not picked or a position not typed.
  const form = useForm<MappingValues>({
    mode: 'controlled',
    initialValues: { mode: 'unit', target: null, position: name },
    validate: (values) => ({
      ...bodyValidate(SaveMappingBody, toBody)(values),
      ...(values.mode === 'unit' && !values.target ? { target: t.pickUnit } : {}),
      ...(values.mode === 'position' && values.position.trim() === '' ? { position: t.typePosition } : {}),
    }),
    clearInputErrorOnChange: false,
  });
  const { values } = form;
  const save = useSaveMapping(unitCode);

  const submit = (values: MappingValues) => save.mutate(toBody(values), { onSuccess: onClose });

  return (
    // The modal's own submit: it never reaches a form the modal is drawn in (React events cross portals).
    <form
      onSubmit={(event) => {
        event.stopPropagation();
        form.onSubmit(submit)(event);
      }}
      noValidate
    >
      <Stack gap="sm">
        <Text size="sm">{t.intro}</Text>
        <SegmentedControl
          fullWidth
          value={values.mode}
          onChange={(value) => form.setFieldValue('mode', value === 'position' ? 'position' : 'unit')}
          data={[
            { value: 'unit', label: t.asUnit },
            { value: 'position', label: t.asPosition },
          ]}
        />
        {values.mode === 'unit' ? (
          <UnitSelect
            label={t.unit}
            placeholder={t.unitPlaceholder}
            value={values.target}
            onChange={(unit) => form.setFieldValue('target', unit)}
            within={area ?? undefined}
            error={errorText(form.errors.target)}
            data-autofocus
          />
        ) : (
          <TextInput
            label={t.position}
            description={t.positionHint}
            {...form.getInputProps('position')}
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
