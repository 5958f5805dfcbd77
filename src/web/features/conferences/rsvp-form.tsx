import { Button, Group, Radio, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import type { RsvpBody, RsvpView } from '../../../contracts/conferences';
import { checkinVi } from '../../i18n/checkin.vi';
import { FormErrorAlert } from '../../ui/error-alert';
import { apiFormErrors, bodyValidate } from '../../ui/form';
import { useAnswerRsvp } from './rsvp-queries';

const t = checkinVi.rsvp;
type Answer = 'yes' | 'no' | 'substitute';
const ANSWERS: Answer[] = ['yes', 'no', 'substitute'];
const COLORS: Record<Answer, string> = { yes: 'green', no: 'gray', substitute: 'blue' };

/** The form as chosen and typed: no answer yet, or one; the substitute's name and position. */
interface RsvpValues {
  answer: Answer | null;
  substituteName: string;
  substitutePosition: string;
}

/** The body sent for an answer: the substitute's name and position only with that one. */
const bodyOf = (answer: Answer, values: RsvpValues): RsvpBody =>
  answer === 'substitute'
    ? {
        answer,
        substituteName: values.substituteName.trim(),
        substitutePosition: values.substitutePosition.trim(),
      }
    : { answer };

/** What the contract checks: no answer yet is none of its three. */
const toBody = (values: RsvpValues) => (values.answer ? bodyOf(values.answer, values) : { answer: null });

/** The three answers of a giấy mời; "Cử người đi thay" needs the substitute's name and position. */
export function RsvpForm({ token, view }: { token: string; view: RsvpView }) {
  const answer = useAnswerRsvp(token);
  const form = useForm<RsvpValues>({
    mode: 'controlled',
    initialValues: {
      answer: view.rsvp === 'pending' ? null : view.rsvp,
      substituteName: view.substituteName ?? '',
      substitutePosition: view.substitutePosition ?? '',
    },
    // The form's own words for a substitute without a name or a position; the contract's rules on sending.
    validate: (values) => {
      const substitute = values.answer === 'substitute';
      return {
        ...(substitute && values.substituteName.trim() === ''
          ? { substituteName: t.substituteNameRequired }
          : {}),
        ...(substitute && values.substitutePosition.trim() === ''
          ? { substitutePosition: t.substitutePositionRequired }
          : {}),
      };
    },
    clearInputErrorOnChange: false,
  });
  const [isSaved, setSaved] = useState(false);
  const choice = form.values.answer;

  const submit = async (values: RsvpValues) => {
    if (!values.answer) return;
    // The contract's schema comes with the first answer sent (zod stays out of the page's first load).
    const { RsvpBody: schema } = await import('./rsvp-check');
    const problems = bodyValidate(schema, toBody)(values);
    if (Object.keys(problems).length > 0) return form.setErrors(problems);
    setSaved(false);
    answer.mutate(bodyOf(values.answer, values), {
      onSuccess: () => setSaved(true),
      onError: (error) => form.setErrors(apiFormErrors(error)),
    });
  };

  return (
    <form onSubmit={form.onSubmit((values) => void submit(values))} noValidate aria-labelledby="rsvp-choose">
      <Stack gap="sm">
        <Radio.Group
          value={choice}
          onChange={(value) => {
            form.setFieldValue('answer', ANSWERS.find((a) => a === value) ?? null);
            setSaved(false);
          }}
          labelProps={{ id: 'rsvp-choose' }}
          label={t.choose}
        >
          <Stack gap="xs" mt={6}>
            {ANSWERS.map((value) => (
              <Radio.Card
                key={value}
                value={value}
                radius="md"
                p="md"
                style={{
                  borderColor: choice === value ? `var(--mantine-color-${COLORS[value]}-6)` : undefined,
                  borderWidth: choice === value ? 2 : 1,
                }}
              >
                <Group wrap="nowrap" gap="sm">
                  <Radio.Indicator color={COLORS[value]} />
                  <Text fw={600} fz="lg">
                    {t.answer[value]}
                  </Text>
                </Group>
              </Radio.Card>
            ))}
          </Stack>
        </Radio.Group>
        {choice === 'substitute' && (
          <>
            <TextInput
              label={t.substituteName}
              {...form.getInputProps('substituteName')}
              withAsterisk
              size="md"
              autoComplete="name"
            />
            <TextInput
              label={t.substitutePosition}
              {...form.getInputProps('substitutePosition')}
              withAsterisk
              size="md"
            />
          </>
        )}
        <Button type="submit" size="md" disabled={!choice} loading={answer.isPending}>
          {view.rsvp === 'pending' ? t.send : t.change}
        </Button>
        {isSaved && (
          <Text c="green.8" fw={600} role="status">
            {t.saved}
          </Text>
        )}
        <FormErrorAlert error={answer.error} />
      </Stack>
    </form>
  );
}
