import { Text, TextInput } from '@mantine/core';
import { useMemo } from 'react';
import { plansVi } from '../../i18n/plans.vi';
import { readDeadline } from './deadline-phrase';

const t = plansVi.tasks;

interface DeadlineFieldProps {
  value: string;
  onChange: (raw: string) => void;
  /** The plan's year, for phrases that leave it out ("Quý I"). */
  year: number;
}

/**
 * The deadline as written in the plan; under it, the dates it means, or an orange warning (the text is kept). The
 * reading is the field's description (placed after the input) so that Mantine points the input's aria-describedby at
 * it; an aria-describedby passed to the input itself is overwritten by Mantine.
 */
export function DeadlineField({ value, onChange, year }: DeadlineFieldProps) {
  const reading = useMemo(() => (value.trim() ? readDeadline(value, year) : null), [value, year]);
  return (
    <TextInput
      label={t.deadline}
      placeholder={t.deadlinePlaceholder}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      inputWrapperOrder={['label', 'input', 'description', 'error']}
      description={
        reading && (reading.summary || reading.warning) ? (
          // Spans: the description is a paragraph.
          <span aria-live="polite">
            {reading.summary && (
              <Text component="span" display="block" size="xs" c="teal.8" mt={2}>
                {reading.summary}
              </Text>
            )}
            {reading.warning && (
              <Text component="span" display="block" size="xs" c="orange.8" mt={2}>
                {reading.warning}
              </Text>
            )}
          </span>
        ) : undefined
      }
    />
  );
}
