import { Button, Group, Modal, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import type { ConferenceDetail, Delegate, DelegateInput } from '../../../contracts/conferences';
import { conferencesVi } from '../../i18n/conferences.vi';
import { vi } from '../../i18n/vi';
import { FormErrorAlert } from '../../ui/error-alert';
import { apiFieldErrors, type FieldErrors } from '../../ui/form-errors';
import { blankToNull } from '../../ui/form-values';
import { conferenceApi, useConferenceMutation } from './conferences.queries';

const t = conferencesVi.delegates;

/** The unit as the API takes it: the saved unit's id while its name is unchanged, else the typed name. */
export function delegateUnit(
  typed: string,
  saved: Pick<Delegate, 'unitId' | 'unitName'> | null,
): number | string | null {
  const name = typed.trim();
  if (name === '') return null;
  if (saved?.unitId != null && saved.unitName === name) return saved.unitId;
  return name;
}

interface DelegateFormProps {
  conference: ConferenceDetail;
  delegate: Delegate | null;
  onClose: () => void;
}

/** Add a delegate, or edit one (naming a seat made by a rule); the server refuses a duplicate with its reason. */
export function DelegateFormModal({ conference, delegate, onClose }: DelegateFormProps) {
  const [name, setName] = useState(delegate?.name ?? '');
  const [position, setPosition] = useState(delegate?.position ?? '');
  const [unit, setUnit] = useState(delegate?.unitName ?? '');
  const [phone, setPhone] = useState(delegate?.phone ?? '');
  const [email, setEmail] = useState(delegate?.email ?? '');
  const [groupId, setGroupId] = useState<string | null>(delegate?.groupId ? String(delegate.groupId) : null);
  const [pointId, setPointId] = useState<string | null>(delegate?.pointId ? String(delegate.pointId) : null);
  const [seat, setSeat] = useState(delegate?.seat ?? '');
  const [errors, setErrors] = useState<FieldErrors>({});
  const body = (): DelegateInput => ({
    name: blankToNull(name),
    position: blankToNull(position),
    unit: delegateUnit(unit, delegate),
    phone: blankToNull(phone),
    email: blankToNull(email),
    groupId: groupId ? Number(groupId) : null,
    pointId: pointId ? Number(pointId) : null,
    seat: blankToNull(seat),
  });
  const save = useConferenceMutation(
    () =>
      delegate
        ? conferenceApi.updateDelegate(delegate.id, body())
        : conferenceApi.createDelegate(conference.id, body()),
    { onSuccess: onClose },
  );
  const remove = useConferenceMutation(() => conferenceApi.deleteDelegate(delegate?.id ?? 0), {
    onSuccess: onClose,
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setErrors({});
    save.mutate(undefined, { onError: (error) => setErrors(apiFieldErrors(error)) });
  };
  const field = (label: string, value: string, set: (v: string) => void, key: string, type = 'text') => (
    <TextInput
      label={label}
      type={type}
      value={value}
      onChange={(e) => set(e.currentTarget.value)}
      error={errors[key]}
    />
  );
  return (
    <Modal opened onClose={onClose} title={delegate ? t.editTitle : t.addTitle} size="lg" centered>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            {field(t.name, name, setName, 'name')}
            {field(t.position, position, setPosition, 'position')}
            {field(t.unit, unit, setUnit, 'unit')}
            {field(t.seat, seat, setSeat, 'seat')}
            {field(t.phone, phone, setPhone, 'phone', 'tel')}
            {field(t.email, email, setEmail, 'email', 'email')}
            <Select
              label={t.group}
              data={conference.groups.map((g) => ({ value: String(g.id), label: g.title }))}
              value={groupId}
              onChange={setGroupId}
              clearable
              comboboxProps={{ withinPortal: true }}
            />
            <Select
              label={t.point}
              data={conference.points.map((p) => ({ value: String(p.id), label: p.name }))}
              value={pointId}
              onChange={setPointId}
              clearable
              comboboxProps={{ withinPortal: true }}
            />
          </SimpleGrid>
          <FormErrorAlert error={save.error ?? remove.error} />
          <Group justify="space-between" gap="xs">
            {delegate ? (
              <Button
                variant="subtle"
                color="red"
                loading={remove.isPending}
                onClick={() => {
                  if (window.confirm(t.removeConfirm)) remove.mutate(undefined);
                }}
              >
                {t.remove}
              </Button>
            ) : (
              <span />
            )}
            <Group gap="xs">
              <Button variant="default" onClick={onClose}>
                {vi.common.cancel}
              </Button>
              <Button type="submit" loading={save.isPending}>
                {vi.common.save}
              </Button>
            </Group>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
