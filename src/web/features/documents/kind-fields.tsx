import { Fieldset, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { vi } from '../../i18n/vi';
import type { DraftErrors, DraftForm } from './draft-form-state';

interface FieldsProps {
  form: DraftForm;
  errors: DraftErrors;
  onChange: (patch: Partial<DraftForm>) => void;
}

const t = vi.documents;

/** The fields only some kinds print: Giấy mời (Mẫu 1.7), Quyết định (articles), Biên bản (Mẫu 1.9). */
export function KindFields({ form, errors, onChange }: FieldsProps) {
  const text = (key: keyof DraftForm, label: string, required = false) => (
    <TextInput
      label={label}
      value={form[key] as string}
      onChange={(e) => onChange({ [key]: e.currentTarget.value })}
      error={errors[key]}
      required={required}
    />
  );
  const area = (key: keyof DraftForm, label: string, required = false) => (
    <Textarea
      label={label}
      value={form[key] as string}
      onChange={(e) => onChange({ [key]: e.currentTarget.value })}
      error={errors[key]}
      required={required}
      autosize
      minRows={2}
      maxRows={10}
    />
  );
  if (form.kind === 'GM')
    return (
      <Fieldset legend={t.invitationGroup}>
        <Stack gap="xs">
          {text('invitee', t.invitee)}
          {area('event', t.event, true)}
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
            {text('chair', t.chair)}
            {text('time', t.time, true)}
          </SimpleGrid>
          {text('eventPlace', t.eventPlace, true)}
          {text('closing', t.closing)}
        </Stack>
      </Fieldset>
    );
  if (form.kind === 'QĐ')
    return (
      <Fieldset legend={t.decisionGroup}>
        <Stack gap="xs">
          {text('authorityLine', t.authorityLine, true)}
          {area('articles', t.articles, true)}
        </Stack>
      </Fieldset>
    );
  if (form.kind === 'BB')
    return (
      <Fieldset legend={t.minutesGroup}>
        <Stack gap="xs">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
            {text('startTime', t.startTime, true)}
            {text('endTime', t.endTime, true)}
          </SimpleGrid>
          {text('minutesPlace', t.eventPlace, true)}
          {area('attendees', t.attendees)}
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
            {text('minutesChair', t.minutesChair, true)}
            {text('secretary', t.secretary, true)}
          </SimpleGrid>
        </Stack>
      </Fieldset>
    );
  return null;
}
