import { Button, Group, Modal, NumberInput, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import {
  DelegateGroupInput,
  DelegateLevel,
  type BridgePoint,
  type DelegateGroup,
} from '../../../contracts/conferences';
import { conferencesVi } from '../../i18n/conferences.vi';
import { vi } from '../../i18n/vi';
import { FormErrorAlert } from '../../ui/error-alert';
import { apiFormErrors, bodyValidate } from '../../ui/form';
import { blankToNull } from '../../ui/form-values';
import { conferenceApi, useConferenceMutation } from './conferences.queries';

const t = conferencesVi.groups;
const numberOrNull = (value: string | number): number | null => (typeof value === 'number' ? value : null);

interface GroupValues {
  title: string;
  level: string | null;
  rule: string;
  quota: string | number;
  expected: string | number;
  pointId: string | null;
}

const toBody = (values: GroupValues): DelegateGroupInput => {
  const parsedLevel = DelegateLevel.safeParse(values.level);
  return {
    title: values.title.trim(),
    level: parsedLevel.success ? parsedLevel.data : null,
    rule: blankToNull(values.rule),
    quota: numberOrNull(values.quota),
    expected: numberOrNull(values.expected),
    pointId: values.pointId ? Number(values.pointId) : null,
  };
};

interface GroupFormProps {
  conferenceId: number;
  group: DelegateGroup | null;
  points: BridgePoint[];
  onClose: () => void;
}

/** Add or edit a thành phần đại biểu: title, level, the rule that expands into seats, quota, expected, point. */
export function GroupFormModal({ conferenceId, group, points, onClose }: GroupFormProps) {
  const form = useForm<GroupValues>({
    mode: 'controlled',
    initialValues: {
      title: group?.title ?? '',
      level: group?.level ?? null,
      rule: group?.rule ?? '',
      quota: group?.quota ?? '',
      expected: group?.expected ?? '',
      pointId: group?.pointId ? String(group.pointId) : null,
    },
    // The contract's rules, with the form's own word for a missing title.
    validate: (values) => ({
      ...bodyValidate(DelegateGroupInput, toBody)(values),
      ...(values.title.trim() === '' ? { title: vi.common.required } : {}),
    }),
    clearInputErrorOnChange: false,
  });
  const save = useConferenceMutation(
    (body: DelegateGroupInput) =>
      group ? conferenceApi.updateGroup(group.id, body) : conferenceApi.createGroup(conferenceId, body),
    { onSuccess: onClose },
  );
  const submit = (values: GroupValues) =>
    save.mutate(toBody(values), { onError: (error) => form.setErrors(apiFormErrors(error)) });
  return (
    <Modal opened onClose={onClose} title={group ? t.editTitle : t.addTitle} size="lg" centered>
      <form onSubmit={form.onSubmit(submit)} noValidate>
        <Stack gap="sm">
          <TextInput
            label={t.titleField}
            placeholder={t.titlePlaceholder}
            {...form.getInputProps('title')}
            required
            data-autofocus
          />
          <TextInput label={t.rule} description={t.ruleHint} {...form.getInputProps('rule')} />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <Select
              label={t.level}
              data={DelegateLevel.options.map((value) => ({ value, label: t.levelLabel[value] }))}
              {...form.getInputProps('level')}
              clearable
              comboboxProps={{ withinPortal: true }}
            />
            <Select
              label={t.point}
              data={points.map((p) => ({ value: String(p.id), label: p.name }))}
              {...form.getInputProps('pointId')}
              clearable
              comboboxProps={{ withinPortal: true }}
            />
            <NumberInput label={t.quota} {...form.getInputProps('quota')} min={0} allowDecimal={false} />
            <NumberInput
              label={t.expected}
              {...form.getInputProps('expected')}
              min={0}
              allowDecimal={false}
            />
          </SimpleGrid>
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
