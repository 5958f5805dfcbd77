import { Button, Group, SimpleGrid, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { UpdateUnitBody, type UnitDetail, type UnitSummary } from '../../../contracts/units';
import { unitIssuerAbbreviation } from '../../../core/documents/issuer-abbreviation';
import { vi } from '../../i18n/vi';
import { FormErrorAlert } from '../../ui/error-alert';
import { apiFormErrors, bodyValidate } from '../../ui/form';
import { FormPanel } from '../../ui/form-panel';
import { blankToNull } from '../../ui/form-values';
import { useUpdateUnit } from './units.queries';

type Values = { name: string; shortName: string; symbol: string };

/**
 * Renames a village or organization, and (for its unit administrators) sets the ký hiệu its documents carry; an
 * official unit keeps the national list's name and shows the ký hiệu alone. Only the fields that changed are sent.
 */
export function EditUnitForm({
  unit,
  canSetSymbol = false,
  onSaved,
  onCancel,
}: {
  unit: UnitSummary & Partial<Pick<UnitDetail, 'symbol'>>;
  /** Whether the account administers the unit (UnitDetail.permissions.canAdminister). */
  canSetSymbol?: boolean;
  onSaved: () => void;
  onCancel: () => void;
}) {
  const canRename = !unit.isOfficial;
  /** The group the unit's name gives, what a blank field means. */
  const fromName = unitIssuerAbbreviation({ level: unit.level, name: unit.name, symbol: null });
  /** Only what changed, as PATCH takes it. */
  const changes = (values: Values) => {
    const body: Record<string, unknown> = {};
    if (canRename && values.name.trim() !== unit.name) body.name = values.name;
    if (canRename && blankToNull(values.shortName) !== unit.shortName)
      body.shortName = blankToNull(values.shortName);
    if (canSetSymbol && blankToNull(values.symbol) !== (unit.symbol ?? null))
      body.symbol = blankToNull(values.symbol);
    return body;
  };
  // The contract's UpdateUnitBody on what changed.
  const form = useForm({
    mode: 'controlled',
    initialValues: { name: unit.name, shortName: unit.shortName ?? '', symbol: unit.symbol ?? '' },
    validate: bodyValidate(UpdateUnitBody, changes),
    clearInputErrorOnChange: false,
  });
  const update = useUpdateUnit();

  const submit = (values: Values) => {
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

  const title = canRename ? vi.unitDetail.editTitle : vi.unitDetail.editSymbolTitle;
  return (
    <FormPanel title={title} titleId="unit-edit-title" onSubmit={form.onSubmit(submit)}>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        {canRename && (
          <>
            <TextInput label={vi.unitDetail.name} {...form.getInputProps('name')} required autoFocus />
            <TextInput label={vi.units.shortName} {...form.getInputProps('shortName')} />
          </>
        )}
        {canSetSymbol && (
          <TextInput
            label={vi.units.symbol}
            description={vi.unitDetail.symbolHint(fromName)}
            placeholder={fromName}
            autoFocus={!canRename}
            {...form.getInputProps('symbol')}
          />
        )}
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
