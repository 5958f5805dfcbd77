import { Stack } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { isForbidden } from '../api/client';
import { useUnitDetail } from '../features/units/units.queries';
import { UserDirectory } from '../features/users/user-directory';
import { vi } from '../i18n/vi';
import { ErrorAlert } from '../ui/error-alert';
import { ForbiddenPanel } from '../ui/forbidden-panel';
import { LoadingBlock } from '../ui/loading-block';
import { PageHeader } from '../ui/page-header';
import { AnchorLink, ButtonLink } from '../ui/router-links';
import type { UsersSearch } from './route-search';

interface UnitAdminPageProps {
  code: string;
  at: string | undefined;
  /** The accounts list's search text and page, in the address beside `at`. */
  users: UsersSearch;
}

export function UnitAdminPage({ code, at, users }: UnitAdminPageProps) {
  const { data: unit, error, isPending } = useUnitDetail(code, at);
  const navigate = useNavigate({ from: '/don-vi/$code/quan-tri' });
  const back = { backTo: `/don-vi/${encodeURIComponent(code)}`, backLabel: vi.unitAdmin.backToUnit };
  if (isPending) return <LoadingBlock />;
  if (isForbidden(error)) return <ForbiddenPanel message={error.message} {...back} />;
  if (error) return <ErrorAlert error={error} />;
  const crumbs = [
    <AnchorLink key="units" to="/don-vi" size="sm">
      {vi.units.title}
    </AnchorLink>,
    <AnchorLink key="unit" to="/don-vi/$code" params={{ code: unit.code }} search={{ at }} size="sm">
      {unit.fullName}
    </AnchorLink>,
  ];
  return (
    <>
      <PageHeader
        title={vi.unitAdmin.title(unit.fullName)}
        description={vi.unitAdmin.intro}
        crumbs={crumbs}
        actions={
          <ButtonLink to="/don-vi/$code" params={{ code: unit.code }} search={{ at }} variant="default">
            {vi.unitAdmin.backToUnit}
          </ButtonLink>
        }
      />
      <Stack>
        <UserDirectory
          unitCode={unit.code}
          canCreate={unit.permissions.canAdminister}
          canEdit={unit.permissions.canAdminister}
          defaultUnit={unit}
          {...back}
          search={users}
          onSearch={(patch, replace = true) =>
            void navigate({ search: (prev) => ({ ...prev, ...patch }), replace })
          }
        />
      </Stack>
    </>
  );
}
