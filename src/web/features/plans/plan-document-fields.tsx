import { Fieldset, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import type { UnitSummary } from '../../../contracts/units';
import { plansVi } from '../../i18n/plans.vi';
import { vi } from '../../i18n/vi';
import type { DraftErrors, DraftForm } from '../documents/draft-form-state';
import { UnitSelect } from '../units/unit-select';

interface PlanDocumentFieldsProps {
  doc: DraftForm;
  errors: DraftErrors;
  onChange: (patch: Partial<DraftForm>) => void;
  /** Only a new plan chooses its issuing unit; a saved one keeps it (its number series and area). */
  onUnitChange?: (unit: UnitSummary | null) => void;
  /** False for an imported plan, whose body is printed as written (no generated parts to explain). */
  printsParts: boolean;
}

const t = vi.documents;

type TextKey = Exclude<keyof DraftForm, 'kind' | 'unit'>;

/** The document fieldsets of a plan (the documents editor's fields without the kind: a plan is always KH), placed by the editor around the plan's own parts. */
export function planDocumentFieldsets({
  doc,
  errors,
  onChange,
  onUnitChange,
  printsParts,
}: PlanDocumentFieldsProps) {
  const text = (key: TextKey, label: string, props: { required?: boolean; description?: string } = {}) => (
    <TextInput
      label={label}
      value={doc[key]}
      onChange={(e) => onChange({ [key]: e.currentTarget.value })}
      error={errors[key]}
      {...props}
    />
  );
  const area = (
    key: TextKey,
    label: string,
    props: { required?: boolean; description?: string; minRows?: number } = {},
  ) => (
    <Textarea
      label={label}
      value={doc[key]}
      onChange={(e) => onChange({ [key]: e.currentTarget.value })}
      error={errors[key]}
      autosize
      minRows={props.minRows ?? 2}
      maxRows={20}
      required={props.required}
      description={props.description}
    />
  );
  return {
    header: (
      <Fieldset legend={t.groupHeader}>
        <Stack gap="xs">
          {onUnitChange && (
            <UnitSelect
              label={t.issuingUnit}
              description={t.issuingUnitHint}
              value={doc.unit}
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
          {area('title', t.docTitle, { required: true, minRows: 1 })}
          {area('legalBases', t.legalBases)}
        </Stack>
      </Fieldset>
    ),
    body: (
      <Fieldset legend={plansVi.editor.groupBody}>
        {area('body', plansVi.editor.bodyLabel, {
          description: printsParts ? `${plansVi.editor.bodyHint} ${t.bodyHint}` : t.bodyHint,
          minRows: 6,
        })}
      </Fieldset>
    ),
    signer: (
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
    ),
  };
}
