import { Alert, Group, List, Stack, Tabs, Text } from '@mantine/core';
import { hasConferenceFacts } from '../features/conferences/conference-text';
import { CreateFromPlanButton } from '../features/conferences/create-from-plan';
import { isForbidden } from '../api/client';
import { PlanActions } from '../features/plans/plan-actions';
import { PlanCascadeTab } from '../features/plans/plan-cascade-tab';
import { PlanDashboardTab } from '../features/plans/plan-dashboard-tab';
import { PlanDocumentTab } from '../features/plans/plan-document-tab';
import { PlanGantt } from '../features/plans/plan-gantt';
import { PlanTargetsTab } from '../features/plans/plan-targets-tab';
import { PlanTasksTab } from '../features/plans/plan-tasks-tab';
import { usePlanDetail } from '../features/plans/plans.queries';
import { PlanStatusBadge } from '../features/plans/status-badges';
import { plansVi } from '../i18n/plans.vi';
import { ErrorAlert } from '../ui/error-alert';
import { ForbiddenPanel } from '../ui/forbidden-panel';
import { LoadingBlock } from '../ui/loading-block';
import { PageHeader } from '../ui/page-header';
import { AnchorLink } from '../ui/router-links';
import { PLAN_TABS, type PlanTab } from './route-search';

const t = plansVi.detail;

const TAB_LABELS: Record<PlanTab, string> = {
  'van-ban': t.tabs.document,
  'nhiem-vu': t.tabs.tasks,
  'tien-do': t.tabs.gantt,
  'chi-tieu': t.tabs.targets,
  'phan-cap': t.tabs.cascade,
  'theo-doi': t.tabs.dashboard,
};

interface PlanPageProps {
  id: number;
  tab: PlanTab;
  onTabChange: (tab: PlanTab) => void;
}

/** /ke-hoach/$id: the plan's header and life-cycle buttons, then its text, tasks, timeline, targets, cascade, dashboard. */
export function PlanPage({ id, tab, onTabChange }: PlanPageProps) {
  const detail = usePlanDetail(id);
  if (detail.isPending) return <LoadingBlock />;
  if (isForbidden(detail.error)) return <ForbiddenPanel message={detail.error.message} backTo="/ke-hoach" />;
  if (detail.error) return <ErrorAlert error={detail.error} />;
  const plan = detail.data;
  return (
    <>
      <PageHeader
        title={t.title(plan.number)}
        crumbs={[
          <AnchorLink key="plans" to="/ke-hoach">
            {plansVi.breadcrumb}
          </AnchorLink>,
        ]}
        description={
          <Group gap="xs" component="span">
            <PlanStatusBadge status={plan.status} />
            <Text span size="sm" style={{ overflowWrap: 'anywhere' }}>
              {plan.title} · {plan.unitName}
            </Text>
          </Group>
        }
      />
      <Stack gap="sm" mb="md">
        {plan.parentPlan && (
          <Text size="sm">
            {t.parentPlan}:{' '}
            <AnchorLink to="/ke-hoach/$id" params={{ id: String(plan.parentPlan.id) }}>
              {plan.parentPlan.number ? `${plan.parentPlan.number} – ` : ''}
              {plan.parentPlan.title}
            </AnchorLink>
          </Text>
        )}
        <Text size="sm" c={plan.overdueCount > 0 ? 'red.8' : 'dimmed'}>
          {t.tasksSummary(plan.doneCount, plan.taskCount, plan.overdueCount)}
        </Text>
        {plan.warnings.length > 0 && (
          <Alert color="orange" variant="light" title={t.warnings}>
            <List size="sm" spacing={2}>
              {plan.warnings.map((warning) => (
                <List.Item key={warning}>{warning}</List.Item>
              ))}
            </List>
          </Alert>
        )}
        <PlanActions plan={plan}>
          {plan.permissions.canEdit && hasConferenceFacts(plan.draft) && (
            <CreateFromPlanButton planId={plan.id} />
          )}
        </PlanActions>
      </Stack>
      <Tabs
        value={tab}
        onChange={(value) => {
          const next = PLAN_TABS.find((v) => v === value);
          if (next) onTabChange(next);
        }}
        keepMounted={false}
      >
        <Tabs.List mb="md" style={{ flexWrap: 'nowrap', overflowX: 'auto', overflowY: 'hidden' }}>
          {PLAN_TABS.map((value) => (
            <Tabs.Tab key={value} value={value} style={{ flex: 'none' }}>
              {TAB_LABELS[value]}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="van-ban">
          <PlanDocumentTab plan={plan} />
        </Tabs.Panel>
        <Tabs.Panel value="nhiem-vu">
          <PlanTasksTab plan={plan} />
        </Tabs.Panel>
        <Tabs.Panel value="tien-do">
          <PlanGantt plan={plan} />
        </Tabs.Panel>
        <Tabs.Panel value="chi-tieu">
          <PlanTargetsTab plan={plan} />
        </Tabs.Panel>
        <Tabs.Panel value="phan-cap">
          <PlanCascadeTab plan={plan} />
        </Tabs.Panel>
        <Tabs.Panel value="theo-doi">
          <PlanDashboardTab planId={plan.id} />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
