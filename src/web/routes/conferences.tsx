import { Group, Paper, Stack, Text } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { ConferenceStatus } from '../../contracts/conferences';
import { webYear } from '../ui/clock';

import { ConferencesTable } from '../features/conferences/conferences-table';
import { filterYears } from '../features/conferences/conference-text';
import { useConferenceList } from '../features/conferences/conferences.queries';
import { conferencesVi } from '../i18n/conferences.vi';
import { PageHeader } from '../ui/page-header';
import { PagedResults } from '../ui/paged-results';
import { StatusYearFilter } from '../ui/status-year-filter';
import { ButtonLink } from '../ui/router-links';
import type { ConferencesSearch } from './route-search';

const PAGE_SIZE = 50;
const t = conferencesVi;
const YEARS = filterYears(webYear());

/** No conference yet: they are usually made from their plan, so say so and point there. */
function EmptyConferences() {
  return (
    <Paper withBorder p={{ base: 'sm', sm: 'md' }} radius="md" maw={720}>
      <Stack gap="xs">
        <Text fw={600}>{t.list.empty}</Text>
        <Text size="sm">{t.list.emptyHint}</Text>
        <Group gap="xs">
          <ButtonLink variant="light" to="/ke-hoach">
            {t.list.toPlans}
          </ButtonLink>
          <ButtonLink variant="default" to="/hoi-nghi/moi">
            {t.create}
          </ButtonLink>
        </Group>
      </Stack>
    </Paper>
  );
}

/** /hoi-nghi: the conferences in the account's scope, by status and year (both in the address, with the page). */
export function ConferencesPage({ search }: { search: ConferencesSearch }) {
  const navigate = useNavigate({ from: '/hoi-nghi' });
  const page = search.page ?? 1;
  const status = search.status ?? null;
  const year = search.year === undefined ? null : String(search.year);
  const update = (patch: Partial<ConferencesSearch>) =>
    void navigate({ search: (prev) => ({ ...prev, page: undefined, ...patch }), replace: true });
  const list = useConferenceList({
    status: search.status,
    year: search.year,
    limit: PAGE_SIZE,
    offset: (page - 1) * PAGE_SIZE,
  });
  return (
    <>
      <PageHeader
        title={t.title}
        description={t.intro}
        actions={<ButtonLink to="/hoi-nghi/moi">{t.create}</ButtonLink>}
      />
      <Stack gap="sm">
        <StatusYearFilter
          labels={t.list}
          statuses={ConferenceStatus.options.map((value) => ({ value, label: t.statusLabel[value] }))}
          status={status}
          onStatusChange={(value) => update({ status: value ?? undefined })}
          years={YEARS}
          year={year}
          onYearChange={(value) => update({ year: value ? Number(value) : undefined })}
        />
        <PagedResults
          data={list.data}
          error={list.error}
          isPending={list.isPending}
          page={page}
          pageSize={PAGE_SIZE}
          onPageChange={(next) =>
            void navigate({ search: (prev) => ({ ...prev, page: next > 1 ? next : undefined }) })
          }
        >
          {(items) =>
            items.length === 0 && !status && !year ? (
              <EmptyConferences />
            ) : items.length === 0 ? (
              <Text c="dimmed">{t.list.empty}</Text>
            ) : (
              <ConferencesTable items={items} />
            )
          }
        </PagedResults>
      </Stack>
    </>
  );
}
