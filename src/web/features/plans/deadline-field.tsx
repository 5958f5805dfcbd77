import { Text, TextInput } from '@mantine/core';
import { useId, useMemo } from 'react';
import { plansVi } from '../../i18n/plans.vi';
import { readDeadline } from './deadline-phrase';

const t = plansVi.tasks;

interface DeadlineFieldProps {
  value: string;
  onChange: (raw: string) => void;
  /** The plan's year, for phrases that leave it out ("Quý I"). */
  year: number;
}

/** The deadline as written in the plan; under it, the dates it means, or an orange warning (the text is kept). */
export function DeadlineField({ value, onChange, year }: DeadlineFieldProps) {
  const id = useId();
  const reading = useMemo(() => (value.trim() ? readDeadline(value, year) : null), [value, year]);
  return (
    <div>
      <TextInput
        label={t.deadline}
        placeholder={t.deadlinePlaceholder}
        value={value}
        onChange={(e) => onChange(e.currentTarget.value)}
        aria-describedby={reading ? `${id}-reading` : undefined}
      />
      {reading && (
        <div id={`${id}-reading`} aria-live="polite">
          {reading.summary && (
            <Text size="xs" c="teal.8" mt={2}>
              {reading.summary}
            </Text>
          )}
          {reading.warning && (
            <Text size="xs" c="orange.8" mt={2}>
              {reading.warning}
            </Text>
          )}
        </div>
      )}
    </div>
  );
}
