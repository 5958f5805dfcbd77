import { Pagination, Paper, Stack, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useNavigate } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { formalDate } from '../../core/dates/vn-dates';
import { UnitFilters } from '../features/units/unit-filters';
import { UnitRow } from '../features/units/unit-row';
import { UnitTree } from '../features/units/unit-tree';
import { useUnitList } from '../features/units/units.queries';
import { vi } from '../i18n/vi';
import { ErrorAlert } from '../ui/error-alert';
import { LoadingBlock } from '../ui/loading-block';
import { PageHeader } from '../ui/page-header';
import type { UnitsSearch } from './route-search';

const PAGE_SIZE = 50;

function SearchResults({ q, level, at, page, onPage }: UnitsSearch & { onPage: (page: number) => void }) {
  const current = page ?? 1;
  const { data, error, isPending } = useUnitList({
    q,
    level,
    at,
    limit: PAGE_SIZE,
    offset: (current - 1) * PAGE_SIZE,
  });
  if (isPending) return <LoadingBlock />;
  if (error) return <ErrorAlert error={error} />;
  if (data.items.length === 0) return <Text c="dimmed">{vi.units.noResults}</Text>;
  return (
    <Stack gap="xs">
      <Text size="sm" c="dimmed">
        {vi.common.showing(data.items.length, data.total)}
      </Text>
      <Stack component="ul" gap={0} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {data.items.map((unit) => (
          <li key={`${unit.code}-${unit.validFrom ?? ''}`}>
            <UnitRow unit={unit} at={at} />
          </li>
        ))}
      </Stack>
      {data.total > PAGE_SIZE && (
        <Pagination total={Math.ceil(data.total / PAGE_SIZE)} value={current} onChange={onPage} size="sm" />
      )}
    </Stack>
  );
}

export function UnitsPage({ search }: { search: UnitsSearch }) {
  const navigate = useNavigate({ from: '/don-vi' });
  const [text, setText] = useState(search.q ?? '');
  const [debounced] = useDebouncedValue(text.trim(), 350);
  const update = (patch: Partial<UnitsSearch>) =>
    void navigate({ search: (prev) => ({ ...prev, page: undefined, ...patch }), replace: true });

  useEffect(() => {
    if ((search.q ?? '') !== debounced) update({ q: debounced || undefined });
    // Only the debounced text drives the URL; the URL does not echo back into the box.
  }, [debounced]);

  const isSearching = Boolean(search.q) || Boolean(search.level);
  return (
    <>
      <PageHeader title={vi.units.title} description={vi.units.intro} />
      <UnitFilters
        search={text}
        onSearch={setText}
        level={search.level}
        onLevel={(level) => update({ level })}
        at={search.at}
        onAt={(at) => update({ at })}
      />
      {search.at && (
        <Text size="sm" c="orange.8" mb="sm">
          {vi.units.seenAt(formalDate(search.at))}
        </Text>
      )}
      <Paper withBorder p={{ base: 'xs', sm: 'md' }} radius="md">
        <Title order={2} size="h4" mb="xs">
          {isSearching ? vi.units.results : vi.units.tree}
        </Title>
        {isSearching ? (
          <SearchResults {...search} onPage={(page) => update({ page })} />
        ) : (
          <UnitTree at={search.at} />
        )}
      </Paper>
    </>
  );
}
