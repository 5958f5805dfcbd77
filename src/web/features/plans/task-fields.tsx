import { SimpleGrid, Stack, Textarea } from '@mantine/core';
import type { ReactNode } from 'react';
import { plansVi } from '../../i18n/plans.vi';
import { DeadlineField } from './deadline-field';
import { PartySelect } from './party-select';
import type { TaskRow } from './plan-form-state';

const t = plansVi.tasks;

export type TaskFieldsRow = Pick<TaskRow, 'text' | 'lead' | 'support' | 'deadline'>;

interface TaskFieldsProps {
  row: TaskFieldsRow;
  /** `picked`: names chosen from the unit list, with their unit ids. */
  onChange: (patch: Partial<TaskFieldsRow>, picked?: Record<string, number>) => void;
  area: string | null;
  year: number;
  errors?: { text?: string; lead?: string };
  /** Shown under a party list, e.g. what the import review found each name to be. */
  partyNotes?: (names: string[]) => ReactNode;
}

/** One task's content, lead and coordinating parties, and deadline; shared by the plan editor and the task table. */
export function TaskFields({ row, onChange, area, year, errors, partyNotes }: TaskFieldsProps) {
  return (
    <Stack gap="xs">
      <Textarea
        label={t.text}
        value={row.text}
        onChange={(e) => onChange({ text: e.currentTarget.value })}
        error={errors?.text}
        required
        autosize
        minRows={2}
        maxRows={8}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
        <Stack gap={4}>
          <PartySelect
            label={t.lead}
            value={row.lead}
            onChange={(lead, picked) => onChange({ lead }, picked)}
            area={area}
            error={errors?.lead}
            required
          />
          {partyNotes?.(row.lead)}
        </Stack>
        <Stack gap={4}>
          <PartySelect
            label={t.support}
            value={row.support}
            onChange={(support, picked) => onChange({ support }, picked)}
            area={area}
          />
          {partyNotes?.(row.support)}
        </Stack>
      </SimpleGrid>
      <DeadlineField value={row.deadline} onChange={(deadline) => onChange({ deadline })} year={year} />
    </Stack>
  );
}
