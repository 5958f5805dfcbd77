import { Alert, Button, Select, SimpleGrid, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { CreateUnitBody, OrganizationTypes, VillageTypes, type UnitLevel } from '../../../contracts/units';
import { vi } from '../../i18n/vi';
import { FormErrorAlert } from '../../ui/error-alert';
import { apiFieldErrors, zodFieldErrors, type FieldErrors } from '../../ui/form-errors';
import { FormPanel } from '../../ui/form-panel';
import { blankToNull } from '../../ui/form-values';
import { useCreateUnit } from './units.queries';

type LocalLevel = 'village' | 'organization';

const EMPTY = { level: 'village' as LocalLevel, type: '', name: '', shortName: '' };

/**
 * Adds a village / residential group or an organization under `parentCode` (shown only when canEdit).
 * Villages belong to communes only (the server refuses others), so elsewhere only organizations are offered.
 */
export function AddUnitForm({ parentCode, parentLevel }: { parentCode: string; parentLevel: UnitLevel }) {
  const canHoldVillages = parentLevel === 'commune';
  const first: typeof EMPTY = canHoldVillages ? EMPTY : { ...EMPTY, level: 'organization' };
  const [form, setForm] = useState(first);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [createdName, setCreatedName] = useState<string | null>(null);
  const create = useCreateUnit();
  const types: readonly string[] = form.level === 'village' ? VillageTypes : OrganizationTypes;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setCreatedName(null);
    const parsed = CreateUnitBody.safeParse({
      parent: parentCode,
      level: form.level,
      type: form.type,
      name: form.name,
      shortName: blankToNull(form.shortName),
    });
    if (!parsed.success) {
      setErrors(zodFieldErrors(parsed.error.issues));
      return;
    }
    setErrors({});
    create.mutate(parsed.data, {
      onSuccess: (unit) => {
        setCreatedName(unit.fullName);
        setForm({ ...EMPTY, level: form.level, type: form.type });
      },
      onError: (error) => setErrors(apiFieldErrors(error)),
    });
  };

  return (
    <FormPanel title={vi.unitDetail.addTitle} onSubmit={submit}>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <Select
          label={vi.unitDetail.addLevel}
          data={[
            ...(canHoldVillages ? [{ value: 'village', label: vi.levels.village }] : []),
            { value: 'organization', label: vi.levels.organization },
          ]}
          value={form.level}
          allowDeselect={false}
          onChange={(value) =>
            setForm({ ...form, level: value === 'organization' ? 'organization' : 'village', type: '' })
          }
        />
        <Select
          label={vi.unitDetail.addType}
          data={[...types]}
          value={form.type || null}
          onChange={(value) => setForm({ ...form, type: value ?? '' })}
          error={errors.type}
          required
        />
        <TextInput
          label={vi.unitDetail.addName}
          value={form.name}
          onChange={(event) => setForm({ ...form, name: event.currentTarget.value })}
          error={errors.name}
          required
        />
        <TextInput
          label={vi.unitDetail.addShortName}
          value={form.shortName}
          onChange={(event) => setForm({ ...form, shortName: event.currentTarget.value })}
          error={errors.shortName}
        />
      </SimpleGrid>
      <FormErrorAlert error={create.error} />
      {createdName && (
        <Alert color="green" variant="light" mt="sm" role="status">
          {vi.unitDetail.added(createdName)}
        </Alert>
      )}
      <Button type="submit" mt="sm" loading={create.isPending}>
        {vi.unitDetail.addSubmit}
      </Button>
    </FormPanel>
  );
}
