import { Alert, Button, PasswordInput, Stack } from '@mantine/core';
import { useState } from 'react';
import { z } from 'zod';
import { Password } from '../../../contracts/auth';
import { isApiError } from '../../api/client';
import { vi } from '../../i18n/vi';
import { ErrorAlert } from '../../ui/error-alert';
import { useSchemaForm } from '../../ui/form';
import { useChangePassword } from './auth.queries';

const EMPTY = { current: '', next: '', repeat: '' };

/** The form's rules: the contract's Password for the new one, which must differ from the old and be typed twice. */
const ChangePasswordFormSchema = z
  .object({ current: z.string(), next: z.string(), repeat: z.string() })
  .superRefine((form, ctx) => {
    if (!form.current) ctx.addIssue({ code: 'custom', path: ['current'], message: vi.common.required });
    if (!Password.safeParse(form.next).success)
      ctx.addIssue({ code: 'custom', path: ['next'], message: vi.account.tooShort });
    else if (form.next === form.current)
      ctx.addIssue({ code: 'custom', path: ['next'], message: vi.account.sameAsOld });
    if (form.repeat !== form.next)
      ctx.addIssue({ code: 'custom', path: ['repeat'], message: vi.account.mismatch });
  });

export function ChangePasswordForm() {
  const form = useSchemaForm(EMPTY, ChangePasswordFormSchema);
  const [isDone, setDone] = useState(false);
  const change = useChangePassword();

  const send = (values: typeof EMPTY) => {
    setDone(false);
    change.mutate(
      { currentPassword: values.current, newPassword: values.next },
      {
        onSuccess: () => {
          form.setValues(EMPTY);
          setDone(true);
        },
        onError: (error) => {
          if (isApiError(error) && error.code === 'INVALID_CREDENTIALS')
            form.setErrors({ current: error.message });
        },
      },
    );
  };

  return (
    <form onSubmit={form.onSubmit(send, () => setDone(false))} noValidate>
      <Stack gap="sm" maw={420}>
        <PasswordInput
          label={vi.account.currentPassword}
          autoComplete="current-password"
          aria-required
          {...form.getInputProps('current')}
        />
        <PasswordInput
          label={vi.account.newPassword}
          autoComplete="new-password"
          aria-required
          {...form.getInputProps('next')}
        />
        <PasswordInput
          label={vi.account.repeatPassword}
          autoComplete="new-password"
          aria-required
          {...form.getInputProps('repeat')}
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
