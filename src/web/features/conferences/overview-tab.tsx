import { Alert, Button, List, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import type { ConferenceDetail } from '../../../contracts/conferences';
import { conferencesVi } from '../../i18n/conferences.vi';
import { FormErrorAlert } from '../../ui/error-alert';
import { apiFormErrors } from '../../ui/form';
import { AnchorLink } from '../../ui/router-links';
import { SectionCard } from '../../ui/section-card';
import { BudgetSection } from './budget-section';
import { ChecklistSection } from './checklist-section';
import { ConferenceFactsFields } from './conference-facts-fields';
import {
  detailToForm,
  formToInput,
  validateConferenceForm,
  type ConferenceForm,
  type FormErrors,
} from './conference-form-state';
import { ConferenceStatusSteps } from './conference-status';
import { conferenceApi, useConferenceMutation } from './conferences.queries';
import { ConferenceFactsView } from './facts-view';

const t = conferencesVi;

/** The organiser's form; an account that may only read sees ConferenceFactsView instead. */
function FactsForm({ conference }: { conference: ConferenceDetail }) {
  const form = useForm<ConferenceForm>({
    mode: 'controlled',
    initialValues: detailToForm(conference),
    // The contract's ConferenceInput, and sessions that end after they start.
    validate: validateConferenceForm,
    clearInputErrorOnChange: false,
  });
  const errors = form.errors as FormErrors;
  const [isSaved, setSaved] = useState(false);
  const save = useConferenceMutation(
    (values: ConferenceForm) => conferenceApi.update(conference.id, formToInput(values)),
    {
      onSuccess: (saved) => {
        form.setValues(detailToForm(saved));
        setSaved(true);
      },
    },
  );
  const submit = (values: ConferenceForm) => {
    setSaved(false);
    save.mutate(values, { onError: (error) => form.setErrors(apiFormErrors(error)) });
  };
  return (
    <form onSubmit={form.onSubmit(submit, () => setSaved(false))} noValidate aria-labelledby="facts">
      <Stack gap="sm">
        <ConferenceFactsFields
          form={form.values}
          onChange={(patch) => {
            setSaved(false);
            form.setValues(patch);
          }}
          errors={errors}
        />
        {Object.keys(errors).length > 0 && !save.error && (
          <Alert color="red" variant="light">
            {t.form.invalid}
          </Alert>
        )}
        <FormErrorAlert error={save.error} />
        {isSaved && (
          <Alert color="green" variant="light" role="status">
            {t.form.saved}
          </Alert>
        )}
        <div>
          <Button type="submit" loading={save.isPending}>
            {t.form.save}
          </Button>
        </div>
      </Stack>
    </form>
  );
}

/** Tổng quan: the status steps, what the plan left to check, the facts, the dự toán and the preparation checklist. */
export function OverviewTab({ conference }: { conference: ConferenceDetail }) {
  return (
    <Stack gap="md">
      <SectionCard titleId="status" title={t.detail.statusTitle}>
        <ConferenceStatusSteps conference={conference} />
      </SectionCard>
      {conference.warnings.length > 0 && (
        <Alert color="orange" variant="light" title={t.detail.warnings}>
          <List size="sm" spacing={2}>
            {conference.warnings.map((warning) => (
              <List.Item key={warning}>{warning}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      <SectionCard titleId="facts" title={t.detail.facts}>
        {conference.plan && (
          <Text size="sm" mb="sm">
            {t.detail.plan}:{' '}
            <AnchorLink to="/ke-hoach/$id" params={{ id: String(conference.plan.id) }} search={{}}>
              {conference.plan.number ? `${conference.plan.number} – ` : ''}
              {conference.plan.title}
            </AnchorLink>
          </Text>
        )}
        {conference.permissions.canEdit ? (
          <FactsForm key={conference.id} conference={conference} />
        ) : (
          <ConferenceFactsView conference={conference} />
        )}
      </SectionCard>
      <BudgetSection conference={conference} />
      <ChecklistSection conference={conference} />
    </Stack>
  );
}
