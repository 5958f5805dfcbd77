import { SegmentedControl, Stack, Tabs } from '@mantine/core';
import { useState } from 'react';
import { DocumentsTable } from '../features/documents/documents-table';
import { useDocumentList } from '../features/documents/documents.queries';
import { RegisterPanel } from '../features/documents/register-panel';
import { vi } from '../i18n/vi';
import { PageHeader } from '../ui/page-header';
import { PagedResults } from '../ui/paged-results';
import { ButtonLink } from '../ui/router-links';

const PAGE_SIZE = 50;
type StatusFilter = 'all' | 'draft' | 'issued';
const t = vi.documents;

function DocumentList() {
  const [page, setPage] = useState(1);
  const [status, setStatus] = useState<StatusFilter>('all');
  const list = useDocumentList({
    status: status === 'all' ? undefined : status,
    limit: PAGE_SIZE,
    offset: (page - 1) * PAGE_SIZE,
  });
  return (
    <Stack gap="sm">
      <SegmentedControl
        aria-label={t.statusFilter}
        value={status}
        onChange={(value) => {
          setStatus(value);
          setPage(1);
        }}
        data={[
          { value: 'all', label: vi.common.all },
          { value: 'draft', label: t.statusDraft },
          { value: 'issued', label: t.statusIssued },
        ]}
        style={{ alignSelf: 'flex-start' }}
      />
      <PagedResults
        data={list.data}
        error={list.error}
        isPending={list.isPending}
        page={page}
        pageSize={PAGE_SIZE}
        onPageChange={setPage}
      >
        {(items) => <DocumentsTable items={items} />}
      </PagedResults>
    </Stack>
  );
}

/** /van-ban: documents in view scope, and the outgoing register. */
export function DocumentsPage() {
  return (
    <>
      <PageHeader
        title={t.title}
        description={t.intro}
        actions={<ButtonLink to="/van-ban/moi">{t.compose}</ButtonLink>}
      />
      <Tabs defaultValue="list" keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="list">{t.listTab}</Tabs.Tab>
          <Tabs.Tab value="register">{t.registerTab}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="list">
          <DocumentList />
        </Tabs.Panel>
        <Tabs.Panel value="register">
          <RegisterPanel />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
