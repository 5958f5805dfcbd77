import { Button, Group, SimpleGrid, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { UpdateUnitBody, type UnitSummary } from '../../../contracts/units';
import { vi } from '../../i18n/vi';
import { FormErrorAlert } from '../../ui/error-alert';
import { apiFieldErrors, zodFieldErrors, type FieldErrors } from '../../ui/form-errors';
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
  const [name, setName] = useState(unit.name);
  const [shortName, setShortName] = useState(unit.shortName ?? '');
  const [errors, setErrors] = useState<FieldErrors>({});
  const update = useUpdateUnit();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const changes: Record<string, unknown> = {};
    if (name.trim() !== unit.name) changes.name = name;
    if (blankToNull(shortName) !== unit.shortName) changes.shortName = blankToNull(shortName);
    const parsed = UpdateUnitBody.safeParse(changes);
    if (!parsed.success) {
      setErrors(zodFieldErrors(parsed.error.issues));
      return;
    }
    setErrors({});
    if (Object.keys(parsed.data).length === 0) {
      onCancel();
      return;
    }
    update.mutate(
      { code: unit.code, body: parsed.data },
      { onSuccess: onSaved, onError: (error) => setErrors(apiFieldErrors(error)) },
    );
  };

  return (
    <FormPanel title={vi.unitDetail.editTitle} titleId="unit-edit-title" onSubmit={submit}>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <TextInput
          label={vi.unitDetail.name}
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
          error={errors.name}
          required
          autoFocus
        />
        <TextInput
          label={vi.units.shortName}
          value={shortName}
          onChange={(event) => setShortName(event.currentTarget.value)}
          error={errors.shortName}
        />
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
