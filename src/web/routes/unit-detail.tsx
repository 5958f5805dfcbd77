import { Stack } from '@mantine/core';
import { formalDate } from '../../core/dates/vn-dates';
import { UnitChildren } from '../features/units/unit-children';
import { UnitHistory } from '../features/units/unit-history';
import { UnitInfo } from '../features/units/unit-info';
import { useUnitDetail } from '../features/units/units.queries';
import { isApiError, isForbidden } from '../api/client';
import { vi } from '../i18n/vi';
import { ErrorAlert } from '../ui/error-alert';
import { ForbiddenPanel } from '../ui/forbidden-panel';
import { LoadingBlock } from '../ui/loading-block';
import { PageHeader } from '../ui/page-header';
import { AnchorLink, ButtonLink } from '../ui/router-links';

export function UnitDetailPage({ code, at }: { code: string; at: string | undefined }) {
  const { data: unit, error, isPending } = useUnitDetail(code, at);
  if (isPending) return <LoadingBlock />;
  if (isForbidden(error))
    return <ForbiddenPanel message={error.message} backTo="/don-vi" backLabel={vi.units.title} />;
  if (error) {
    return (
      <Stack>
        <ErrorAlert
          error={error}
          title={isApiError(error) && error.status === 404 ? vi.errors.notFoundTitle : undefined}
        />
        <div>
          <ButtonLink to="/don-vi" variant="light">
            {vi.units.title}
          </ButtonLink>
        </div>
      </Stack>
    );
  }

  const crumbs = [
    <AnchorLink key="units" to="/don-vi" search={{ at }} size="sm">
      {vi.units.title}
    </AnchorLink>,
    ...unit.ancestors.map((ancestor) => (
      <AnchorLink
        key={ancestor.code}
        to="/don-vi/$code"
        params={{ code: ancestor.code }}
        search={{ at }}
        size="sm"
      >
        {ancestor.fullName}
      </AnchorLink>
    )),
  ];

  return (
    <>
      <PageHeader
        title={unit.fullName}
        crumbs={crumbs}
        description={at ? vi.units.seenAt(formalDate(at)) : undefined}
        actions={
          <ButtonLink
            to="/don-vi/$code/quan-tri"
            params={{ code: unit.code }}
            search={{ at }}
            variant="light"
          >
            {vi.unitDetail.admin}
          </ButtonLink>
        }
      />
      <Stack gap="md">
        <UnitInfo unit={unit} />
        <UnitHistory unit={unit} />
        <UnitChildren unit={unit} at={at} />
      </Stack>
    </>
  );
}
