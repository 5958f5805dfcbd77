import { Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect } from 'react';
import { dateTimeVn } from '../ui/date-display';
import { AccountItem, AccountSummary } from '../features/auth/account-summary';
import { useMe } from '../features/auth/auth.queries';
import { ChangePasswordForm } from '../features/auth/change-password-form';
import { vi } from '../i18n/vi';
import { PageHeader } from '../ui/page-header';

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
        <Paper
          withBorder
          p={{ base: 'sm', sm: 'md' }}
          radius="md"
          component="section"
          aria-labelledby="profile"
        >
          <Title order={2} size="h3" id="profile" mb="sm">
            {vi.account.profile}
          </Title>
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
                <AccountItem label={vi.users.email}>{me.email ?? vi.common.none}</AccountItem>
                <AccountItem label={vi.users.phone}>{me.phone ?? vi.common.none}</AccountItem>
                <AccountItem label={vi.account.createdAt}>{dateTimeVn(me.createdAt)}</AccountItem>
              </>
            }
          />
        </Paper>
        <Paper
          withBorder
          p={{ base: 'sm', sm: 'md' }}
          radius="md"
          component="section"
          aria-labelledby={CHANGE_PASSWORD_ANCHOR}
        >
          <Title order={2} size="h3" id={CHANGE_PASSWORD_ANCHOR} mb="sm">
            {vi.account.changePassword}
          </Title>
          <ChangePasswordForm />
        </Paper>
      </Stack>
    </>
  );
}
