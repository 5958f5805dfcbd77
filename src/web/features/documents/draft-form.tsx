import { Fieldset, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import type { DocumentKind } from '../../../contracts/documents';
import type { UnitSummary } from '../../../contracts/units';
import { vi } from '../../i18n/vi';
import { UnitSelect } from '../units/unit-select';
import { ADDRESSED_KINDS, KIND_OPTIONS, type DraftErrors, type DraftForm } from './draft-form-state';
import { KindFields } from './kind-fields';

interface DraftFormFieldsProps {
  form: DraftForm;
  errors: DraftErrors;
  onChange: (patch: Partial<DraftForm>) => void;
  /** Only a new draft chooses its issuing unit; a saved one keeps it (and its number series). */
  onUnitChange?: (unit: UnitSummary | null) => void;
}

const t = vi.documents;

/** The fields of a draft, grouped as the page prints them: header, content, signer and recipients. */
export function DraftFormFields({ form, errors, onChange, onUnitChange }: DraftFormFieldsProps) {
  const text = (
    key: keyof DraftForm,
    label: string,
    props: { required?: boolean; description?: string } = {},
  ) => (
    <TextInput
      label={label}
      value={form[key] as string}
      onChange={(e) => onChange({ [key]: e.currentTarget.value })}
      error={errors[key]}
      {...props}
    />
  );
  const area = (
    key: keyof DraftForm,
    label: string,
    props: { required?: boolean; description?: string; minRows?: number } = {},
  ) => (
    <Textarea
      label={label}
      value={form[key] as string}
      onChange={(e) => onChange({ [key]: e.currentTarget.value })}
      error={errors[key]}
      autosize
      minRows={props.minRows ?? 2}
      maxRows={20}
      required={props.required}
      description={props.description}
    />
  );
  return (
    <Stack gap="sm">
      <Fieldset legend={t.groupHeader}>
        <Stack gap="xs">
          <Select
            label={t.kind}
            data={KIND_OPTIONS}
            value={form.kind}
            onChange={(kind) => kind && onChange({ kind: kind as DocumentKind })}
            allowDeselect={false}
            searchable
            comboboxProps={{ withinPortal: true }}
          />
          {onUnitChange && (
            <UnitSelect
              label={t.issuingUnit}
              description={t.issuingUnitHint}
              value={form.unit}
              onChange={onUnitChange}
              scope="capture"
            />
          )}
          {text('issuerParent', t.issuerParent)}
          {text('issuerName', t.issuerName, { required: true })}
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
            {text('symbol', t.symbol, { description: t.symbolHint })}
            {text('place', t.place, { required: true })}
          </SimpleGrid>
        </Stack>
      </Fieldset>
      <Fieldset legend={t.groupBody}>
        <Stack gap="xs">
          {area('title', t.docTitle, { required: true, minRows: 1 })}
          {ADDRESSED_KINDS.includes(form.kind) && area('addressees', t.addressees)}
          {area('legalBases', t.legalBases)}
          {area('body', t.body, { description: t.bodyHint, minRows: 6 })}
        </Stack>
      </Fieldset>
      <KindFields form={form} errors={errors} onChange={onChange} />
      <Fieldset legend={t.groupSigner}>
        <Stack gap="xs">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
            {text('signerAuthority', t.signerAuthority)}
            {text('signerDelegation', t.signerDelegation)}
            {text('signerPosition', t.signerPosition, { required: true })}
            {text('signerName', t.signerName, { required: true })}
          </SimpleGrid>
          {area('recipients', t.recipients, { description: t.recipientsHint })}
        </Stack>
      </Fieldset>
    </Stack>
  );
}
