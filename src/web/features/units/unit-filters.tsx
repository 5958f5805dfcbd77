import { Button, Group, Select, SimpleGrid, TextInput } from '@mantine/core';
import { webToday } from '../../ui/clock';
import { UnitLevel } from '../../../contracts/units';

import { vi } from '../../i18n/vi';

/** The last day of the 63-province structure, before the 2025 reform took effect on 01/07/2025. */
export const BEFORE_REFORM = '2025-06-30';

interface UnitFiltersProps {
  search: string;
  onSearch: (text: string) => void;
  level: UnitLevel | undefined;
  onLevel: (level: UnitLevel | undefined) => void;
  at: string | undefined;
  onAt: (at: string | undefined) => void;
}

export function UnitFilters({ search, onSearch, level, onLevel, at, onAt }: UnitFiltersProps) {
  const today = webToday();
  const levelOptions = UnitLevel.options.map((value) => ({ value, label: vi.levels[value] }));
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm" mb="md">
      <TextInput
        label={vi.units.search}
        placeholder={vi.units.searchPlaceholder}
        value={search}
        onChange={(event) => onSearch(event.currentTarget.value)}
        type="search"
      />
      <Select
        label={vi.units.level}
        placeholder={vi.units.allLevels}
        data={levelOptions}
        value={level ?? null}
        onChange={(value) => onLevel(value ? UnitLevel.parse(value) : undefined)}
        clearable
      />
      <div>
        <TextInput
          label={vi.units.at}
          type="date"
          value={at ?? today}
          onChange={(event) => {
            const value = event.currentTarget.value;
            onAt(value && value !== today ? value : undefined);
          }}
        />
        <Group gap={6} mt={6}>
          <Button
            size="compact-xs"
            variant={at ? 'default' : 'filled'}
            onClick={() => onAt(undefined)}
            aria-pressed={!at}
          >
            {vi.units.atNow}
          </Button>
          <Button
            size="compact-xs"
            variant={at === BEFORE_REFORM ? 'filled' : 'default'}
            onClick={() => onAt(BEFORE_REFORM)}
            aria-pressed={at === BEFORE_REFORM}
          >
            {vi.units.atBeforeReform}
          </Button>
        </Group>
      </div>
    </SimpleGrid>
  );
}
