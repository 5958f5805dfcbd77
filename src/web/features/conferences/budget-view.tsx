import { Table, Text } from '@mantine/core';
import type { ConferenceBudget } from '../../../contracts/conferences';
import { conferencesVi } from '../../i18n/conferences.vi';

const t = conferencesVi.budget;

/** Dự toán for an account that may only read it: each line with its source of funds and amount, then the total. */
export function BudgetTable({ budget }: { budget: ConferenceBudget | null }) {
  const lines = budget?.lines ?? [];
  if (lines.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t.empty}
      </Text>
    );
  const total = lines.reduce((sum, line) => sum + (line.amount ?? 0), 0);
  return (
    <Table fz="sm" withTableBorder verticalSpacing="xs" layout="fixed">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t.text}</Table.Th>
          <Table.Th visibleFrom="sm">{t.source}</Table.Th>
          <Table.Th ta="right" w={{ base: 130, sm: 170 }}>
            {t.amount}
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {lines.map((line, i) => (
          <Table.Tr key={`${i}-${line.text}`}>
            <Table.Td style={{ overflowWrap: 'anywhere' }}>
              {line.text}
              {line.source && (
                <Text size="xs" c="dimmed" hiddenFrom="sm">
                  {line.source}
                </Text>
              )}
            </Table.Td>
            <Table.Td visibleFrom="sm" style={{ overflowWrap: 'anywhere' }}>
              {line.source || conferencesVi.none}
            </Table.Td>
            <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
              {line.amount === null ? conferencesVi.none : conferencesVi.number(line.amount)}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
      <Table.Tfoot>
        <Table.Tr>
          <Table.Th>{t.totalLabel}</Table.Th>
          <Table.Th visibleFrom="sm" />
          <Table.Th ta="right" style={{ whiteSpace: 'nowrap' }}>
            {conferencesVi.number(total)}
          </Table.Th>
        </Table.Tr>
      </Table.Tfoot>
    </Table>
  );
}
