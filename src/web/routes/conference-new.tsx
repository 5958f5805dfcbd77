import { Alert, Button, Stack, Text } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import type { UnitSummary } from '../../contracts/units';
import { ConferenceFactsFields } from '../features/conferences/conference-facts-fields';
import {
  emptyConferenceForm,
  formToInput,
  validateConferenceForm,
  type ConferenceForm,
  type FormErrors,
} from '../features/conferences/conference-form-state';
import { conferenceApi, useConferenceMutation } from '../features/conferences/conferences.queries';
import { PlanPicker } from '../features/conferences/plan-picker';
import { UnitSelect } from '../features/units/unit-select';
import { useWorkingUnit } from '../features/units/working-unit';
import { conferencesVi } from '../i18n/conferences.vi';
import { FormErrorAlert } from '../ui/error-alert';
import { apiFieldErrors } from '../ui/form-errors';
import { PageHeader } from '../ui/page-header';
import { AnchorLink } from '../ui/router-links';
import { SectionCard } from '../ui/section-card';

const t = conferencesVi;

function ManualConferenceForm() {
  const { unit: workingUnit } = useWorkingUnit();
  const navigate = useNavigate();
  const [form, setForm] = useState<ConferenceForm>(emptyConferenceForm);
  const [host, setHost] = useState<UnitSummary | null>(workingUnit);
  const [errors, setErrors] = useState<FormErrors>({});
  const create = useConferenceMutation(
    (unit: string) => conferenceApi.create({ ...formToInput(form), unit }),
    {
      onSuccess: (created) =>
        void navigate({ to: '/hoi-nghi/$id', params: { id: String(created.id) }, search: {} }),
    },
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = validateConferenceForm(form);
    if (!host) found.host = t.form.missingHost;
    setErrors(found);
    if (Object.keys(found).length > 0 || !host) return;
    create.mutate(host.code, { onError: (error) => setErrors(apiFieldErrors(error)) });
  };
  const hasErrors = Object.keys(errors).length > 0;
  return (
    <form onSubmit={submit} noValidate aria-label={t.newPage.manual}>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t.newPage.manualIntro}
        </Text>
        <UnitSelect
          label={t.form.host}
          value={host}
          onChange={setHost}
          scope="capture"
          error={errors.host}
          required
        />
        <ConferenceFactsFields
          form={form}
          onChange={(patch) => setForm((current) => ({ ...current, ...patch }))}
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
