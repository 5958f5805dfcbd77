import { Badge, Button, Table, Text } from '@mantine/core';
import type { Account } from '../../../contracts/auth';
import { vi } from '../../i18n/vi';

export function UserTable({ users, onEdit }: { users: Account[]; onEdit?: (account: Account) => void }) {
  if (users.length === 0) return <Text c="dimmed">{vi.users.none}</Text>;
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
                <Badge color={account.isActive ? 'green' : 'gray'} variant="light" tt="none">
                  {account.isActive ? vi.users.statusActive : vi.users.statusDisabled}
                </Badge>
              </Table.Td>
              {onEdit && (
                <Table.Td>
                  <Button size="compact-sm" variant="light" onClick={() => onEdit(account)} aria-label={vi.users.editTitle(account.username)}>
                    {vi.common.edit}
                  </Button>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
