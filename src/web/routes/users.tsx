import { isAdmin, useMe } from '../features/auth/auth.queries';
import { useWorkingUnit } from '../features/units/working-unit';
import { UserDirectory } from '../features/users/user-directory';
import { vi } from '../i18n/vi';
import { ForbiddenPanel } from '../ui/forbidden-panel';
import { PageHeader } from '../ui/page-header';

export function UsersPage() {
  const me = useMe();
  const { unit } = useWorkingUnit();
  if (!isAdmin(me)) return <ForbiddenPanel />;
  return (
    <>
      <PageHeader title={vi.users.title} description={vi.users.intro} />
      <UserDirectory canCreate canEdit defaultUnit={unit} />
    </>
  );
}
