import { Stack, Text } from '@mantine/core';
import { isForbidden } from '../api/client';
import { useMe } from '../features/auth/auth.queries';
import { ChildUnitsTable, DashboardStats } from '../features/tasks/unit-dashboard';
import { useUnitDashboard } from '../features/tasks/tasks.queries';
import { useWorkingUnit } from '../features/units/working-unit';
import { tasksVi } from '../i18n/tasks.vi';
import { ErrorAlert } from '../ui/error-alert';
import { ForbiddenPanel } from '../ui/forbidden-panel';
import { LoadingBlock } from '../ui/loading-block';
import { PageHeader } from '../ui/page-header';
import { AnchorLink } from '../ui/router-links';
import { SectionCard } from '../ui/section-card';

const t = tasksVi.tracking;

function Dashboard({ code, home }: { code: string; home: { code: string; name: string } | null }) {
  const { data, error, isPending } = useUnitDashboard(code);
  const crumbs =
    home && home.code !== code
      ? [
          <AnchorLink key="home" to="/theo-doi" size="sm">
            {t.backTo(home.name)}
          </AnchorLink>,
        ]
      : undefined;
  if (isPending) return <LoadingBlock />;
  if (isForbidden(error))
    return <ForbiddenPanel message={error.message} backTo="/theo-doi" backLabel={t.title} />;
  if (error)
    return (
      <>
        <PageHeader title={t.title} crumbs={crumbs} />
        <ErrorAlert error={error} />
      </>
    );
  return (
    <>
      <PageHeader title={t.title} description={t.of(data.unitName)} crumbs={crumbs} />
      <Stack gap="md">
        <DashboardStats dashboard={data} />
        <SectionCard titleId="child-units" title={t.children}>
          <Text size="sm" c="dimmed" mb="sm">
            {t.childrenHint}
          </Text>
          <ChildUnitsTable rows={data.byChild} />
        </SectionCard>
      </Stack>
    </>
  );
}

/** /theo-doi: the working unit's completion and overdue tasks, with a row per unit below it. */
export function TrackingPage({ code: chosen }: { code: string | undefined }) {
  const me = useMe();
  const { unit: workingUnit } = useWorkingUnit();
  const home = workingUnit ?? me.unit;
  const code = chosen ?? home?.code;
  if (!code) return <PageHeader title={t.title} description={tasksVi.list.noUnit} />;
  return <Dashboard key={code} code={code} home={home ? { code: home.code, name: home.fullName } : null} />;
}
