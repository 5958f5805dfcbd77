import { Button, Checkbox, Group, Modal, SimpleGrid, Stack, TagsInput, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import type { z } from 'zod';
import type { BridgePoint, BridgePointInput } from '../../../contracts/conferences';
import type { UnitSummary } from '../../../contracts/units';
import { conferencesVi } from '../../i18n/conferences.vi';
import { vi } from '../../i18n/vi';
import { FormErrorAlert } from '../../ui/error-alert';
import { apiFieldErrors, type FieldErrors } from '../../ui/form-errors';
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
  const [name, setName] = useState(point?.name ?? '');
  const [isMain, setMain] = useState(point?.isMain ?? false);
  const [unit, setUnit] = useState<UnitSummary | null>(null);
  const [room, setRoom] = useState(point?.room ?? '');
  const [contactName, setContactName] = useState(point?.contactName ?? '');
  const [contactPhone, setContactPhone] = useState(point?.contactPhone ?? '');
  const [units, setUnits] = useState<string[]>(known.names);
  const [errors, setErrors] = useState<FieldErrors>({});
  const body = (): z.input<typeof BridgePointInput> => ({
    name: name.trim(),
    isMain,
    ...(unit ? { unit: unit.id } : {}),
    room: blankToNull(room),
    contactName: blankToNull(contactName),
    contactPhone: blankToNull(contactPhone),
    units: units.map((n) => known.ids.get(n) ?? n),
  });
  const save = useConferenceMutation(
    () =>
      point ? conferenceApi.updatePoint(point.id, body()) : conferenceApi.createPoint(conferenceId, body()),
    { onSuccess: onClose },
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: FieldErrors = name.trim() === '' ? { name: vi.common.required } : {};
    setErrors(found);
    if (!found.name) save.mutate(undefined, { onError: (error) => setErrors(apiFieldErrors(error)) });
  };
  return (
    <Modal opened={opened} onClose={onClose} title={point ? t.editTitle : t.addTitle} size="lg" centered>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <TextInput
            label={t.name}
            placeholder={t.namePlaceholder}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={errors.name}
            required
            data-autofocus
          />
          <Checkbox label={t.isMain} checked={isMain} onChange={(e) => setMain(e.currentTarget.checked)} />
          <UnitSelect
            label={t.unit}
            value={unit}
            onChange={setUnit}
            placeholder={point?.unitName ?? undefined}
            error={errors.unit}
          />
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <TextInput label={t.room} value={room} onChange={(e) => setRoom(e.currentTarget.value)} />
            <TextInput
              label={t.contactName}
              value={contactName}
              onChange={(e) => setContactName(e.currentTarget.value)}
            />
            <TextInput
              label={t.contactPhone}
              type="tel"
              value={contactPhone}
              onChange={(e) => setContactPhone(e.currentTarget.value)}
              error={errors.contactPhone}
            />
          </SimpleGrid>
          <TagsInput
            label={t.units}
            description={t.unitsHint}
            value={units}
            onChange={setUnits}
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
