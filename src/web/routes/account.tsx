import { Stack, Text } from '@mantine/core';
import { useEffect } from 'react';
import { dateTimeVn } from '../ui/date-display';
import { AccountSummary } from '../features/auth/account-summary';
import { useMe } from '../features/auth/auth.queries';
import { ChangePasswordForm } from '../features/auth/change-password-form';
import { vi } from '../i18n/vi';
import { LabelledValue } from '../ui/labelled-value';
import { PageHeader } from '../ui/page-header';
import { SectionCard } from '../ui/section-card';

export const CHANGE_PASSWORD_ANCHOR = 'doi-mat-khau';

export function AccountPage() {
  const me = useMe();
  useEffect(() => {
    if (window.location.hash === `#${CHANGE_PASSWORD_ANCHOR}`) {
      document.getElementById(CHANGE_PASSWORD_ANCHOR)?.scrollIntoView();
    }
  }, []);
  return (
    <>
      <PageHeader title={vi.account.title} />
      <Stack gap="md">
        <SectionCard titleId="profile" title={vi.account.profile}>
          <Text fw={600} size="lg">
            {me.fullName}
          </Text>
          <Text c="dimmed" mb="sm">
            {me.username}
            {me.position ? ` · ${me.position}` : ''}
          </Text>
          <AccountSummary
            account={me}
            extra={
              <>
                <LabelledValue label={vi.users.email}>{me.email ?? vi.common.none}</LabelledValue>
                <LabelledValue label={vi.users.phone}>{me.phone ?? vi.common.none}</LabelledValue>
                <LabelledValue label={vi.account.createdAt}>{dateTimeVn(me.createdAt)}</LabelledValue>
              </>
            }
          />
        </SectionCard>
        <SectionCard titleId={CHANGE_PASSWORD_ANCHOR} title={vi.account.changePassword}>
          <ChangePasswordForm />
        </SectionCard>
      </Stack>
    </>
  );
}
