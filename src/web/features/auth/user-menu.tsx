import { Avatar, Box, Group, Menu, Text, UnstyledButton } from '@mantine/core';
import { Link, useNavigate } from '@tanstack/react-router';
import type { Account } from '../../../contracts/auth';
import { vi } from '../../i18n/vi';
import { useLogout } from './auth.queries';

function initials(fullName: string): string {
  const words = fullName.trim().split(/\s+/);
  const last = words[words.length - 1] ?? '';
  return last.slice(0, 1).toUpperCase() || '?';
}

export function UserMenu({ account }: { account: Account }) {
  const logout = useLogout();
  const navigate = useNavigate();
  return (
    <Menu position="bottom-end" withinPortal shadow="md" width={220}>
      <Menu.Target>
        <UnstyledButton aria-label={vi.shell.userMenu}>
          <Group gap="xs" wrap="nowrap">
            <Avatar color="red" radius="xl" size="md">
              {initials(account.fullName)}
            </Avatar>
            <Box visibleFrom="sm" style={{ lineHeight: 1.1, maxWidth: 200 }}>
              <Text size="sm" fw={600} lineClamp={1}>
                {account.fullName}
              </Text>
              <Text size="xs" c="dimmed" lineClamp={1}>
                {vi.roles[account.role]}
              </Text>
            </Box>
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{account.username}</Menu.Label>
        <Menu.Item component={Link} to="/tai-khoan">
          {vi.shell.account}
        </Menu.Item>
        <Menu.Item component={Link} to="/tai-khoan" hash="doi-mat-khau">
          {vi.shell.changePassword}
        </Menu.Item>
        <Menu.Divider />
        <Menu.Item
          color="red"
          onClick={() =>
            logout.mutate(undefined, {
              onSettled: () => void navigate({ to: '/dang-nhap', search: { redirect: undefined } }),
            })
          }
        >
          {vi.shell.logout}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
