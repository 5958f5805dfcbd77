import { TagsInput, type ComboboxItem, type OptionsFilter } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import type { UnitSummary } from '../../../contracts/units';
import { api } from '../../api/client';
import { foldVietnamese } from '../../../core/vn-text/fold';
import { plansVi } from '../../i18n/plans.vi';

const t = plansVi.tasks;

/** The administrative unit a plan governs: the issuing unit, or an organization's parent. */
export function planAreaCode(unit: UnitSummary | null): string | null {
  if (!unit) return null;
  return unit.level === 'organization' ? unit.parentCode : unit.code;
}

/**
 * The units a task can name, as the server matches them: the area itself, the units right under it and the
 * organizations anywhere inside it.
 */
function useAreaParties(area: string | null, search: string) {
  return useQuery({
    queryKey: ['units', 'parties', area, search],
    enabled: area !== null,
    staleTime: 60_000,
    queryFn: async () => {
      const inside = await api.get('/api/units', {
        params: { query: { within: area ?? undefined, q: search || undefined, limit: 100 } },
      });
      return inside.items.filter((u) => u.level === 'organization' || u.parentCode === area);
    },
  });
}

// Diacritics-insensitive, like the server's search: "van hoa" finds "Văn hóa".
const foldedFilter: OptionsFilter = ({ options, search }) => {
  const needle = foldVietnamese(search.trim());
  return options.filter((o): o is ComboboxItem => 'value' in o && foldVietnamese(o.label).includes(needle));
};

interface PartySelectProps {
  label: string;
  value: string[];
  /** The names, and the ids of those picked from the list (to record them in the form's partyIds). */
  onChange: (names: string[], picked: Record<string, number>) => void;
  area: string | null;
  error?: string;
  required?: boolean;
}

/** Units of the plan's area to pick, searchable; any other name (a position, a group) is typed and kept as written. */
export function PartySelect({ label, value, onChange, area, error, required }: PartySelectProps) {
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 300);
  const { data } = useAreaParties(area, debounced);
  const byName = useMemo(() => new Map((data ?? []).map((u) => [u.fullName, u.id])), [data]);
  const suggestions = [...new Set([...byName.keys(), ...plansVi.commonParties])];

  return (
    <TagsInput
      label={label}
      description={t.partyHint}
      placeholder={value.length === 0 ? t.partyPlaceholder : undefined}
      data={suggestions}
      value={value}
      onChange={(names) => {
        const picked: Record<string, number> = {};
        for (const name of names) {
          const id = byName.get(name);
          if (id !== undefined) picked[name] = id;
        }
        onChange(names, picked);
      }}
      searchValue={search}
      onSearchChange={setSearch}
      filter={foldedFilter}
      splitChars={[';']}
      acceptValueOnBlur
      clearable
      error={error}
      required={required}
      maxDropdownHeight={260}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
