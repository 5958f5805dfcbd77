import { Paper, Stack } from '@mantine/core';
import { useState } from 'react';
import { isForbidden } from '../api/client';
import { AuditFilters } from '../features/audit/audit-filters';
import { AuditTable } from '../features/audit/audit-table';
import { EMPTY_AUDIT_FILTERS, useAuditLog } from '../features/audit/audit.queries';
import { isAdmin, useMe } from '../features/auth/auth.queries';
import { vi } from '../i18n/vi';
import { ForbiddenPanel } from '../ui/forbidden-panel';
import { PageHeader } from '../ui/page-header';
import { PagedResults } from '../ui/paged-results';

const PAGE_SIZE = 50;

export function AuditPage() {
  const me = useMe();
  const [filters, setFilters] = useState(EMPTY_AUDIT_FILTERS);
  const [page, setPage] = useState(1);
  const { data, error, isPending } = useAuditLog(filters, page, PAGE_SIZE, isAdmin(me));
  if (!isAdmin(me)) return <ForbiddenPanel />;
  if (isForbidden(error)) return <ForbiddenPanel message={error.message} />;
  return (
    <>
      <PageHeader title={vi.audit.title} description={vi.audit.intro} />
      <Stack gap="md">
        <Paper withBorder p={{ base: 'sm', sm: 'md' }} radius="md">
          <AuditFilters
            value={filters}
            onApply={(next) => {
              setFilters(next);
              setPage(1);
            }}
          />
        </Paper>
        <PagedResults
          data={data}
          error={error}
          isPending={isPending}
          page={page}
          pageSize={PAGE_SIZE}
          onPageChange={setPage}
        >
          {(entries) => <AuditTable entries={entries} />}
        </PagedResults>
      </Stack>
    </>
  );
}
