import {
  ActionIcon,
  Button,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { ConferenceFormat, ConferenceKind } from '../../../contracts/conferences';
import { conferencesVi } from '../../i18n/conferences.vi';
import { emptySession, type ConferenceForm, type FormErrors, type SessionRow } from './conference-form-state';

const t = conferencesVi.form;

interface FactsFieldsProps {
  form: ConferenceForm;
  onChange: (patch: Partial<ConferenceForm>) => void;
  errors: FormErrors;
  disabled?: boolean;
}

function SessionsFields({ form, onChange, errors, disabled }: FactsFieldsProps) {
  const set = (index: number, patch: Partial<SessionRow>) =>
    onChange({ sessions: form.sessions.map((s, i) => (i === index ? { ...s, ...patch } : s)) });
  return (
    <Stack gap={6} role="group" aria-label={t.sessions}>
      <Text size="sm" fw={500}>
        {t.sessions}
      </Text>
      {form.sessions.map((session, i) => (
        <Group key={session.key} gap="xs" align="flex-start">
          <TextInput
            aria-label={`${t.sessionLabel} ${i + 1}`}
            placeholder={t.sessionLabel}
            value={session.label}
            onChange={(e) => set(i, { label: e.currentTarget.value })}
            error={errors[`sessions.${i}.label`]}
            disabled={disabled}
            style={{ flex: '1 1 160px', minWidth: 0 }}
          />
          <TextInput
            type="time"
            aria-label={`${t.sessionStart} (${session.label || i + 1})`}
            value={session.start}
            onChange={(e) => set(i, { start: e.currentTarget.value })}
            error={errors[`sessions.${i}.start`]}
            disabled={disabled}
            w={130}
          />
          <TextInput
            type="time"
            aria-label={`${t.sessionEnd} (${session.label || i + 1})`}
            value={session.end}
            onChange={(e) => set(i, { end: e.currentTarget.value })}
            error={errors[`sessions.${i}.end`]}
            disabled={disabled}
            w={130}
          />
          {!disabled && (
            <ActionIcon
              variant="subtle"
              color="red"
              size="lg"
              aria-label={`${t.removeSession} ${i + 1}`}
              onClick={() => onChange({ sessions: form.sessions.filter((_, j) => j !== i) })}
            >
              ×
            </ActionIcon>
          )}
        </Group>
      ))}
      {!disabled && form.sessions.length < 6 && (
        <div>
          <Button
            variant="subtle"
            size="compact-sm"
            onClick={() =>
              onChange({ sessions: [...form.sessions, emptySession(t.afternoonSession, '13:30')] })
            }
          >
            {t.addSession}
          </Button>
        </div>
      )}
    </Stack>
  );
}

const numberValue = (value: string | number): number | '' => (typeof value === 'number' ? value : '');

/** Title, kind, format, date, sessions, venue, capacity, chair: the facts of a conference. */
export function ConferenceFactsFields(props: FactsFieldsProps) {
  const { form, onChange, errors, disabled } = props;
  const text = (field: 'title' | 'dateRaw' | 'venue' | 'chair') => ({
    value: form[field],
    onChange: (e: { currentTarget: { value: string } }) => onChange({ [field]: e.currentTarget.value }),
    error: errors[field],
    disabled,
  });
  return (
    <Stack gap="sm">
      <TextInput label={t.title} placeholder={t.titlePlaceholder} required {...text('title')} />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <Select
          label={t.kind}
          data={ConferenceKind.options.map((value) => ({ value, label: conferencesVi.kindLabel[value] }))}
          value={form.kind}
          onChange={(value) => {
            const parsed = ConferenceKind.safeParse(value);
            if (parsed.success) onChange({ kind: parsed.data });
          }}
          allowDeselect={false}
          disabled={disabled}
          comboboxProps={{ withinPortal: true }}
        />
        <Select
          label={t.format}
          data={ConferenceFormat.options.map((value) => ({ value, label: conferencesVi.formatLabel[value] }))}
          value={form.format}
          onChange={(value) => {
            const parsed = ConferenceFormat.safeParse(value);
            if (parsed.success) onChange({ format: parsed.data });
          }}
          allowDeselect={false}
          disabled={disabled}
          comboboxProps={{ withinPortal: true }}
        />
        <TextInput
          type="date"
          label={t.date}
          value={form.date}
          onChange={(e) => onChange({ date: e.currentTarget.value })}
          error={errors.date}
          disabled={disabled}
        />
        <TextInput label={t.dateRaw} description={t.dateRawHint} {...text('dateRaw')} />
      </SimpleGrid>
      <SessionsFields {...props} />
      <TextInput label={t.venue} {...text('venue')} />
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <NumberInput
          label={t.capacity}
          value={form.capacity}
          onChange={(value) => onChange({ capacity: numberValue(value) })}
          min={0}
          allowDecimal={false}
          thousandSeparator="."
          decimalSeparator=","
          error={errors.capacity}
          disabled={disabled}
        />
        <NumberInput
          label={t.expected}
          value={form.expectedAttendees}
          onChange={(value) => onChange({ expectedAttendees: numberValue(value) })}
          min={0}
          allowDecimal={false}
          thousandSeparator="."
          decimalSeparator=","
          error={errors.expectedAttendees}
          disabled={disabled}
        />
        <TextInput label={t.chair} placeholder={t.chairPlaceholder} {...text('chair')} />
      </SimpleGrid>
    </Stack>
  );
}
