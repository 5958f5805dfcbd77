import { SegmentedControl, Stack, Tabs } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { DocumentsTable } from '../features/documents/documents-table';
import { useDocumentList } from '../features/documents/documents.queries';
import { RegisterPanel } from '../features/documents/register-panel';
import { vi } from '../i18n/vi';
import { PageHeader } from '../ui/page-header';
import { PagedResults } from '../ui/paged-results';
import { webYear } from '../ui/clock';
import { ButtonLink } from '../ui/router-links';
import { DOCUMENT_TABS, type DocumentsSearch } from './route-search';

const PAGE_SIZE = 50;
const t = vi.documents;

interface SearchProps {
  search: DocumentsSearch;
  /** Changes the address's search params; `replace` for a filter (not a step back), push for a page. */
  onSearch: (patch: Partial<DocumentsSearch>, replace?: boolean) => void;
}

function DocumentList({ search, onSearch }: SearchProps) {
  const page = search.page ?? 1;
  const list = useDocumentList({
    status: search.status,
    limit: PAGE_SIZE,
    offset: (page - 1) * PAGE_SIZE,
  });
  return (
    <Stack gap="sm">
      <SegmentedControl
        aria-label={t.statusFilter}
        value={search.status ?? 'all'}
        onChange={(value) =>
          onSearch({ status: value === 'draft' || value === 'issued' ? value : undefined, page: undefined })
        }
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
        onPageChange={(next) => onSearch({ page: next > 1 ? next : undefined }, false)}
      >
        {(items) => <DocumentsTable items={items} />}
      </PagedResults>
    </Stack>
  );
}

/** /van-ban: documents in view scope, and the outgoing register (tab, filter, page and year in the address). */
export function DocumentsPage({ search }: { search: DocumentsSearch }) {
  const navigate = useNavigate({ from: '/van-ban' });
  const onSearch = (patch: Partial<DocumentsSearch>, replace = true) =>
    void navigate({ search: (prev) => ({ ...prev, ...patch }), replace });
  return (
    <>
      <PageHeader
        title={t.title}
        description={t.intro}
        actions={<ButtonLink to="/van-ban/moi">{t.compose}</ButtonLink>}
      />
      <Tabs
        value={search.tab ?? 'danh-sach'}
        onChange={(value) => {
          const tab = DOCUMENT_TABS.find((v) => v === value);
          if (tab) onSearch({ tab: tab === 'danh-sach' ? undefined : tab });
        }}
        keepMounted={false}
      >
        <Tabs.List mb="md">
          <Tabs.Tab value="danh-sach">{t.listTab}</Tabs.Tab>
          <Tabs.Tab value="so">{t.registerTab}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="danh-sach">
          <DocumentList search={search} onSearch={onSearch} />
        </Tabs.Panel>
        <Tabs.Panel value="so">
          <RegisterPanel
            year={search.year ?? webYear()}
            onYearChange={(year) => onSearch({ year: year === webYear() ? undefined : year })}
          />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
