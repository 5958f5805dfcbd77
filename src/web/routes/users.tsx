import { useNavigate } from '@tanstack/react-router';
import { isAdmin, useMe } from '../features/auth/auth.queries';
import { useWorkingUnit } from '../features/units/working-unit';
import { UserDirectory } from '../features/users/user-directory';
import { vi } from '../i18n/vi';
import { ForbiddenPanel } from '../ui/forbidden-panel';
import { PageHeader } from '../ui/page-header';
import type { UsersSearch } from './route-search';

/** /nguoi-dung: every account in the admin's scope; the search text and page are in the address. */
export function UsersPage({ search }: { search: UsersSearch }) {
  const me = useMe();
  const { unit } = useWorkingUnit();
  const navigate = useNavigate({ from: '/nguoi-dung' });
  if (!isAdmin(me)) return <ForbiddenPanel />;
  return (
    <>
      <PageHeader title={vi.users.title} description={vi.users.intro} />
      <UserDirectory
        canCreate
        canEdit
        defaultUnit={unit}
        search={search}
        onSearch={(patch, replace = true) =>
          void navigate({ search: (prev) => ({ ...prev, ...patch }), replace })
        }
      />
    </>
  );
}
