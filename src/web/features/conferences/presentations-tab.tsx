import { Button, Group, NumberInput, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { PresentationInput, type ConferenceDetail } from '../../../contracts/conferences';
import { useMe } from '../auth/auth.queries';
import { checkinVi } from '../../i18n/checkin.vi';
import { ErrorAlert, FormErrorAlert } from '../../ui/error-alert';
import { FormPanel } from '../../ui/form-panel';
import { blankToNull } from '../../ui/form-values';
import { zodFieldErrors, type FieldErrors } from '../../ui/form-errors';
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

function AddPresentationForm({ conferenceId, onDone }: { conferenceId: number; onDone: () => void }) {
  const create = useCeremonyMutation((body: PresentationInput) =>
    presentationsApi.createPresentation(conferenceId, body),
  );
  const [topic, setTopic] = useState('');
  const [unit, setUnit] = useState('');
  const [presenter, setPresenter] = useState('');
  const [minMinutes, setMin] = useState<number | string>(5);
  const [maxMinutes, setMax] = useState<number | string>(7);
  const [dueDate, setDueDate] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = PresentationInput.safeParse({
      topic,
      unit: blankToNull(unit),
      presenter: blankToNull(presenter),
      minMinutes: typeof minMinutes === 'number' ? minMinutes : null,
      maxMinutes: typeof maxMinutes === 'number' ? maxMinutes : null,
      dueDate: blankToNull(dueDate),
    });
    if (!parsed.success) {
      setErrors(zodFieldErrors(parsed.error.issues));
      return;
    }
    setErrors({});
    create.mutate(parsed.data, { onSuccess: onDone });
  };

  return (
    <FormPanel title={t.addTitle} titleId="presentation-add" onSubmit={submit}>
      <Stack gap="sm">
        <TextInput
          label={t.topic}
          value={topic}
          onChange={(e) => setTopic(e.currentTarget.value)}
          error={errors.topic}
          withAsterisk
        />
        <TextInput
          label={t.unit}
          placeholder={t.unitPlaceholder}
          value={unit}
          onChange={(e) => setUnit(e.currentTarget.value)}
          error={errors.unit}
        />
        <TextInput
          label={t.presenter}
          value={presenter}
          onChange={(e) => setPresenter(e.currentTarget.value)}
          error={errors.presenter}
        />
        <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="sm">
          <NumberInput
            label={t.minMinutes}
            value={minMinutes}
            onChange={setMin}
            min={0}
            max={120}
            error={errors.minMinutes}
          />
          <NumberInput
            label={t.maxMinutes}
            value={maxMinutes}
            onChange={setMax}
            min={0}
            max={120}
            error={errors.maxMinutes}
          />
          <TextInput
            type="date"
            label={t.dueDate}
            value={dueDate}
            onChange={(e) => setDueDate(e.currentTarget.value)}
            error={errors.dueDate}
          />
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
