import { Alert, Button, PasswordInput, Stack } from '@mantine/core';
import { useState, type ChangeEvent, type FormEvent } from 'react';
import { Password } from '../../../contracts/auth';
import { isApiError } from '../../api/client';
import { vi } from '../../i18n/vi';
import { ErrorAlert } from '../../ui/error-alert';
import { useChangePassword } from './auth.queries';

const EMPTY = { current: '', next: '', repeat: '' };

export function ChangePasswordForm() {
  const [form, setForm] = useState(EMPTY);
  const [errors, setErrors] = useState<{ current?: string; next?: string; repeat?: string }>({});
  const [isDone, setDone] = useState(false);
  const change = useChangePassword();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setDone(false);
    const found: typeof errors = {};
    if (!form.current) found.current = vi.common.required;
    if (!Password.safeParse(form.next).success) found.next = vi.account.tooShort;
    else if (form.next === form.current) found.next = vi.account.sameAsOld;
    if (form.repeat !== form.next) found.repeat = vi.account.mismatch;
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    change.mutate(
      { currentPassword: form.current, newPassword: form.next },
      {
        onSuccess: () => {
          setForm(EMPTY);
          setDone(true);
        },
        onError: (error) => {
          if (isApiError(error) && error.code === 'INVALID_CREDENTIALS')
            setErrors({ current: error.message });
        },
      },
    );
  };

  const field = (key: keyof typeof EMPTY) => ({
    value: form[key],
    error: errors[key],
    onChange: (event: ChangeEvent<HTMLInputElement>) => {
      const text = event.currentTarget.value;
      setForm((prev) => ({ ...prev, [key]: text }));
    },
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm" maw={420}>
        <PasswordInput
          label={vi.account.currentPassword}
          autoComplete="current-password"
          aria-required
          {...field('current')}
        />
        <PasswordInput
          label={vi.account.newPassword}
          autoComplete="new-password"
          aria-required
          {...field('next')}
        />
        <PasswordInput
          label={vi.account.repeatPassword}
          autoComplete="new-password"
          aria-required
          {...field('repeat')}
        />
        {change.isError && !(isApiError(change.error) && change.error.code === 'INVALID_CREDENTIALS') && (
          <ErrorAlert error={change.error} />
        )}
        {isDone && (
          <Alert color="green" variant="light" role="status">
            {vi.account.changed}
          </Alert>
        )}
        <div>
          <Button type="submit" loading={change.isPending}>
            {vi.account.submit}
          </Button>
        </div>
      </Stack>
    </form>
  );
}
