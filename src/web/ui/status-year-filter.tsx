import { Group, Select } from '@mantine/core';

interface StatusYearFilterProps<S extends string> {
  labels: { status: string; allStatuses: string; year: string; allYears: string };
  /** The statuses in order, each with its Vietnamese label. */
  statuses: { value: S; label: string }[];
  status: S | null;
  onStatusChange: (status: S | null) => void;
  years: string[];
  year: string | null;
  onYearChange: (year: string | null) => void;
}

/** The filter row of a list page (plans, conferences): a status and a year, each clearable. */
export function StatusYearFilter<S extends string>(props: StatusYearFilterProps<S>) {
  const { labels, statuses } = props;
  return (
    <Group gap="xs" align="flex-end">
      <Select
        label={labels.status}
        placeholder={labels.allStatuses}
        data={statuses}
        value={props.status}
        onChange={(value) => props.onStatusChange(statuses.find((s) => s.value === value)?.value ?? null)}
        clearable
        w={{ base: '100%', xs: 220 }}
        comboboxProps={{ withinPortal: true }}
      />
      <Select
        label={labels.year}
        placeholder={labels.allYears}
        data={props.years}
        value={props.year}
        onChange={props.onYearChange}
        clearable
        w={{ base: '100%', xs: 140 }}
        comboboxProps={{ withinPortal: true }}
      />
    </Group>
  );
}
