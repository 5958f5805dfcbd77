import { Button, Code, Group, Paper, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
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
      <Code
        block
        style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', maxHeight: 320, overflow: 'auto' }}
      >
        {value === null || value === undefined ? vi.common.none : JSON.stringify(value, null, 2)}
      </Code>
    </div>
  );
}

function EntryDetails({ entry }: { entry: AuditEntry }) {
  return (
    <>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
        <JsonBlock title={vi.audit.before} value={entry.before} />
        <JsonBlock title={vi.audit.after} value={entry.after} />
      </SimpleGrid>
      {entry.ip && (
        <Text size="xs" c="dimmed" mt={4}>
          {vi.audit.ip}: {entry.ip}
        </Text>
      )}
    </>
  );
}

function entityText(entry: AuditEntry): string {
  return entry.entityId ? `${entry.entityType} #${entry.entityId}` : entry.entityType;
}

function DetailsToggle({ isOpen, onToggle }: { isOpen: boolean; onToggle: () => void }) {
  return (
    <Button size="compact-xs" variant="subtle" onClick={onToggle} aria-expanded={isOpen}>
      {isOpen ? vi.audit.hideDetails : vi.audit.showDetails}
    </Button>
  );
}

/** Phones get one card per entry instead of a six-column table. */
function AuditCards({
  entries,
  openId,
  onToggle,
}: {
  entries: AuditEntry[];
  openId: number | null;
  onToggle: (id: number) => void;
}) {
  return (
    <Stack gap="xs">
      {entries.map((entry) => {
        const isOpen = openId === entry.id;
        return (
          <Paper key={entry.id} withBorder p="xs" radius="sm">
            <Group justify="space-between" gap={4} wrap="nowrap" align="flex-start">
              <div style={{ minWidth: 0 }}>
                <Text size="sm" fw={600}>
                  {dateTimeVn(entry.at, true)}
                </Text>
                <Text size="sm">
                  {entry.actorUsername ?? vi.audit.system} · <Code>{entry.action}</Code>
                </Text>
                <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                  {entityText(entry)}
                  {entry.unitCode ? ` · ${vi.audit.unit} ${entry.unitCode}` : ''}
                </Text>
              </div>
              <DetailsToggle isOpen={isOpen} onToggle={() => onToggle(entry.id)} />
            </Group>
            {isOpen && (
              <div style={{ marginTop: 8 }}>
                <EntryDetails entry={entry} />
              </div>
            )}
          </Paper>
        );
      })}
    </Stack>
  );
}

export function AuditTable({ entries }: { entries: AuditEntry[] }) {
  const [openId, setOpenId] = useState<number | null>(null);
  const isPhone = useMediaQuery('(max-width: 48em)');
  const toggle = (id: number) => setOpenId((current) => (current === id ? null : id));
  if (entries.length === 0) return <Text c="dimmed">{vi.audit.none}</Text>;
  if (isPhone) return <AuditCards entries={entries} openId={openId} onToggle={toggle} />;
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
                    <DetailsToggle isOpen={isOpen} onToggle={() => toggle(entry.id)} />
                  </Table.Td>
                </Table.Tr>
                {isOpen && (
                  <Table.Tr>
                    <Table.Td colSpan={6}>
                      <EntryDetails entry={entry} />
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
