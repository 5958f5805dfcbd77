import { Button, Group, SimpleGrid, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { UpdateUnitBody, type UnitSummary } from '../../../contracts/units';
import { vi } from '../../i18n/vi';
import { FormErrorAlert } from '../../ui/error-alert';
import { apiFormErrors, bodyValidate } from '../../ui/form';
import { FormPanel } from '../../ui/form-panel';
import { blankToNull } from '../../ui/form-values';
import { useUpdateUnit } from './units.queries';

/** Renames a village or organization; only the fields that changed are sent. */
export function EditUnitForm({
  unit,
  onSaved,
  onCancel,
}: {
  unit: UnitSummary;
  onSaved: () => void;
  onCancel: () => void;
}) {
  /** Only what changed, as PATCH takes it. */
  const changes = (values: { name: string; shortName: string }) => {
    const body: Record<string, unknown> = {};
    if (values.name.trim() !== unit.name) body.name = values.name;
    if (blankToNull(values.shortName) !== unit.shortName) body.shortName = blankToNull(values.shortName);
    return body;
  };
  // The contract's UpdateUnitBody on what changed.
  const form = useForm({
    mode: 'controlled',
    initialValues: { name: unit.name, shortName: unit.shortName ?? '' },
    validate: bodyValidate(UpdateUnitBody, changes),
    clearInputErrorOnChange: false,
  });
  const update = useUpdateUnit();

  const submit = (values: { name: string; shortName: string }) => {
    const body = UpdateUnitBody.parse(changes(values));
    if (Object.keys(body).length === 0) {
      onCancel();
      return;
    }
    update.mutate(
      { code: unit.code, body },
      { onSuccess: onSaved, onError: (error) => form.setErrors(apiFormErrors(error)) },
    );
  };

  return (
    <FormPanel title={vi.unitDetail.editTitle} titleId="unit-edit-title" onSubmit={form.onSubmit(submit)}>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <TextInput label={vi.unitDetail.name} {...form.getInputProps('name')} required autoFocus />
        <TextInput label={vi.units.shortName} {...form.getInputProps('shortName')} />
      </SimpleGrid>
      <FormErrorAlert error={update.error} />
      <Group mt="sm" gap="xs">
        <Button type="submit" loading={update.isPending}>
          {vi.common.save}
        </Button>
        <Button variant="default" onClick={onCancel} disabled={update.isPending}>
          {vi.common.cancel}
        </Button>
      </Group>
    </FormPanel>
  );
}
