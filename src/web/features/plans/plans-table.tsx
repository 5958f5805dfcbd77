import { Group, Paper, Stack, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { PlanSummary } from '../../../contracts/plans';
import { plansVi } from '../../i18n/plans.vi';
import { AnchorLink } from '../../ui/router-links';
import { PlanStatusBadge } from './status-badges';

const t = plansVi.list;

const TitleLink = ({ plan }: { plan: PlanSummary }) => (
  <AnchorLink to="/ke-hoach/$id" params={{ id: String(plan.id) }} style={{ overflowWrap: 'anywhere' }}>
    {plan.title}
  </AnchorLink>
);

function TaskCounts({ plan }: { plan: PlanSummary }) {
  return (
    <>
      <Text span size="sm">
        {t.taskCount(plan.doneCount, plan.taskCount)}
      </Text>
      {plan.overdueCount > 0 && (
        <Text span size="sm" c="red.8" fw={600}>
          {' · '}
          {t.overdueCount(plan.overdueCount)}
        </Text>
      )}
    </>
  );
}

/** Plans in scope: a table on wide screens, one card per plan on a phone. */
export function PlansTable({ items }: { items: PlanSummary[] }) {
  const isPhone = useMediaQuery('(max-width: 48em)');
  if (items.length === 0) return <Text c="dimmed">{t.empty}</Text>;
  if (isPhone)
    return (
      <Stack gap="xs">
        {items.map((plan) => (
          <Paper key={plan.id} withBorder p="xs">
            <Stack gap={4}>
              <Group gap="xs">
                <PlanStatusBadge status={plan.status} />
                <Text size="sm">{plan.number ?? t.notNumbered}</Text>
              </Group>
              <TitleLink plan={plan} />
              <Text size="xs" c="dimmed">
                {plan.unitName} · {plan.year}
              </Text>
              <div>
                <TaskCounts plan={plan} />
              </div>
            </Stack>
          </Paper>
        ))}
      </Stack>
    );
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t.status}</Table.Th>
            <Table.Th>{t.number}</Table.Th>
            <Table.Th>{t.titleColumn}</Table.Th>
            <Table.Th>{t.unit}</Table.Th>
            <Table.Th>{t.year}</Table.Th>
            <Table.Th>{t.tasks}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((plan) => (
            <Table.Tr key={plan.id}>
              <Table.Td>
                <PlanStatusBadge status={plan.status} />
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{plan.number ?? t.notNumbered}</Table.Td>
              <Table.Td>
                <TitleLink plan={plan} />
              </Table.Td>
              <Table.Td>{plan.unitName}</Table.Td>
              <Table.Td>{plan.year}</Table.Td>
              <Table.Td>
                <TaskCounts plan={plan} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
