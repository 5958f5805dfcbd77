import { Alert, Box, Button, Grid, Group, Stack, Text } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useForm } from '@mantine/form';
import { useCallback, useMemo, useState } from 'react';
import type { UnitSummary } from '../../../contracts/units';
import { tableDate } from '../../../core/dates/vn-dates';
import { importVi } from '../../i18n/import.vi';
import { plansVi } from '../../i18n/plans.vi';
import { FormErrorAlert } from '../../ui/error-alert';
import type { DraftForm } from '../documents/draft-form-state';
import { planAreaCode } from '../plans/party-select';
import { planDocumentFieldsets } from '../plans/plan-document-fields';
import { planFormErrors, type PlanForm } from '../plans/plan-form-state';
import { PlanPartsFields } from '../plans/plan-parts-fields';
import { useCreatePlan } from '../plans/plans.queries';
import {
  checkImportedForm,
  errorCount,
  importCreateBody,
  importedPlanForm,
  partyNamesOf,
} from './import-form-state';
import { ImportWarnings } from './import-warnings';
import { highlightByLine, locateExtracts } from './locate-extracts';
import { MapNameModal } from './map-name-modal';
import { PartyNotes } from './party-notes';
import { useNameResolutions, type ImportReview as ImportReviewData } from './plan-import.queries';
import { lineElementId, SourceLines } from './source-lines';

const t = importVi.review;

interface ImportReviewProps {
  review: ImportReviewData;
  /** The unit a new plan is issued by unless the user picks another (the account's organization, else its unit). */
  initialUnit: UnitSummary | null;
  /** Dates "Quý I" when the plan names no year. */
  fallbackYear: number;
}

/** Step 2: the original lines beside the plan read from them (the form first on a phone), then saved as a draft. */
export function ImportReview({ review, initialUnit, fallbackYear }: ImportReviewProps) {
  const { draft: imported, lines } = review;
  // The plan editor's check (planFormErrors) decides whether it may be saved; the messages shown are the import's.
  const editor = useForm<PlanForm>({
    mode: 'controlled',
    initialValues: importedPlanForm(imported, initialUnit, fallbackYear),
    validate: planFormErrors,
    clearInputErrorOnChange: false,
  });
  const form = editor.values;
  const setForm = (update: (prev: PlanForm) => PlanForm) =>
    editor.setValues((prev) => update(prev as PlanForm));
  const [focusedLine, setFocusedLine] = useState<number | null>(null);
  const [mappingName, setMappingName] = useState<string | null>(null);
  const [hasTriedSave, setTriedSave] = useState(false);
  const create = useCreatePlan();
  const navigate = useNavigate();

  // The source side depends on the import only, never on the form being typed in.
  const located = useMemo(() => locateExtracts(imported, lines), [imported, lines]);
  const byLine = useMemo(() => highlightByLine(located.highlights, lines.length), [located, lines]);
  const warningLines = useMemo(() => new Set(imported.warnings.map((w) => w.line)), [imported]);

  // Shown from the start: a half-read plan comes with empty required fields to fill.
  const checked = useMemo(() => checkImportedForm(form), [form]);
  const remaining = errorCount(checked.errors);

  const unitCode = form.doc.unit?.code ?? null;
  const area = planAreaCode(form.doc.unit);
  const names = useMemo(() => partyNamesOf(form), [form]);
  const resolved = useNameResolutions(unitCode, names);
  const resolutions = useMemo(() => new Map((resolved.data ?? []).map((r) => [r.name, r])), [resolved.data]);

  const showLine = useCallback((line: number) => {
    setFocusedLine(line);
    document.getElementById(lineElementId(line))?.scrollIntoView({ behavior: 'smooth', block: 'center' });
  }, []);

  const changeDoc = (patch: Partial<DraftForm>) =>
    setForm((prev) => ({ ...prev, doc: { ...prev.doc, ...patch } }));
  const fieldsets = planDocumentFieldsets({
    doc: form.doc,
    errors: checked.errors.doc,
    onChange: changeDoc,
    printsParts: false,
    onUnitChange: (unit) => changeDoc({ unit }),
  });

  const submit = (values: PlanForm) => {
    setTriedSave(true);
    const { draft } = checkImportedForm(values);
    if (!draft) return;
    create.mutate(importCreateBody(values, draft, imported), {
      onSuccess: (plan) => void navigate({ to: '/ke-hoach/$id', params: { id: String(plan.id) } }),
    });
  };
  const showFirstError = () => {
    setTriedSave(true);
    const first = document.querySelector<HTMLElement>('[data-import-form] [aria-invalid="true"]');
    first?.scrollIntoView({ behavior: 'smooth', block: 'center' });
    first?.focus({ preventScroll: true });
  };

  return (
    <Stack gap="md">
      <Alert color="blue" variant="light">
        <Text size="sm">{t.summary(lines.length, imported.targets.length, imported.tasks.length)}</Text>
        {(imported.number || imported.date) && (
          <Text size="sm" mt={4}>
            {t.original(imported.number, imported.date ? tableDate(imported.date) : null)}
          </Text>
        )}
      </Alert>
      <ImportWarnings warnings={imported.warnings} onShowLine={showLine} />
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 5 }} order={{ base: 2, md: 1 }} miw={0}>
          <Box pos={{ base: 'static', md: 'sticky' }} top={76}>
            <SourceLines
              lines={lines}
              highlights={located.highlights}
              byLine={byLine}
              warningLines={warningLines}
              focusedLine={focusedLine}
              missingCount={located.missing.length}
            />
          </Box>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 7 }} order={{ base: 1, md: 2 }} miw={0}>
          <Box
            component="form"
            onSubmit={editor.onSubmit(submit, showFirstError)}
            noValidate
            data-import-form
          >
            <Stack gap="sm">
              <Text fw={600}>{t.structuredTitle}</Text>
              {remaining > 0 && (
                <Text size="sm" c="red.8">
                  {t.remaining(remaining)}
                </Text>
              )}
              <Alert color="blue" variant="light">
                {plansVi.editor.importedNotice}
              </Alert>
              {fieldsets.header}
              {fieldsets.body}
              <PlanPartsFields
                form={form}
                errors={checked.errors}
                onChange={setForm}
                area={area}
                canDeleteSavedTasks
                partyNotes={(partyNames) => (
                  <PartyNotes
                    names={partyNames}
                    resolutions={resolutions}
                    isChecking={resolved.isFetching}
                    onMap={setMappingName}
                  />
                )}
              />
              {resolved.error && (
                <Text size="sm" c="orange.8">
                  {importVi.parties.failed}
                </Text>
              )}
              {fieldsets.signer}
              {hasTriedSave && !checked.draft && (
                <Alert color="red" variant="light" role="alert">
                  {t.invalid}
                </Alert>
              )}
              <FormErrorAlert error={create.error} />
              <Group gap="xs">
                <Button type="submit" loading={create.isPending}>
                  {t.save}
                </Button>
              </Group>
            </Stack>
          </Box>
        </Grid.Col>
      </Grid>
      <MapNameModal name={mappingName} unitCode={unitCode} area={area} onClose={() => setMappingName(null)} />
    </Stack>
  );
}
