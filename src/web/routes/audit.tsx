import { Paper, Stack } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { isForbidden } from '../api/client';
import { AuditFilters } from '../features/audit/audit-filters';
import { AuditTable } from '../features/audit/audit-table';
import { useAuditLog, type AuditFilterValues } from '../features/audit/audit.queries';
import { isAdmin, useMe } from '../features/auth/auth.queries';
import { vi } from '../i18n/vi';
import { ForbiddenPanel } from '../ui/forbidden-panel';
import { PageHeader } from '../ui/page-header';
import { PagedResults } from '../ui/paged-results';
import type { AuditSearch } from './route-search';

const PAGE_SIZE = 50;

/** The filters as the form and the API take them: a filter not in the address is blank. */
const filtersOf = (search: AuditSearch): AuditFilterValues => ({
  actor: search.actor ?? '',
  action: search.action ?? '',
  entityType: search.entityType ?? '',
  entityId: search.entityId ?? '',
  from: search.from ?? '',
  to: search.to ?? '',
});

/** /nhat-ky: the audit log, for admins; the applied filters and the page are in the address. */
export function AuditPage({ search }: { search: AuditSearch }) {
  const me = useMe();
  const navigate = useNavigate({ from: '/nhat-ky' });
  const filters = filtersOf(search);
  const page = search.page ?? 1;
  const { data, error, isPending } = useAuditLog(filters, page, PAGE_SIZE, isAdmin(me));
  if (!isAdmin(me)) return <ForbiddenPanel />;
  if (isForbidden(error)) return <ForbiddenPanel message={error.message} />;
  return (
    <>
      <PageHeader title={vi.audit.title} description={vi.audit.intro} />
      <Stack gap="md">
        <Paper withBorder p={{ base: 'sm', sm: 'md' }} radius="md">
          <AuditFilters
            // Back or a new link changes the applied filters: the form starts again from them.
            key={JSON.stringify(filters)}
            value={filters}
            onApply={(next) =>
              void navigate({
                search: {
                  actor: next.actor || undefined,
                  action: next.action || undefined,
                  entityType: next.entityType || undefined,
                  entityId: next.entityId || undefined,
                  from: next.from || undefined,
                  to: next.to || undefined,
                },
              })
            }
          />
        </Paper>
        <PagedResults
          data={data}
          error={error}
          isPending={isPending}
          page={page}
          pageSize={PAGE_SIZE}
          onPageChange={(next) =>
            void navigate({ search: (prev) => ({ ...prev, page: next > 1 ? next : undefined }) })
          }
        >
          {(entries) => <AuditTable entries={entries} />}
        </PagedResults>
      </Stack>
    </>
  );
}
