import { Button, Group, NumberInput, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { PresentationInput, type ConferenceDetail } from '../../../contracts/conferences';
import { useMe } from '../auth/auth.queries';
import { checkinVi } from '../../i18n/checkin.vi';
import { ErrorAlert, FormErrorAlert } from '../../ui/error-alert';
import { FormPanel } from '../../ui/form-panel';
import { blankToNull } from '../../ui/form-values';
import { bodyValidate } from '../../ui/form';
import { PresentationCard } from './presentations-card';
import { presentationsApi, useCeremonyMutation, usePresentations } from './presentations-queries';

const t = checkinVi.presentations;

/** Tab "Tham luận": each assigned presentation with its file and review; the organiser adds, reviews, reminds. */
export function PresentationsTab({ conference }: { conference: ConferenceDetail }) {
  const me = useMe();
  const list = usePresentations(conference.id, conference.presentations);
  const remind = useCeremonyMutation(() => presentationsApi.remind(conference.id));
  const [isAdding, setAdding] = useState(false);
  const canEdit = conference.permissions.canEdit;
  const own = new Set(
    [me.unit?.id, me.organization?.id, me.captureScope?.id].filter((id) => id !== undefined),
  );

  return (
    <Stack gap="sm">
      {canEdit && (
        <Group gap="xs">
          <Button variant="light" onClick={() => setAdding((open) => !open)}>
            {t.add}
          </Button>
          <Button variant="default" loading={remind.isPending} onClick={() => remind.mutate(undefined)}>
            {t.remind}
          </Button>
        </Group>
      )}
      {remind.data && (
        <Text size="sm" c="green.8" role="status">
          {t.reminded(remind.data.notified)}
        </Text>
      )}
      <ErrorAlert error={remind.error ?? list.error} />
      {isAdding && <AddPresentationForm conferenceId={conference.id} onDone={() => setAdding(false)} />}
      {list.data.length === 0 && <Text c="dimmed">{t.none}</Text>}
      {list.data.map((presentation) => (
        <PresentationCard
          key={presentation.id}
          presentation={presentation}
          canEdit={canEdit}
          canUpload={canEdit || (presentation.unitId !== null && own.has(presentation.unitId))}
        />
      ))}
    </Stack>
  );
}

interface PresentationValues {
  topic: string;
  unit: string;
  presenter: string;
  minMinutes: number | string;
  maxMinutes: number | string;
  dueDate: string;
}

const toBody = (values: PresentationValues) => ({
  topic: values.topic,
  unit: blankToNull(values.unit),
  presenter: blankToNull(values.presenter),
  minMinutes: typeof values.minMinutes === 'number' ? values.minMinutes : null,
  maxMinutes: typeof values.maxMinutes === 'number' ? values.maxMinutes : null,
  dueDate: blankToNull(values.dueDate),
});

function AddPresentationForm({ conferenceId, onDone }: { conferenceId: number; onDone: () => void }) {
  const create = useCeremonyMutation((body: PresentationInput) =>
    presentationsApi.createPresentation(conferenceId, body),
  );
  // The contract's PresentationInput on the presentation as it would be sent.
  const form = useForm<PresentationValues>({
    mode: 'controlled',
    initialValues: { topic: '', unit: '', presenter: '', minMinutes: 5, maxMinutes: 7, dueDate: '' },
    validate: bodyValidate(PresentationInput, toBody),
    clearInputErrorOnChange: false,
  });
  const submit = (values: PresentationValues) =>
    create.mutate(PresentationInput.parse(toBody(values)), { onSuccess: onDone });

  return (
    <FormPanel title={t.addTitle} titleId="presentation-add" onSubmit={form.onSubmit(submit)}>
      <Stack gap="sm">
        <TextInput label={t.topic} {...form.getInputProps('topic')} withAsterisk />
        <TextInput label={t.unit} placeholder={t.unitPlaceholder} {...form.getInputProps('unit')} />
        <TextInput label={t.presenter} {...form.getInputProps('presenter')} />
        <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="sm">
          <NumberInput label={t.minMinutes} {...form.getInputProps('minMinutes')} min={0} max={120} />
          <NumberInput label={t.maxMinutes} {...form.getInputProps('maxMinutes')} min={0} max={120} />
          <TextInput type="date" label={t.dueDate} {...form.getInputProps('dueDate')} />
        </SimpleGrid>
        <Group>
          <Button type="submit" loading={create.isPending}>
            {t.save}
          </Button>
        </Group>
        <FormErrorAlert error={create.error} />
      </Stack>
    </FormPanel>
  );
}
