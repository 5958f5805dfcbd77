import { Alert, Button, Select, SimpleGrid, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { CreateUnitBody, OrganizationTypes, VillageTypes, type UnitLevel } from '../../../contracts/units';
import { vi } from '../../i18n/vi';
import { FormErrorAlert } from '../../ui/error-alert';
import { apiFormErrors, bodyValidate } from '../../ui/form';
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
  const toBody = (values: typeof EMPTY) => ({
    parent: parentCode,
    level: values.level,
    type: values.type,
    name: values.name,
    shortName: blankToNull(values.shortName),
  });
  // The contract's CreateUnitBody on the unit as it would be sent.
  const unitForm = useForm({
    mode: 'controlled',
    initialValues: first,
    validate: bodyValidate(CreateUnitBody, toBody),
    clearInputErrorOnChange: false,
  });
  const form = unitForm.values;
  const [createdName, setCreatedName] = useState<string | null>(null);
  const create = useCreateUnit();
  const types: readonly string[] = form.level === 'village' ? VillageTypes : OrganizationTypes;

  const submit = (values: typeof EMPTY) => {
    setCreatedName(null);
    create.mutate(CreateUnitBody.parse(toBody(values)), {
      onSuccess: (unit) => {
        setCreatedName(unit.fullName);
        unitForm.setValues({ ...EMPTY, level: values.level, type: values.type });
      },
      onError: (error) => unitForm.setErrors(apiFormErrors(error)),
    });
  };

  return (
    <FormPanel
      title={vi.unitDetail.addTitle}
      onSubmit={unitForm.onSubmit(submit, () => setCreatedName(null))}
    >
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
            unitForm.setValues({ level: value === 'organization' ? 'organization' : 'village', type: '' })
          }
        />
        <Select
          label={vi.unitDetail.addType}
          data={[...types]}
          value={form.type || null}
          onChange={(value) => unitForm.setFieldValue('type', value ?? '')}
          error={unitForm.errors.type}
          required
        />
        <TextInput label={vi.unitDetail.addName} {...unitForm.getInputProps('name')} required />
        <TextInput label={vi.unitDetail.addShortName} {...unitForm.getInputProps('shortName')} />
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
