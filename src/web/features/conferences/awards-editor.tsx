import { ActionIcon, Button, Group, Paper, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { AwardsBody, type AwardBatch } from '../../../contracts/conferences';
import { checkinVi } from '../../i18n/checkin.vi';
import { FormErrorAlert } from '../../ui/error-alert';
import { apiFormErrors, bodyValidate } from '../../ui/form';
import {
  move,
  newAwardee,
  newBatch,
  removeAt,
  replaceAt,
  toBody,
  toDrafts,
  type AwardeeDraft,
  type AwardeeKind,
  type BatchDraft,
} from './awards-edit';
import { awardsApi } from './awards-queries';
import { useCeremonyMutation } from './presentations-queries';

const t = checkinVi.awards;
const KINDS: AwardeeKind[] = ['collective', 'individual', 'household'];
const kindOptions = KINDS.map((value) => ({ value, label: t.kind[value] }));

function MoveButtons({
  index,
  count,
  onMove,
  onRemove,
  what,
}: {
  index: number;
  count: number;
  onMove: (delta: number) => void;
  onRemove: () => void;
  what: string;
}) {
  return (
    <Group gap={4} wrap="nowrap">
      <ActionIcon
        variant="default"
        disabled={index === 0}
        onClick={() => onMove(-1)}
        aria-label={`${t.up}: ${what}`}
      >
        ↑
      </ActionIcon>
      <ActionIcon
        variant="default"
        disabled={index === count - 1}
        onClick={() => onMove(1)}
        aria-label={`${t.down}: ${what}`}
      >
        ↓
      </ActionIcon>
      <ActionIcon variant="light" color="red" onClick={onRemove} aria-label={`${t.remove}: ${what}`}>
        ×
      </ActionIcon>
    </Group>
  );
}

interface AwardsValues {
  batches: BatchDraft[];
}

/** Editing the ordered batches and their awardees; one save replaces the whole list (PUT). */
export function AwardsEditor({
  conferenceId,
  batches,
  onDone,
}: {
  conferenceId: number;
  batches: AwardBatch[];
  onDone: () => void;
}) {
  const form = useForm<AwardsValues>({
    mode: 'controlled',
    initialValues: { batches: batches.length > 0 ? toDrafts(batches) : [newBatch(t.newBatch)] },
    validate: bodyValidate(AwardsBody, (values: AwardsValues) => toBody(values.batches)),
    clearInputErrorOnChange: false,
  });
  const drafts = form.values.batches;
  const hasErrors = Object.keys(form.errors).length > 0;
  const save = useCeremonyMutation((list: BatchDraft[]) => awardsApi.save(conferenceId, toBody(list)));

  // Once a save was refused, the marks follow what is typed until every required text is filled.
  const setDrafts = (change: (list: BatchDraft[]) => BatchDraft[]) => {
    form.setFieldValue('batches', change(form.getValues().batches));
    if (hasErrors) form.validate();
  };
  const setBatch = (index: number, batch: BatchDraft) => setDrafts((list) => replaceAt(list, index, batch));
  const setAwardee = (batchIndex: number, index: number, awardee: AwardeeDraft) =>
    setDrafts((list) =>
      replaceAt(list, batchIndex, {
        ...list[batchIndex]!,
        awardees: replaceAt(list[batchIndex]!.awardees, index, awardee),
      }),
    );
  const isMissing = (path: string) => Boolean(form.errors[path]);

  const submit = () => {
    if (form.validate().hasErrors) return;
    save.mutate(drafts, { onSuccess: onDone, onError: (error) => form.setErrors(apiFormErrors(error)) });
  };

  return (
    <Stack gap="md">
      {drafts.map((batch, b) => (
        <Paper key={batch.key} withBorder p="sm" radius="md" bg="gray.0">
          <Stack gap="xs">
            <Group justify="space-between" wrap="nowrap" align="flex-end">
              <Text fw={700}>{t.batch(b + 1)}</Text>
              <MoveButtons
                index={b}
                count={drafts.length}
                what={batch.title || t.batch(b + 1)}
                onMove={(delta) => setDrafts((list) => move(list, b, delta))}
                onRemove={() => setDrafts((list) => removeAt(list, b))}
              />
            </Group>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
              <TextInput
                label={t.batchTitle}
                placeholder={t.batchTitlePlaceholder}
                value={batch.title}
                onChange={(e) => setBatch(b, { ...batch, title: e.currentTarget.value })}
                error={isMissing(`batches.${b}.title`) ? t.invalid : undefined}
                withAsterisk
              />
              <TextInput
                label={t.presenter}
                value={batch.presenter}
                onChange={(e) => setBatch(b, { ...batch, presenter: e.currentTarget.value })}
              />
            </SimpleGrid>
            {batch.awardees.map((awardee, i) => (
              <Paper key={awardee.key} withBorder p="xs" radius="sm">
                <Group justify="space-between" wrap="nowrap" mb={4}>
                  <Text size="sm" fw={600}>
                    {i + 1}.
                  </Text>
                  <MoveButtons
                    index={i}
                    count={batch.awardees.length}
                    what={awardee.name || String(i + 1)}
                    onMove={(delta) => setBatch(b, { ...batch, awardees: move(batch.awardees, i, delta) })}
                    onRemove={() => setBatch(b, { ...batch, awardees: removeAt(batch.awardees, i) })}
                  />
                </Group>
                <SimpleGrid cols={{ base: 1, sm: 5 }} spacing="xs">
                  <Select
                    label={t.kindLabel}
                    data={kindOptions}
                    value={awardee.kind}
                    allowDeselect={false}
                    onChange={(value) =>
                      setAwardee(b, i, { ...awardee, kind: KINDS.find((k) => k === value) ?? awardee.kind })
                    }
                  />
                  <TextInput
                    label={t.name}
                    value={awardee.name}
                    onChange={(e) => setAwardee(b, i, { ...awardee, name: e.currentTarget.value })}
                    error={isMissing(`batches.${b}.awardees.${i}.name`)}
                    withAsterisk
                  />
                  <TextInput
                    label={t.detail}
                    value={awardee.detail}
                    onChange={(e) => setAwardee(b, i, { ...awardee, detail: e.currentTarget.value })}
                  />
                  <TextInput
                    label={t.awardForm}
                    placeholder={t.awardFormPlaceholder}
                    value={awardee.awardForm}
                    onChange={(e) => setAwardee(b, i, { ...awardee, awardForm: e.currentTarget.value })}
                    error={isMissing(`batches.${b}.awardees.${i}.awardForm`)}
                    withAsterisk
                  />
                  <TextInput
                    label={t.decision}
                    value={awardee.decisionNumber}
                    onChange={(e) => setAwardee(b, i, { ...awardee, decisionNumber: e.currentTarget.value })}
                  />
                </SimpleGrid>
              </Paper>
            ))}
            <div>
              <Button
                size="xs"
                variant="light"
                onClick={() =>
                  setBatch(b, { ...batch, awardees: [...batch.awardees, newAwardee(batch.awardees.at(-1))] })
                }
              >
                {t.addAwardee}
              </Button>
            </div>
          </Stack>
        </Paper>
      ))}
      <div>
        <Button variant="default" size="xs" onClick={() => setDrafts((list) => [...list, newBatch()])}>
          {t.addBatch}
        </Button>
      </div>
      {hasErrors && (
        <Text c="red.8" size="sm" role="alert">
          {t.invalid}
        </Text>
      )}
      <Group gap="xs">
        <Button onClick={submit} loading={save.isPending}>
          {t.save}
        </Button>
        <Button variant="default" onClick={onDone}>
          {t.cancel}
        </Button>
      </Group>
      <FormErrorAlert error={save.error} />
    </Stack>
  );
}
