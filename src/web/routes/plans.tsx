import { Stack } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { PlanStatus } from '../../contracts/plans';
import { webYear } from '../ui/clock';

import { usePlanList } from '../features/plans/plans.queries';
import { PlansTable } from '../features/plans/plans-table';
import { useWorkingUnit } from '../features/units/working-unit';
import { importVi } from '../i18n/import.vi';
import { plansVi } from '../i18n/plans.vi';
import { PageHeader } from '../ui/page-header';
import { PagedResults } from '../ui/paged-results';
import { StatusYearFilter } from '../ui/status-year-filter';
import { ButtonLink } from '../ui/router-links';
import type { PlansSearch } from './route-search';

const PAGE_SIZE = 50;
const t = plansVi;

const thisYear = webYear();
const YEARS = Array.from({ length: 8 }, (_, i) => String(thisYear + 1 - i));

/** The year filter as the address keeps it: absent for this year (the default), `all` for every year. */
const yearOfSearch = (year: PlansSearch['year']): string | null =>
  year === 'all' ? null : String(year ?? thisYear);
const searchOfYear = (year: string | null): PlansSearch['year'] =>
  year === null ? 'all' : Number(year) === thisYear ? undefined : Number(year);

/** /ke-hoach: the plans of the working unit's scope, by status and year (both in the address, with the page). */
export function PlansPage({ search }: { search: PlansSearch }) {
  const { unit } = useWorkingUnit();
  const navigate = useNavigate({ from: '/ke-hoach' });
  const page = search.page ?? 1;
  const status = search.status ?? null;
  const year = yearOfSearch(search.year);
  const update = (patch: Partial<PlansSearch>) =>
    void navigate({ search: (prev) => ({ ...prev, page: undefined, ...patch }), replace: true });
  const list = usePlanList({
    unit: unit?.code,
    status: search.status,
    year: year ? Number(year) : undefined,
    limit: PAGE_SIZE,
    offset: (page - 1) * PAGE_SIZE,
  });
  return (
    <>
      <PageHeader
        title={t.title}
        description={t.intro}
        actions={
          <>
            <ButtonLink variant="default" to="/ke-hoach/nhap">
              {importVi.action}
            </ButtonLink>
            <ButtonLink to="/ke-hoach/moi">{t.compose}</ButtonLink>
          </>
        }
      />
      <Stack gap="sm">
        <StatusYearFilter
          labels={t.list}
          statuses={PlanStatus.options.map((value) => ({ value, label: t.statusLabel[value] }))}
          status={status}
          onStatusChange={(value) => update({ status: value ?? undefined })}
          years={YEARS}
          year={year}
          onYearChange={(value) => update({ year: searchOfYear(value) })}
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
          {(items) => <PlansTable items={items} />}
        </PagedResults>
      </Stack>
    </>
  );
}
