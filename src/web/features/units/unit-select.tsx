import { Select, type SelectProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import type { UnitLevel, UnitSummary } from '../../../contracts/units';
import { vi } from '../../i18n/vi';
import { useUnitList } from './units.queries';

interface UnitSelectProps extends Omit<
  SelectProps,
  'data' | 'value' | 'onChange' | 'searchValue' | 'onSearchChange'
> {
  value: UnitSummary | null;
  onChange: (unit: UnitSummary | null) => void;
  scope?: 'all' | 'view' | 'capture';
  level?: UnitLevel;
  parent?: string;
  /** Only units below this one, at any depth. */
  within?: string;
}

/** A searchable select over GET /api/units (diacritics-insensitive search on the server). */
export function UnitSelect({
  value,
  onChange,
  scope = 'view',
  level,
  parent,
  within,
  ...props
}: UnitSelectProps) {
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 300);
  // While the box shows the chosen unit's name, list units without filtering by that name.
  const query = value && search === value.fullName ? '' : debounced.trim();
  const { data, isFetching } = useUnitList({
    q: query || undefined,
    scope,
    level,
    parent,
    within,
    limit: 30,
  });

  const units = useMemo(() => {
    const byCode = new Map<string, UnitSummary>();
    if (value) byCode.set(value.code, value);
    for (const unit of data?.items ?? []) byCode.set(unit.code, unit);
    return byCode;
  }, [data, value]);

  const options = [...units.values()].map((unit) => ({
    value: unit.code,
    label: unit.fullName,
  }));

  return (
    <Select
      searchable
      clearable
      data={options}
      value={value?.code ?? null}
      onChange={(code) => onChange(code ? (units.get(code) ?? null) : null)}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: all }) => all}
      nothingFoundMessage={isFetching ? vi.common.loading : vi.units.noResults}
      comboboxProps={{ withinPortal: true }}
      {...props}
    />
  );
}
