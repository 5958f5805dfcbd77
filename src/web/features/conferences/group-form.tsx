import { Button, Group, Modal, NumberInput, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { DelegateLevel, type BridgePoint, type DelegateGroup } from '../../../contracts/conferences';
import { conferencesVi } from '../../i18n/conferences.vi';
import { vi } from '../../i18n/vi';
import { FormErrorAlert } from '../../ui/error-alert';
import { apiFieldErrors, type FieldErrors } from '../../ui/form-errors';
import { blankToNull } from '../../ui/form-values';
import { conferenceApi, useConferenceMutation } from './conferences.queries';

const t = conferencesVi.groups;
const numberOrNull = (value: string | number): number | null => (typeof value === 'number' ? value : null);

interface GroupFormProps {
  conferenceId: number;
  group: DelegateGroup | null;
  points: BridgePoint[];
  onClose: () => void;
}

/** Add or edit a thành phần đại biểu: title, level, the rule that expands into seats, quota, expected, point. */
export function GroupFormModal({ conferenceId, group, points, onClose }: GroupFormProps) {
  const [title, setTitle] = useState(group?.title ?? '');
  const [level, setLevel] = useState<string | null>(group?.level ?? null);
  const [rule, setRule] = useState(group?.rule ?? '');
  const [quota, setQuota] = useState<string | number>(group?.quota ?? '');
  const [expected, setExpected] = useState<string | number>(group?.expected ?? '');
  const [pointId, setPointId] = useState<string | null>(group?.pointId ? String(group.pointId) : null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const body = () => {
    const parsedLevel = DelegateLevel.safeParse(level);
    return {
      title: title.trim(),
      level: parsedLevel.success ? parsedLevel.data : null,
      rule: blankToNull(rule),
      quota: numberOrNull(quota),
      expected: numberOrNull(expected),
      pointId: pointId ? Number(pointId) : null,
    };
  };
  const save = useConferenceMutation(
    () =>
      group ? conferenceApi.updateGroup(group.id, body()) : conferenceApi.createGroup(conferenceId, body()),
    { onSuccess: onClose },
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: FieldErrors = title.trim() === '' ? { title: vi.common.required } : {};
    setErrors(found);
    if (!found.title) save.mutate(undefined, { onError: (error) => setErrors(apiFieldErrors(error)) });
  };
  return (
    <Modal opened onClose={onClose} title={group ? t.editTitle : t.addTitle} size="lg" centered>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <TextInput
            label={t.titleField}
            placeholder={t.titlePlaceholder}
            value={title}
            onChange={(e) => setTitle(e.currentTarget.value)}
            error={errors.title}
            required
            data-autofocus
          />
          <TextInput
            label={t.rule}
            description={t.ruleHint}
            value={rule}
            onChange={(e) => setRule(e.currentTarget.value)}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <Select
              label={t.level}
              data={DelegateLevel.options.map((value) => ({ value, label: t.levelLabel[value] }))}
              value={level}
              onChange={setLevel}
              clearable
              comboboxProps={{ withinPortal: true }}
            />
            <Select
              label={t.point}
              data={points.map((p) => ({ value: String(p.id), label: p.name }))}
              value={pointId}
              onChange={setPointId}
              clearable
              comboboxProps={{ withinPortal: true }}
            />
            <NumberInput label={t.quota} value={quota} onChange={setQuota} min={0} allowDecimal={false} />
            <NumberInput
              label={t.expected}
              value={expected}
              onChange={setExpected}
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
