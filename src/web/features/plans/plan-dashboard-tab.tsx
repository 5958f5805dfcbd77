import { Badge, Group, Paper, RingProgress, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { TaskStatus } from '../../../contracts/plans';
import { plansVi } from '../../i18n/plans.vi';
import { ErrorAlert } from '../../ui/error-alert';
import { LoadingBlock } from '../../ui/loading-block';
import { usePlanDashboard } from './plans.queries';
import { TASK_STATUS_COLOR } from './status-badges';

const t = plansVi.dashboard;

/** completionRate is a percentage (0–100, one decimal), shown whole. */
const percent = (rate: number): number => Math.round(Math.min(100, Math.max(0, rate)));

/** Theo dõi: completion rate, tasks by status, overdue tasks by unit and how many targets are met. */
export function PlanDashboardTab({ planId }: { planId: number }) {
  const dashboard = usePlanDashboard(planId);
  if (dashboard.isPending) return <LoadingBlock />;
  if (dashboard.error) return <ErrorAlert error={dashboard.error} />;
  const data = dashboard.data;
  const total = TaskStatus.options.reduce((sum, s) => sum + (data.byStatus[s] ?? 0), 0);
  const rate = percent(data.completionRate);
  // A target is met when units reported on it and every latest value meets it.
  const reportedTargets = data.targets.filter((target) => target.reported.length > 0);
  const met = reportedTargets.filter((target) => target.reported.every((r) => r.met === true)).length;

  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <Paper withBorder p="md" radius="md">
          <Group gap="md" wrap="nowrap">
            <RingProgress
              size={110}
              thickness={12}
              roundCaps={rate > 0}
              sections={[{ value: rate, color: rate >= 100 ? 'green' : 'blue' }]}
              label={
                <Text ta="center" fw={700} fz="lg">
                  {rate}%
                </Text>
              }
            />
            <Stack gap={2}>
              <Title order={3} size="h5">
                {t.completion}
              </Title>
              <Text size="sm" c="dimmed">
                {t.total(total)}
              </Text>
              {data.targets.length > 0 && (
                <Text size="sm">
                  {reportedTargets.length > 0 ? t.targetsMet(met, data.targets.length) : t.noTargetReports}
                </Text>
              )}
            </Stack>
          </Group>
        </Paper>
        <Paper withBorder p="md" radius="md">
          <Title order={3} size="h5" mb="xs">
            {t.byStatus}
          </Title>
          <Stack gap={6}>
            {TaskStatus.options.map((status) => (
              <Group key={status} justify="space-between" wrap="nowrap">
                <Badge color={TASK_STATUS_COLOR[status]} variant="light" tt="none">
                  {plansVi.taskStatusLabel[status]}
                </Badge>
                <Text fw={600}>{data.byStatus[status] ?? 0}</Text>
              </Group>
            ))}
          </Stack>
        </Paper>
      </SimpleGrid>
      <Paper withBorder p="md" radius="md">
        <Title order={3} size="h5" mb="xs">
          {t.overdueByUnit}
        </Title>
        {data.overdueByUnit.length === 0 ? (
          <Text c="dimmed" size="sm">
            {t.noOverdue}
          </Text>
        ) : (
          <Table fz="sm" striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t.unit}</Table.Th>
                <Table.Th ta="right">{t.overdue}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {[...data.overdueByUnit]
                .sort((a, b) => b.overdue - a.overdue)
                .map((row) => (
                  <Table.Tr key={row.unitCode}>
                    <Table.Td>{row.unitName}</Table.Td>
                    <Table.Td ta="right" c="red.8" fw={600}>
                      {row.overdue}
                    </Table.Td>
                  </Table.Tr>
                ))}
            </Table.Tbody>
          </Table>
        )}
      </Paper>
    </Stack>
  );
}
