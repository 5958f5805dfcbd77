import { SimpleGrid, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import type { Account } from '../../../contracts/auth';
import { vi } from '../../i18n/vi';

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text style={{ overflowWrap: 'anywhere' }}>{children}</Text>
    </div>
  );
}

/** Role, unit and scopes of an account; a null scope means the whole country. */
export function AccountSummary({ account, extra }: { account: Account; extra?: ReactNode }) {
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="sm">
      <Item label={vi.home.role}>{vi.roles[account.role]}</Item>
      <Item label={vi.home.unit}>{account.unit?.fullName ?? vi.common.none}</Item>
      {account.organization && <Item label={vi.home.organization}>{account.organization.fullName}</Item>}
      <Item label={vi.home.captureScope}>{account.captureScope?.fullName ?? vi.common.wholeCountry}</Item>
      <Item label={vi.home.viewScope}>{account.viewScope?.fullName ?? vi.common.wholeCountry}</Item>
      {extra}
    </SimpleGrid>
  );
}

export { Item as AccountItem };
