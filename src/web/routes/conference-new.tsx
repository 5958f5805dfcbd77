import { Alert, Button, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useNavigate } from '@tanstack/react-router';
import type { UnitSummary } from '../../contracts/units';
import { ConferenceFactsFields } from '../features/conferences/conference-facts-fields';
import {
  emptyConferenceForm,
  formToInput,
  validateConferenceForm,
  type ConferenceForm,
} from '../features/conferences/conference-form-state';
import { conferenceApi, useConferenceMutation } from '../features/conferences/conferences.queries';
import { PlanPicker } from '../features/conferences/plan-picker';
import { UnitSelect } from '../features/units/unit-select';
import { useWorkingUnit } from '../features/units/working-unit';
import { conferencesVi } from '../i18n/conferences.vi';
import { FormErrorAlert } from '../ui/error-alert';
import { apiFormErrors, errorText } from '../ui/form';
import { PageHeader } from '../ui/page-header';
import { AnchorLink } from '../ui/router-links';
import { SectionCard } from '../ui/section-card';

const t = conferencesVi;

/** The facts of the new conference and the unit that holds it. */
type NewConferenceValues = ConferenceForm & { host: UnitSummary | null };

function ManualConferenceForm() {
  const { unit: workingUnit } = useWorkingUnit();
  const navigate = useNavigate();
  const form = useForm<NewConferenceValues>({
    mode: 'controlled',
    initialValues: { ...emptyConferenceForm(), host: workingUnit },
    // The contract's ConferenceInput (see validateConferenceForm), and a host unit.
    validate: (values) => ({
      ...validateConferenceForm(values),
      ...(values.host ? {} : { host: t.form.missingHost }),
    }),
    clearInputErrorOnChange: false,
  });
  const create = useConferenceMutation(
    ({ values, unit }: { values: ConferenceForm; unit: string }) =>
      conferenceApi.create({ ...formToInput(values), unit }),
    {
      onSuccess: (created) =>
        void navigate({ to: '/hoi-nghi/$id', params: { id: String(created.id) }, search: {} }),
    },
  );
  const submit = (values: NewConferenceValues) => {
    if (!values.host) return;
    create.mutate(
      { values, unit: values.host.code },
      { onError: (error) => form.setErrors(apiFormErrors(error)) },
    );
  };
  const errors = form.errors as Partial<Record<string, string>>;
  const hasErrors = Object.keys(errors).length > 0;
  return (
    <form onSubmit={form.onSubmit(submit)} noValidate aria-label={t.newPage.manual}>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t.newPage.manualIntro}
        </Text>
        <UnitSelect
          label={t.form.host}
          value={form.values.host}
          onChange={(host) => form.setFieldValue('host', host)}
          scope="capture"
          error={errorText(errors.host)}
          required
        />
        <ConferenceFactsFields
          form={form.values}
          onChange={(patch) => form.setValues(patch)}
          errors={errors}
        />
        {hasErrors && !create.error && (
          <Alert color="red" variant="light">
            {t.form.invalid}
          </Alert>
        )}
        <FormErrorAlert error={create.error} />
        <div>
          <Button type="submit" loading={create.isPending}>
            {t.newPage.submit}
          </Button>
        </div>
      </Stack>
    </form>
  );
}

/** /hoi-nghi/moi: from a plan (the usual way), or typed in for a conference without one. */
export function NewConferencePage() {
  return (
    <>
      <PageHeader
        title={t.newPage.title}
        crumbs={[
          <AnchorLink key="list" to="/hoi-nghi">
            {t.breadcrumb}
          </AnchorLink>,
        ]}
      />
      <Stack gap="md" maw={900}>
        <SectionCard titleId="from-plan" title={t.newPage.fromPlan}>
          <Stack gap="sm">
            <Text size="sm" c="dimmed">
              {t.newPage.fromPlanIntro}
            </Text>
            <PlanPicker />
          </Stack>
        </SectionCard>
        <SectionCard titleId="manual" title={t.newPage.manual}>
          <ManualConferenceForm />
        </SectionCard>
      </Stack>
    </>
  );
}
