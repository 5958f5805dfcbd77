import { Pagination, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { isForbidden } from '../api-client';
import { AuditFilters } from '../features/audit/audit-filters';
import { AuditTable } from '../features/audit/audit-table';
import { EMPTY_AUDIT_FILTERS, useAuditLog } from '../features/audit/audit.queries';
import { isAdmin, useMe } from '../features/auth/auth.queries';
import { vi } from '../i18n/vi';
import { ErrorAlert } from '../ui/error-alert';
import { ForbiddenPanel } from '../ui/forbidden-panel';
import { LoadingBlock } from '../ui/loading-block';
import { PageHeader } from '../ui/page-header';

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
        {isPending && <LoadingBlock />}
        {error && <ErrorAlert error={error} />}
        {data && (
          <>
            <Text size="sm" c="dimmed">
              {vi.common.total(data.total)}
            </Text>
            <AuditTable entries={data.items} />
            {data.total > PAGE_SIZE && (
              <Pagination
                total={Math.ceil(data.total / PAGE_SIZE)}
                value={page}
                onChange={setPage}
                size="sm"
              />
            )}
          </>
        )}
      </Stack>
    </>
  );
}
