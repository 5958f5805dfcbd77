import { Paper, Progress, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { z } from 'zod';
import type { UnitDashboard as UnitDashboardData } from '../../../contracts/plans';
import { tasksVi } from '../../i18n/tasks.vi';
import { AnchorLink } from '../../ui/router-links';

type Dashboard = z.infer<typeof UnitDashboardData>;
type ChildRow = Dashboard['byChild'][number];

const t = tasksVi.tracking;
const percent = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });
/** The server gives rates as percentages with one decimal (86.7). */
export const rateText = (rate: number) => `${percent.format(rate)}%`;

function Stat({ label, value, color }: { label: string; value: string; color?: string }) {
  return (
    <Paper withBorder p="sm" radius="md">
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text fz={{ base: 24, sm: 30 }} fw={700} c={color}>
        {value}
      </Text>
    </Paper>
  );
}

/** The unit's totals: tasks its subtree leads, done, overdue, and the completion rate. */
export function DashboardStats({ dashboard }: { dashboard: Dashboard }) {
  return (
    <Stack gap="xs">
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
        <Stat label={t.total} value={String(dashboard.total)} />
        <Stat label={t.done} value={String(dashboard.done)} color="green.8" />
        <Stat
          label={t.overdue}
          value={String(dashboard.overdue)}
          color={dashboard.overdue > 0 ? 'red.8' : undefined}
        />
        <Stat label={t.rate} value={rateText(dashboard.completionRate)} />
      </SimpleGrid>
      <Progress
        value={dashboard.completionRate}
        color="green"
        size="lg"
        aria-label={`${t.rate} ${rateText(dashboard.completionRate)}`}
      />
    </Stack>
  );
}

function CardFigure({ label, value, color }: { label: string; value: number; color?: string }) {
  return (
    <div>
      <Text fw={700} c={color}>
        {value}
      </Text>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
    </div>
  );
}

const ChildLink = ({ child }: { child: ChildRow }) => (
  <AnchorLink
    to="/theo-doi/$code"
    params={{ code: child.unitCode }}
    fw={500}
    style={{ overflowWrap: 'anywhere' }}
  >
    {child.unitName}
  </AnchorLink>
);

/** One row per unit directly below, most overdue first; each opens that unit's own dashboard. */
export function ChildUnitsTable({ rows }: { rows: ChildRow[] }) {
  const isPhone = useMediaQuery('(max-width: 48em)');
  const sorted = [...rows].sort(
    (a, b) => b.overdue - a.overdue || a.unitName.localeCompare(b.unitName, 'vi'),
  );
  if (sorted.length === 0) return <Text c="dimmed">{t.noChildren}</Text>;
  if (isPhone)
    return (
      <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {sorted.map((child) => (
          <Paper key={child.unitCode} withBorder p="sm" radius="sm" component="li">
            <ChildLink child={child} />
            <SimpleGrid cols={3} spacing={4} mt={6}>
              <CardFigure label={t.totalShort} value={child.total} />
              <CardFigure label={t.doneShort} value={child.done} />
              <CardFigure
                label={t.overdue}
                value={child.overdue}
                color={child.overdue > 0 ? 'red.8' : undefined}
              />
            </SimpleGrid>
            <Progress value={child.completionRate} color="green" size="sm" mt={6} aria-hidden />
            <Text size="xs" c="dimmed">
              {t.rate}: {rateText(child.completionRate)}
            </Text>
          </Paper>
        ))}
      </Stack>
    );
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t.unit}</Table.Th>
            <Table.Th ta="right">{t.total}</Table.Th>
            <Table.Th ta="right">{t.done}</Table.Th>
            <Table.Th ta="right">{t.overdue}</Table.Th>
            <Table.Th w={200}>{t.rate}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sorted.map((child) => (
            <Table.Tr key={child.unitCode}>
              <Table.Td>
                <ChildLink child={child} />
              </Table.Td>
              <Table.Td ta="right">{child.total}</Table.Td>
              <Table.Td ta="right">{child.done}</Table.Td>
              <Table.Td
                ta="right"
                c={child.overdue > 0 ? 'red.8' : undefined}
                fw={child.overdue > 0 ? 700 : undefined}
              >
                {child.overdue}
              </Table.Td>
              <Table.Td>
                <Progress value={child.completionRate} color="green" size="sm" aria-hidden />
                <Text size="xs" c="dimmed">
                  {rateText(child.completionRate)}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
