import { Badge, Button, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { Account } from '../../../contracts/auth';
import { vi } from '../../i18n/vi';

function StatusBadge({ account }: { account: Account }) {
  return (
    <Badge color={account.isActive ? 'green' : 'gray'} variant="light" tt="none">
      {account.isActive ? vi.users.statusActive : vi.users.statusDisabled}
    </Badge>
  );
}

/** Named after the account, since every row has one. */
function EditButton({ account, onEdit }: { account: Account; onEdit: (account: Account) => void }) {
  return (
    <Button
      size="compact-sm"
      variant="light"
      onClick={() => onEdit(account)}
      aria-label={vi.users.editTitle(account.username)}
    >
      {vi.common.edit}
    </Button>
  );
}

/** Phones get one card per account instead of a wide table. */
function UserCards({ users, onEdit }: { users: Account[]; onEdit?: (account: Account) => void }) {
  return (
    <Stack gap="xs">
      {users.map((account) => (
        <Paper key={account.id} withBorder p="xs" radius="sm">
          <Group justify="space-between" wrap="nowrap" align="flex-start" gap={4}>
            <div style={{ minWidth: 0 }}>
              <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
                {account.fullName}
              </Text>
              <Text size="sm" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
                {account.username}
              </Text>
              <Text size="xs" c="dimmed">
                {vi.roles[account.role]} · {account.unit?.fullName ?? vi.common.none}
              </Text>
            </div>
            <Stack gap={4} align="flex-end">
              <StatusBadge account={account} />
              {onEdit && <EditButton account={account} onEdit={onEdit} />}
            </Stack>
          </Group>
        </Paper>
      ))}
    </Stack>
  );
}

export function UserTable({ users, onEdit }: { users: Account[]; onEdit?: (account: Account) => void }) {
  const isPhone = useMediaQuery('(max-width: 48em)');
  if (users.length === 0) return <Text c="dimmed">{vi.users.none}</Text>;
  if (isPhone) return <UserCards users={users} onEdit={onEdit} />;
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped highlightOnHover verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{vi.users.username}</Table.Th>
            <Table.Th>{vi.users.fullName}</Table.Th>
            <Table.Th>{vi.users.role}</Table.Th>
            <Table.Th>{vi.users.unit}</Table.Th>
            <Table.Th>{vi.users.status}</Table.Th>
            {onEdit && <Table.Th>{vi.users.actions}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {users.map((account) => (
            <Table.Tr key={account.id}>
              <Table.Td>
                <Text ff="monospace" size="sm">
                  {account.username}
                </Text>
              </Table.Td>
              <Table.Td>
                {account.fullName}
                {account.position && (
                  <Text size="xs" c="dimmed">
                    {account.position}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{vi.roles[account.role]}</Table.Td>
              <Table.Td>{account.unit?.fullName ?? vi.common.none}</Table.Td>
              <Table.Td>
                <StatusBadge account={account} />
              </Table.Td>
              {onEdit && (
                <Table.Td>
                  <EditButton account={account} onEdit={onEdit} />
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
