import { SimpleGrid } from '@mantine/core';
import type { ReactNode } from 'react';
import type { Account } from '../../../contracts/auth';
import { vi } from '../../i18n/vi';
import { LabelledValue } from '../../ui/labelled-value';

/** Role, unit and scopes of an account; a null scope means the whole country. */
export function AccountSummary({ account, extra }: { account: Account; extra?: ReactNode }) {
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="sm">
      <LabelledValue label={vi.home.role}>{vi.roles[account.role]}</LabelledValue>
      <LabelledValue label={vi.home.unit}>{account.unit?.fullName ?? vi.common.none}</LabelledValue>
      {account.organization && (
        <LabelledValue label={vi.home.organization}>{account.organization.fullName}</LabelledValue>
      )}
      <LabelledValue label={vi.home.captureScope}>
        {account.captureScope?.fullName ?? vi.common.wholeCountry}
      </LabelledValue>
      <LabelledValue label={vi.home.viewScope}>
        {account.viewScope?.fullName ?? vi.common.wholeCountry}
      </LabelledValue>
      {extra}
    </SimpleGrid>
  );
}
