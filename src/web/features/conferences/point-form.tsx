import { Button, Checkbox, Group, Modal, SimpleGrid, Stack, TagsInput, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { z } from 'zod';
import { BridgePointInput, type BridgePoint } from '../../../contracts/conferences';
import type { UnitSummary } from '../../../contracts/units';
import { conferencesVi } from '../../i18n/conferences.vi';
import { vi } from '../../i18n/vi';
import { FormErrorAlert } from '../../ui/error-alert';
import { apiFormErrors, bodyValidate, errorText } from '../../ui/form';
import { blankToNull } from '../../ui/form-values';
import { UnitSelect } from '../units/unit-select';
import { conferenceApi, useConferenceMutation } from './conferences.queries';

const t = conferencesVi.points;

/** The units joining at a point besides its host, by name; those known by id are sent by id. */
export function joiningUnits(point: BridgePoint | null): { names: string[]; ids: Map<string, number> } {
  const joining = (point?.units ?? []).filter((u) => u.unitId === null || u.unitId !== point?.unitId);
  return {
    names: joining.map((u) => u.name),
    ids: new Map(joining.flatMap((u) => (u.unitId === null ? [] : [[u.name, u.unitId] as const]))),
  };
}

interface PointValues {
  name: string;
  isMain: boolean;
  /** A host unit picked from the directory; null keeps the saved one. */
  unit: UnitSummary | null;
  room: string;
  contactName: string;
  contactPhone: string;
  /** The joining units by name. */
  units: string[];
}

interface PointFormProps {
  conferenceId: number;
  /** The point edited; null adds one. */
  point: BridgePoint | null;
  opened: boolean;
  onClose: () => void;
}

/** Add or edit a bridge point: its name, host unit, room, technical contact and the units joining there. */
export function PointFormModal({ conferenceId, point, opened, onClose }: PointFormProps) {
  const known = joiningUnits(point);
  const toBody = (values: PointValues): z.input<typeof BridgePointInput> => ({
    name: values.name.trim(),
    isMain: values.isMain,
    ...(values.unit ? { unit: values.unit.id } : {}),
    room: blankToNull(values.room),
    contactName: blankToNull(values.contactName),
    contactPhone: blankToNull(values.contactPhone),
    units: values.units.map((n) => known.ids.get(n) ?? n),
  });
  const form = useForm<PointValues>({
    mode: 'controlled',
    initialValues: {
      name: point?.name ?? '',
      isMain: point?.isMain ?? false,
      unit: null,
      room: point?.room ?? '',
      contactName: point?.contactName ?? '',
      contactPhone: point?.contactPhone ?? '',
      units: known.names,
    },
    // The contract's rules, with the form's own word for a missing name.
    validate: (values) => ({
      ...bodyValidate(BridgePointInput, toBody)(values),
      ...(values.name.trim() === '' ? { name: vi.common.required } : {}),
    }),
    clearInputErrorOnChange: false,
  });
  const save = useConferenceMutation(
    (body: z.input<typeof BridgePointInput>) =>
      point ? conferenceApi.updatePoint(point.id, body) : conferenceApi.createPoint(conferenceId, body),
    { onSuccess: onClose },
  );
  const submit = (values: PointValues) =>
    save.mutate(toBody(values), { onError: (error) => form.setErrors(apiFormErrors(error)) });
  return (
    <Modal opened={opened} onClose={onClose} title={point ? t.editTitle : t.addTitle} size="lg" centered>
      <form onSubmit={form.onSubmit(submit)} noValidate>
        <Stack gap="sm">
          <TextInput
            label={t.name}
            placeholder={t.namePlaceholder}
            {...form.getInputProps('name')}
            required
            data-autofocus
          />
          <Checkbox label={t.isMain} {...form.getInputProps('isMain', { type: 'checkbox' })} />
          <UnitSelect
            label={t.unit}
            value={form.values.unit}
            onChange={(unit) => form.setFieldValue('unit', unit)}
            placeholder={point?.unitName ?? undefined}
            error={errorText(form.errors.unit)}
          />
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <TextInput label={t.room} {...form.getInputProps('room')} />
            <TextInput label={t.contactName} {...form.getInputProps('contactName')} />
            <TextInput label={t.contactPhone} type="tel" {...form.getInputProps('contactPhone')} />
          </SimpleGrid>
          <TagsInput
            label={t.units}
            description={t.unitsHint}
            {...form.getInputProps('units')}
            splitChars={[';']}
            acceptValueOnBlur
            clearable
          />
          <FormErrorAlert error={save.error} />
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={onClose}>
              {vi.common.cancel}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {vi.common.save}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
