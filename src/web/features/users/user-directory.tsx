import { Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useDebouncedValue, useMediaQuery } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import type { Account } from '../../../contracts/auth';
import type { UnitSummary } from '../../../contracts/units';
import { isForbidden } from '../../api/client';
import { vi } from '../../i18n/vi';
import { ForbiddenPanel } from '../../ui/forbidden-panel';
import { PagedResults } from '../../ui/paged-results';
import { CreateUserForm } from './create-user-form';
import { EditUserForm } from './edit-user-form';
import { UserTable } from './user-table';
import { useUserList } from './users.queries';
import { NoticeAlert } from '../../ui/notice-alert';
import type { UsersSearch } from '../../routes/route-search';

const PAGE_SIZE = 50;

interface UserDirectoryProps {
  /** List the accounts of this unit's subtree; undefined = the whole scope of the signed-in account. */
  unitCode?: string;
  canCreate: boolean;
  canEdit: boolean;
  defaultUnit: UnitSummary | null;
  backTo?: string;
  backLabel?: string;
  /** The text search and page, kept in the page's address. */
  search: UsersSearch;
  /** Changes them: `replace` for the search text (not a step back), push for a page. */
  onSearch: (patch: Partial<UsersSearch>, replace?: boolean) => void;
}

/** Search, list, create and edit accounts; a 403 answer turns the whole block into the forbidden panel. */
export function UserDirectory({
  unitCode,
  canCreate,
  canEdit,
  defaultUnit,
  backTo,
  backLabel,
  search,
  onSearch,
}: UserDirectoryProps) {
  const [text, setText] = useState(search.q ?? '');
  const [debounced] = useDebouncedValue(text.trim(), 350);
  const q = search.q;
  const page = search.page ?? 1;
  useEffect(() => {
    if ((q ?? '') !== debounced) onSearch({ q: debounced || undefined, page: undefined });
    // Only the debounced text drives the address; the address does not echo back into the box.
  }, [debounced]);
  const [isCreating, setCreating] = useState(false);
  const [editing, setEditing] = useState<Account | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const isPhone = useMediaQuery('(max-width: 36em)');
  const { data, error, isPending } = useUserList({
    unit: unitCode,
    q,
    limit: PAGE_SIZE,
    offset: (page - 1) * PAGE_SIZE,
  });

  if (isForbidden(error))
    return <ForbiddenPanel message={error.message} backTo={backTo} backLabel={backLabel} />;

  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-end" gap="sm">
        <TextInput
          label={vi.users.search}
          placeholder={vi.users.searchPlaceholder}
          type="search"
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
          style={{ flex: '1 1 240px', maxWidth: 420 }}
        />
        {canCreate && <Button onClick={() => setCreating(true)}>{vi.users.create}</Button>}
      </Group>
      <NoticeAlert notice={notice} onClose={() => setNotice(null)} />
      <PagedResults
        data={data}
        error={error}
        isPending={isPending}
        page={page}
        pageSize={PAGE_SIZE}
        onPageChange={(next) => onSearch({ page: next > 1 ? next : undefined }, false)}
      >
        {(users) => <UserTable users={users} onEdit={canEdit ? setEditing : undefined} />}
      </PagedResults>
      <Modal
        opened={isCreating}
        onClose={() => setCreating(false)}
        title={vi.users.create}
        size="xl"
        fullScreen={isPhone}
      >
        <CreateUserForm
          defaultUnit={defaultUnit}
          onCancel={() => setCreating(false)}
          onCreated={(account) => {
            setCreating(false);
            setNotice(vi.users.created(account.username));
          }}
        />
      </Modal>
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing ? vi.users.editTitle(editing.username) : ''}
        size="xl"
        fullScreen={isPhone}
      >
        {editing && (
          <EditUserForm
            account={editing}
            onCancel={() => setEditing(null)}
            onSaved={() => {
              setEditing(null);
              setNotice(vi.common.saved);
            }}
          />
        )}
      </Modal>
    </Stack>
  );
}
