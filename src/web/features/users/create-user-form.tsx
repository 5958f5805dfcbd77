import { Button, Group, PasswordInput, SimpleGrid, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { CreateUserBody, type Account, type Role } from '../../../contracts/auth';
import type { UnitSummary } from '../../../contracts/units';
import { isApiError } from '../../api-client';
import { vi } from '../../i18n/vi';
import { ErrorAlert } from '../../ui/error-alert';
import { apiFieldErrors, zodFieldErrors, type FieldErrors } from '../../ui/form-errors';
import { UnitSelect } from '../units/unit-select';
import { RoleSelect } from './role-select';
import { useCreateUser } from './users.queries';

interface Draft {
  username: string;
  fullName: string;
  position: string;
  phone: string;
  email: string;
  role: Role;
  unit: UnitSummary | null;
  organization: UnitSummary | null;
  captureScope: UnitSummary | null;
  viewScope: UnitSummary | null;
  password: string;
}

const blankToNull = (text: string) => (text.trim() === '' ? null : text.trim());

/** Creates an account; the scopes follow the chosen unit until the admin picks them by hand. */
export function CreateUserForm({
  defaultUnit,
  onCreated,
  onCancel,
}: {
  defaultUnit: UnitSummary | null;
  onCreated: (account: Account) => void;
  onCancel?: () => void;
}) {
  const [draft, setDraft] = useState<Draft>({
    username: '',
    fullName: '',
    position: '',
    phone: '',
    email: '',
    role: 'officer',
    unit: defaultUnit,
    organization: null,
    captureScope: defaultUnit,
    viewScope: defaultUnit,
    password: '',
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const create = useCreateUser();
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) =>
    setDraft((prev) => ({ ...prev, [key]: value }));

  const changeUnit = (unit: UnitSummary | null) =>
    setDraft((prev) => ({
      ...prev,
      unit,
      captureScope: prev.captureScope?.code === prev.unit?.code ? unit : prev.captureScope,
      viewScope: prev.viewScope?.code === prev.unit?.code ? unit : prev.viewScope,
    }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = CreateUserBody.safeParse({
      username: draft.username,
      password: draft.password,
      fullName: draft.fullName,
      position: blankToNull(draft.position),
      phone: blankToNull(draft.phone),
      email: blankToNull(draft.email),
      role: draft.role,
      unit: draft.unit?.code ?? '',
      organization: draft.organization?.code ?? null,
      captureScope: draft.captureScope?.code ?? null,
      viewScope: draft.viewScope?.code ?? null,
    });
    if (!parsed.success) {
      const found = zodFieldErrors(parsed.error.issues);
      if (!draft.unit) found.unit = vi.common.required;
      setErrors(found);
      return;
    }
    setErrors({});
    create.mutate(parsed.data, {
      onSuccess: onCreated,
      // A duplicate username (409) is the username field's problem, so it is shown there too.
      onError: (error) =>
        setErrors(
          isApiError(error) && error.code === 'CONFLICT'
            ? { username: error.message }
            : apiFieldErrors(error),
        ),
    });
  };

  return (
    <form onSubmit={submit} noValidate>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <TextInput
          label={vi.users.username}
          value={draft.username}
          onChange={(e) => set('username', e.currentTarget.value)}
          error={errors.username}
          required
          autoComplete="off"
        />
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
        <RoleSelect value={draft.role} onChange={(role) => set('role', role)} error={errors.role} required />
        <UnitSelect
          label={vi.users.unit}
          value={draft.unit}
          onChange={changeUnit}
          scope="capture"
          error={errors.unit}
          required
        />
        <UnitSelect
          label={vi.users.organization}
          value={draft.organization}
          onChange={(unit) => set('organization', unit)}
          scope="view"
          level="organization"
          error={errors.organization}
        />
        <UnitSelect
          label={vi.users.captureScope}
          value={draft.captureScope}
          onChange={(unit) => set('captureScope', unit)}
          scope="capture"
          error={errors.captureScope}
        />
        <UnitSelect
          label={vi.users.viewScope}
          value={draft.viewScope}
          onChange={(unit) => set('viewScope', unit)}
          scope="view"
          error={errors.viewScope}
        />
        <PasswordInput
          label={vi.users.initialPassword}
          value={draft.password}
          onChange={(e) => set('password', e.currentTarget.value)}
          error={errors.password}
          required
          autoComplete="new-password"
        />
      </SimpleGrid>
      {create.isError && !(isApiError(create.error) && create.error.code === 'CONFLICT') && (
        <div style={{ marginTop: 12 }}>
          <ErrorAlert error={create.error} />
        </div>
      )}
      <Group mt="md" gap="xs">
        <Button type="submit" loading={create.isPending}>
          {vi.users.create}
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
