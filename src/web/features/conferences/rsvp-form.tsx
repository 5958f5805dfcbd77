import { Button, Group, Radio, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import type { RsvpView } from '../../../contracts/conferences';
import { checkinVi } from '../../i18n/checkin.vi';
import { FormErrorAlert } from '../../ui/error-alert';
import { useAnswerRsvp } from './rsvp-queries';

const t = checkinVi.rsvp;
type Answer = 'yes' | 'no' | 'substitute';
const ANSWERS: Answer[] = ['yes', 'no', 'substitute'];
const COLORS: Record<Answer, string> = { yes: 'green', no: 'gray', substitute: 'blue' };

/** The three answers of a giấy mời; "Cử người đi thay" needs the substitute's name and position. */
export function RsvpForm({ token, view }: { token: string; view: RsvpView }) {
  const answer = useAnswerRsvp(token);
  const [choice, setChoice] = useState<Answer | null>(view.rsvp === 'pending' ? null : view.rsvp);
  const [name, setName] = useState(view.substituteName ?? '');
  const [position, setPosition] = useState(view.substitutePosition ?? '');
  const [problem, setProblem] = useState<{ name?: string; position?: string }>({});
  const [isSaved, setSaved] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!choice) return;
    if (choice === 'substitute') {
      const next = {
        name: name.trim() === '' ? t.substituteNameRequired : undefined,
        position: position.trim() === '' ? t.substitutePositionRequired : undefined,
      };
      setProblem(next);
      if (next.name || next.position) return;
    }
    setSaved(false);
    answer.mutate(
      choice === 'substitute'
        ? { answer: choice, substituteName: name.trim(), substitutePosition: position.trim() }
        : { answer: choice },
      { onSuccess: () => setSaved(true) },
    );
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="rsvp-choose">
      <Stack gap="sm">
        <Radio.Group
          value={choice}
          onChange={(value) => {
            setChoice(ANSWERS.find((a) => a === value) ?? null);
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
              value={name}
              onChange={(event) => setName(event.currentTarget.value)}
              error={problem.name}
              withAsterisk
              size="md"
              autoComplete="name"
            />
            <TextInput
              label={t.substitutePosition}
              value={position}
              onChange={(event) => setPosition(event.currentTarget.value)}
              error={problem.position}
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
