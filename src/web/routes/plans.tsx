import { Stack } from '@mantine/core';
import { webYear } from '../ui/clock';
import { useState } from 'react';
import { PlanStatus } from '../../contracts/plans';

import { usePlanList } from '../features/plans/plans.queries';
import { PlansTable } from '../features/plans/plans-table';
import { useWorkingUnit } from '../features/units/working-unit';
import { importVi } from '../i18n/import.vi';
import { plansVi } from '../i18n/plans.vi';
import { PageHeader } from '../ui/page-header';
import { PagedResults } from '../ui/paged-results';
import { StatusYearFilter } from '../ui/status-year-filter';
import { ButtonLink } from '../ui/router-links';

const PAGE_SIZE = 50;
const t = plansVi;

const thisYear = webYear();
const YEARS = Array.from({ length: 8 }, (_, i) => String(thisYear + 1 - i));

/** /ke-hoach: the plans of the working unit's scope, by status and year. */
export function PlansPage() {
  const { unit } = useWorkingUnit();
  const [page, setPage] = useState(1);
  const [status, setStatus] = useState<PlanStatus | null>(null);
  const [year, setYear] = useState<string | null>(String(thisYear));
  const list = usePlanList({
    unit: unit?.code,
    status: status ?? undefined,
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
          onStatusChange={(value) => {
            setStatus(value);
            setPage(1);
          }}
          years={YEARS}
          year={year}
          onYearChange={(value) => {
            setYear(value);
            setPage(1);
          }}
        />
        <PagedResults
          data={list.data}
          error={list.error}
          isPending={list.isPending}
          page={page}
          pageSize={PAGE_SIZE}
          onPageChange={setPage}
        >
          {(items) => <PlansTable items={items} />}
        </PagedResults>
      </Stack>
    </>
  );
}
