import {
  Alert,
  Box,
  Button,
  Center,
  Paper,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useNavigate } from '@tanstack/react-router';
import { isApiError } from '../api/client';
import { useLogin } from '../features/auth/auth.queries';
import { vi } from '../i18n/vi';
import { dateTimeVn } from '../ui/date-display';
import { errorMessage } from '../ui/error-alert';
import { safeRedirect } from './route-search';

function loginErrorText(error: unknown): string {
  const message = errorMessage(error);
  if (!isApiError(error) || error.code !== 'ACCOUNT_LOCKED') return message;
  const lockedUntil = (error.details as { lockedUntil?: unknown } | undefined)?.lockedUntil;
  if (typeof lockedUntil !== 'string') return message;
  const when = dateTimeVn(lockedUntil);
  return message.includes(when) ? message : `${message} ${vi.login.lockedUntil(when)}`;
}

export function LoginPage({ redirect }: { redirect: string | undefined }) {
  const navigate = useNavigate();
  const login = useLogin();
  const form = useForm({
    mode: 'controlled',
    initialValues: { username: '', password: '' },
    validate: {
      username: (username) => (username.trim() ? null : vi.common.required),
      password: (password) => (password ? null : vi.common.required),
    },
    clearInputErrorOnChange: false,
  });

  const submit = ({ username, password }: { username: string; password: string }) =>
    login.mutate(
      { username: username.trim(), password },
      {
        onSuccess: () => void navigate({ href: safeRedirect(redirect), replace: true }),
        onError: () => form.setFieldValue('password', ''),
      },
    );

  return (
    <Center mih="100dvh" p="md" bg="gray.0">
      <Box w="100%" maw={400}>
        <Stack gap={4} mb="md" align="center">
          <Title order={1} c="red.8">
            {vi.productName}
          </Title>
          <Text c="dimmed" ta="center">
            {vi.productTagline}
          </Text>
        </Stack>
        <Paper
          withBorder
          shadow="sm"
          p="lg"
          radius="md"
          component="form"
          onSubmit={form.onSubmit(submit)}
          noValidate
        >
          <Title order={2} size="h3" mb={4}>
            {vi.login.title}
          </Title>
          <Text size="sm" c="dimmed" mb="md">
            {vi.login.intro}
          </Text>
          <Stack gap="sm">
            <TextInput
              label={vi.login.username}
              {...form.getInputProps('username')}
              autoComplete="username"
              autoCapitalize="none"
              autoFocus
              aria-required
            />
            <PasswordInput
              label={vi.login.password}
              {...form.getInputProps('password')}
              autoComplete="current-password"
              aria-required
            />
            {login.isError && (
              <Alert color="red" variant="light" title={vi.login.failedTitle} role="alert">
                {loginErrorText(login.error)}
              </Alert>
            )}
            <Button type="submit" loading={login.isPending} fullWidth>
              {vi.login.submit}
            </Button>
          </Stack>
        </Paper>
      </Box>
    </Center>
  );
}
