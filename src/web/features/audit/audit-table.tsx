import { Button, Code, SimpleGrid, Table, Text } from '@mantine/core';
import { Fragment, useState } from 'react';
import type { AuditEntry } from '../../../contracts/audit';
import { vi } from '../../i18n/vi';
import { dateTimeVn } from '../../ui/date-display';

function JsonBlock({ title, value }: { title: string; value: unknown }) {
  return (
    <div style={{ minWidth: 0 }}>
      <Text size="xs" fw={600} c="dimmed" mb={4}>
        {title}
      </Text>
      <Code block style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', maxHeight: 320, overflow: 'auto' }}>
        {value === null || value === undefined ? vi.common.none : JSON.stringify(value, null, 2)}
      </Code>
    </div>
  );
}

export function AuditTable({ entries }: { entries: AuditEntry[] }) {
  const [openId, setOpenId] = useState<number | null>(null);
  if (entries.length === 0) return <Text c="dimmed">{vi.audit.none}</Text>;
  return (
    <Table.ScrollContainer minWidth={820}>
      <Table verticalSpacing="xs" highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{vi.audit.time}</Table.Th>
            <Table.Th>{vi.audit.actor}</Table.Th>
            <Table.Th>{vi.audit.action}</Table.Th>
            <Table.Th>{vi.audit.entity}</Table.Th>
            <Table.Th>{vi.audit.unit}</Table.Th>
            <Table.Th>{vi.audit.details}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map((entry) => {
            const isOpen = openId === entry.id;
            return (
              <Fragment key={entry.id}>
                <Table.Tr>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{dateTimeVn(entry.at, true)}</Table.Td>
                  <Table.Td>{entry.actorUsername ?? vi.audit.system}</Table.Td>
                  <Table.Td>
                    <Code>{entry.action}</Code>
                  </Table.Td>
                  <Table.Td>
                    {entry.entityType}
                    {entry.entityId && (
                      <Text span c="dimmed" size="sm">
                        {' '}
                        #{entry.entityId}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{entry.unitCode ?? vi.common.none}</Table.Td>
                  <Table.Td>
                    <Button size="compact-xs" variant="subtle" onClick={() => setOpenId(isOpen ? null : entry.id)} aria-expanded={isOpen}>
                      {isOpen ? vi.audit.hideDetails : vi.audit.showDetails}
                    </Button>
                  </Table.Td>
                </Table.Tr>
                {isOpen && (
                  <Table.Tr>
                    <Table.Td colSpan={6}>
                      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
                        <JsonBlock title={vi.audit.before} value={entry.before} />
                        <JsonBlock title={vi.audit.after} value={entry.after} />
                      </SimpleGrid>
                      {entry.ip && (
                        <Text size="xs" c="dimmed" mt={4}>
                          {vi.audit.ip}: {entry.ip}
                        </Text>
                      )}
                    </Table.Td>
                  </Table.Tr>
                )}
              </Fragment>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
