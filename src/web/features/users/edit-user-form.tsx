import { Button, Group, PasswordInput, SimpleGrid, Switch, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { UpdateUserBody, type Account, type Role } from '../../../contracts/auth';
import type { UnitSummary } from '../../../contracts/units';
import { vi } from '../../i18n/vi';
import { ErrorAlert } from '../../ui/error-alert';
import { apiFieldErrors, zodFieldErrors, type FieldErrors } from '../../ui/form-errors';
import { UnitSelect } from '../units/unit-select';
import { RoleSelect } from './role-select';
import { useUpdateUser } from './users.queries';

interface Draft {
  fullName: string;
  position: string;
  phone: string;
  email: string;
  role: Role;
  isActive: boolean;
  captureScope: UnitSummary | null;
  viewScope: UnitSummary | null;
  password: string;
}

const blankToNull = (text: string) => (text.trim() === '' ? null : text.trim());

/** Only the fields the admin changed are sent, so an untouched scope is never rewritten. */
function changes(account: Account, draft: Draft): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  if (draft.fullName !== account.fullName) body.fullName = draft.fullName;
  if (blankToNull(draft.position) !== account.position) body.position = blankToNull(draft.position);
  if (blankToNull(draft.phone) !== account.phone) body.phone = blankToNull(draft.phone);
  if (blankToNull(draft.email) !== account.email) body.email = blankToNull(draft.email);
  if (draft.role !== account.role) body.role = draft.role;
  if (draft.isActive !== account.isActive) body.isActive = draft.isActive;
  if (draft.captureScope?.code !== account.captureScope?.code)
    body.captureScope = draft.captureScope?.code ?? null;
  if (draft.viewScope?.code !== account.viewScope?.code) body.viewScope = draft.viewScope?.code ?? null;
  if (draft.password !== '') body.password = draft.password;
  return body;
}

export function EditUserForm({
  account,
  onSaved,
  onCancel,
}: {
  account: Account;
  onSaved: (account: Account) => void;
  onCancel?: () => void;
}) {
  const [draft, setDraft] = useState<Draft>({
    fullName: account.fullName,
    position: account.position ?? '',
    phone: account.phone ?? '',
    email: account.email ?? '',
    role: account.role,
    isActive: account.isActive,
    captureScope: account.captureScope,
    viewScope: account.viewScope,
    password: '',
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const update = useUpdateUser();
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) =>
    setDraft((prev) => ({ ...prev, [key]: value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = UpdateUserBody.safeParse(changes(account, draft));
    if (!parsed.success) {
      setErrors(zodFieldErrors(parsed.error.issues));
      return;
    }
    setErrors({});
    if (Object.keys(parsed.data).length === 0) {
      onSaved(account);
      return;
    }
    update.mutate(
      { id: account.id, body: parsed.data },
      { onSuccess: onSaved, onError: (error) => setErrors(apiFieldErrors(error)) },
    );
  };

  return (
    <form onSubmit={submit} noValidate>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <TextInput label={vi.users.username} value={account.username} readOnly disabled />
        <TextInput
          label={vi.users.fullName}
          value={draft.fullName}
          onChange={(e) => set('fullName', e.currentTarget.value)}
          error={errors.fullName}
          required
        />
        <TextInput
          label={vi.users.position}
          value={draft.position}
          onChange={(e) => set('position', e.currentTarget.value)}
          error={errors.position}
        />
        <TextInput
          label={vi.users.phone}
          value={draft.phone}
          onChange={(e) => set('phone', e.currentTarget.value)}
          error={errors.phone}
          type="tel"
        />
        <TextInput
          label={vi.users.email}
          value={draft.email}
          onChange={(e) => set('email', e.currentTarget.value)}
          error={errors.email}
          type="email"
        />
        <RoleSelect value={draft.role} onChange={(role) => set('role', role)} error={errors.role} />
        <UnitSelect
          label={vi.users.captureScope}
          value={draft.captureScope}
          onChange={(unit) => set('captureScope', unit)}
          scope="capture"
          error={errors.captureScope}
          placeholder={vi.common.wholeCountry}
        />
        <UnitSelect
          label={vi.users.viewScope}
          value={draft.viewScope}
          onChange={(unit) => set('viewScope', unit)}
          scope="view"
          error={errors.viewScope}
          placeholder={vi.common.wholeCountry}
        />
        <PasswordInput
          label={vi.users.resetPassword}
          description={vi.users.resetPasswordHint}
          value={draft.password}
          onChange={(e) => set('password', e.currentTarget.value)}
          error={errors.password}
          autoComplete="new-password"
        />
        <Switch
          label={vi.users.active}
          checked={draft.isActive}
          onChange={(e) => set('isActive', e.currentTarget.checked)}
          mt={{ sm: 'xl' }}
        />
      </SimpleGrid>
      {update.isError && (
        <div style={{ marginTop: 12 }}>
          <ErrorAlert error={update.error} />
        </div>
      )}
      <Group mt="md" gap="xs">
        <Button type="submit" loading={update.isPending}>
          {vi.common.save}
        </Button>
        {onCancel && (
          <Button variant="default" onClick={onCancel}>
            {vi.common.cancel}
          </Button>
        )}
      </Group>
    </form>
  );
}
