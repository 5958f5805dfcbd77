import { Alert, Box, Button, Grid, Group, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useEffect, useMemo, useState } from 'react';
import type { DocumentDraft } from '../../../contracts/documents';
import { plansVi } from '../../i18n/plans.vi';
import { FormErrorAlert } from '../../ui/error-alert';
import { ButtonLink } from '../../ui/router-links';
import { DocumentPreview } from '../documents/document-preview';
import type { DraftForm } from '../documents/draft-form-state';
import { useIssuerPrefill } from '../documents/issuer-prefill';
import { planYear } from './deadline-phrase';
import { planAreaCode } from './party-select';
import { planDocumentFieldsets } from './plan-document-fields';
import {
  budgetOf,
  formToCreateBody,
  hasErrors,
  planErrorsOf,
  planFormErrors,
  planFormToDraft,
  validatePlanForm,
  type PlanForm,
} from './plan-form-state';
import { PlanPartsFields } from './plan-parts-fields';
import { planSyncOps, type SyncOp } from './plan-sync';
import { planApi, useCreatePlan } from './plans.queries';

interface PlanEditorProps {
  /** null for a plan not saved yet. */
  planId: number | null;
  initialForm: PlanForm;
  /** A plan made in answer to a higher plan's cascade. */
  parentPlanId?: number | null;
  /** Saved tasks of an issued plan cannot be deleted. */
  isIssued?: boolean;
}

const t = plansVi.editor;

function runOp(planId: number, op: SyncOp): Promise<unknown> {
  switch (op.kind) {
    case 'deleteTarget':
      return planApi.deleteTarget(op.id);
    case 'updateTarget':
      return planApi.updateTarget(op.id, op.body);
    case 'createTarget':
      return planApi.createTarget(planId, op.body);
    case 'deleteTask':
      return planApi.deleteTask(op.id);
    case 'updateTask':
      return planApi.updateTask(op.id, op.body);
    case 'createTask':
      return planApi.createTask(planId, op.body);
  }
}

/** Saves an existing plan: its rows one by one, then the text (which writes the version with every row in it). */
function useSavePlan(planId: number | null) {
  const queryClient = useQueryClient();
  const [doneCalls, setDoneCalls] = useState(0);
  const mutation = useMutation({
    mutationFn: async ({
      saved,
      edited,
      draft,
    }: {
      saved: PlanForm;
      edited: PlanForm;
      draft: DocumentDraft;
    }) => {
      if (planId === null) throw new Error('useSavePlan needs a saved plan');
      setDoneCalls(0);
      for (const op of planSyncOps(saved, edited)) {
        await runOp(planId, op);
        setDoneCalls((n) => n + 1);
      }
      return planApi.update(planId, { draft, budget: budgetOf(edited), printParts: edited.printParts });
    },
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['plans'] }),
        queryClient.invalidateQueries({ queryKey: ['tasks'] }),
      ]),
  });
  return { mutation, isPartlySaved: mutation.isError && doneCalls > 0 };
}

/** The plan's form beside its live NĐ 30 preview (stacked on a phone). */
export function PlanEditor({ planId, initialForm, parentPlanId = null, isIssued = false }: PlanEditorProps) {
  // The form as loaded or last saved is its initial values (useForm keeps the first initialForm it is given).
  const editor = useForm<PlanForm>({
    mode: 'controlled',
    initialValues: initialForm,
    validate: planFormErrors,
    clearInputErrorOnChange: false,
  });
  const form = editor.values;
  const savedForm = editor.getInitialValues();
  const errors = planErrorsOf(editor.errors);
  const setForm = (update: (prev: PlanForm) => PlanForm) =>
    editor.setValues((prev) => update(prev as PlanForm));
  const create = useCreatePlan();
  const { mutation: save, isPartlySaved } = useSavePlan(planId);
  const navigate = useNavigate();

  const draft = useMemo(() => planFormToDraft(form), [form]);
  const isDirty = JSON.stringify(form) !== JSON.stringify(savedForm);
  const changeDoc = (patch: Partial<DraftForm>) =>
    setForm((prev) => ({
      ...prev,
      doc: { ...prev.doc, ...patch },
      // A new plan's year (for "Quý I" and the like) follows "… năm 2025" in its title.
      year: planId === null && patch.title !== undefined ? planYear(patch.title, savedForm.year) : prev.year,
    }));

  // Letterhead lines follow the issuing unit until the user types their own (as in the documents editor).
  const prefillFrom = useIssuerPrefill((patchOf) =>
    setForm((prev) => ({ ...prev, doc: { ...prev.doc, ...patchOf(prev.doc) } })),
  );
  useEffect(() => {
    if (planId === null && initialForm.doc.issuerName === '') void prefillFrom(initialForm.doc.unit);
    // Only once, for the unit a new plan starts with.
  }, []);

  const submit = (values: PlanForm) => {
    const checked = validatePlanForm(values);
    if (!checked.draft) return;
    const goToPlan = (id: number) =>
      void navigate({ to: '/ke-hoach/$id', params: { id: String(id) }, replace: planId === null });
    if (planId === null)
      create.mutate(formToCreateBody(values, checked.draft, parentPlanId), {
        onSuccess: (plan) => goToPlan(plan.id),
      });
    else
      save.mutate(
        { saved: savedForm, edited: values, draft: checked.draft },
        { onSuccess: (plan) => goToPlan(plan.id) },
      );
  };

  const fieldsets = planDocumentFieldsets({
    doc: form.doc,
    errors: errors.doc,
    onChange: changeDoc,
    printsParts: form.printParts,
    onUnitChange:
      planId === null
        ? (unit) => {
            changeDoc({ unit });
            void prefillFrom(unit);
          }
        : undefined,
  });
  const pending = create.isPending || save.isPending;

  return (
    <Box component="form" onSubmit={editor.onSubmit(submit)} noValidate>
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 6 }} miw={0}>
          <Stack gap="sm">
            {!form.printParts && (
              <Alert color="blue" variant="light">
                {t.importedNotice}
              </Alert>
            )}
            {fieldsets.header}
            {fieldsets.body}
            <PlanPartsFields
              form={form}
              errors={errors}
              onChange={setForm}
              area={planAreaCode(form.doc.unit)}
              canDeleteSavedTasks={!isIssued}
            />
            {fieldsets.signer}
            {hasErrors(errors) && (
              <Alert color="red" variant="light" role="alert">
                {t.invalid}
              </Alert>
            )}
            <FormErrorAlert error={create.error ?? save.error} />
            {isPartlySaved && (
              <Alert color="yellow" variant="light" role="alert">
                {t.partlySaved}
              </Alert>
            )}
            <Group gap="xs">
              <Button type="submit" loading={pending}>
                {t.save}
              </Button>
              {planId !== null && (
                <ButtonLink variant="default" to="/ke-hoach/$id" params={{ id: String(planId) }}>
                  {t.cancel}
                </ButtonLink>
              )}
            </Group>
            {isDirty && (
              <Text size="sm" c="dimmed">
                {t.unsaved}
              </Text>
            )}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6 }} miw={0}>
          <Box pos={{ base: 'static', md: 'sticky' }} top={76}>
            <Text fw={600} mb={4}>
              {t.preview}
            </Text>
            <DocumentPreview draft={draft} />
          </Box>
        </Grid.Col>
      </Grid>
    </Box>
  );
}
