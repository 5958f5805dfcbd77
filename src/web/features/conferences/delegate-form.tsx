import { Button, Group, Modal, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { DelegateInput, type ConferenceDetail, type Delegate } from '../../../contracts/conferences';
import { conferencesVi } from '../../i18n/conferences.vi';
import { vi } from '../../i18n/vi';
import { FormErrorAlert } from '../../ui/error-alert';
import { apiFormErrors, bodyValidate } from '../../ui/form';
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

/** The form as typed: texts, and the group and point picked by id. */
interface DelegateValues {
  name: string;
  position: string;
  unit: string;
  phone: string;
  email: string;
  groupId: string | null;
  pointId: string | null;
  seat: string;
}

interface DelegateFormProps {
  conference: ConferenceDetail;
  delegate: Delegate | null;
  onClose: () => void;
}

/** Add a delegate, or edit one (naming a seat made by a rule); the server refuses a duplicate with its reason. */
export function DelegateFormModal({ conference, delegate, onClose }: DelegateFormProps) {
  const toBody = (values: DelegateValues): DelegateInput => ({
    name: blankToNull(values.name),
    position: blankToNull(values.position),
    unit: delegateUnit(values.unit, delegate),
    phone: blankToNull(values.phone),
    email: blankToNull(values.email),
    groupId: values.groupId ? Number(values.groupId) : null,
    pointId: values.pointId ? Number(values.pointId) : null,
    seat: blankToNull(values.seat),
  });
  const form = useForm<DelegateValues>({
    mode: 'controlled',
    initialValues: {
      name: delegate?.name ?? '',
      position: delegate?.position ?? '',
      unit: delegate?.unitName ?? '',
      phone: delegate?.phone ?? '',
      email: delegate?.email ?? '',
      groupId: delegate?.groupId ? String(delegate.groupId) : null,
      pointId: delegate?.pointId ? String(delegate.pointId) : null,
      seat: delegate?.seat ?? '',
    },
    validate: bodyValidate(DelegateInput, toBody),
    clearInputErrorOnChange: false,
  });
  const save = useConferenceMutation(
    (body: DelegateInput) =>
      delegate
        ? conferenceApi.updateDelegate(delegate.id, body)
        : conferenceApi.createDelegate(conference.id, body),
    { onSuccess: onClose },
  );
  const remove = useConferenceMutation(() => conferenceApi.deleteDelegate(delegate?.id ?? 0), {
    onSuccess: onClose,
  });
  const submit = (values: DelegateValues) =>
    save.mutate(toBody(values), { onError: (error) => form.setErrors(apiFormErrors(error)) });
  const field = (label: string, key: keyof DelegateValues, type = 'text') => (
    <TextInput label={label} type={type} {...form.getInputProps(key)} />
  );
  return (
    <Modal opened onClose={onClose} title={delegate ? t.editTitle : t.addTitle} size="lg" centered>
      <form onSubmit={form.onSubmit(submit)} noValidate>
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            {field(t.name, 'name')}
            {field(t.position, 'position')}
            {field(t.unit, 'unit')}
            {field(t.seat, 'seat')}
            {field(t.phone, 'phone', 'tel')}
            {field(t.email, 'email', 'email')}
            <Select
              label={t.group}
              data={conference.groups.map((g) => ({ value: String(g.id), label: g.title }))}
              {...form.getInputProps('groupId')}
              clearable
              comboboxProps={{ withinPortal: true }}
            />
            <Select
              label={t.point}
              data={conference.points.map((p) => ({ value: String(p.id), label: p.name }))}
              {...form.getInputProps('pointId')}
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
