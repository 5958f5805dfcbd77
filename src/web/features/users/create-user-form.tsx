import { PasswordInput, SimpleGrid, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { CreateUserBody, type Account } from '../../../contracts/auth';
import type { UnitSummary } from '../../../contracts/units';
import { isApiError } from '../../api/client';
import { vi } from '../../i18n/vi';
import { FormErrorAlert } from '../../ui/error-alert';
import { apiFieldErrors, zodFieldErrors, type FieldErrors } from '../../ui/form-errors';
import { blankToNull } from '../../ui/form-values';
import { UnitSelect } from '../units/unit-select';
import { ProfileFields, ScopeFields, UserFormActions, type UserFieldsDraft } from './user-fields';
import { useCreateUser } from './users.queries';

interface Draft extends UserFieldsDraft {
  username: string;
  unit: UnitSummary | null;
  organization: UnitSummary | null;
  password: string;
}

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
  const patch = (changes: Partial<Draft>) => setDraft((prev) => ({ ...prev, ...changes }));
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => patch({ [key]: value });

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
        <ProfileFields draft={draft} errors={errors} onChange={patch} isRoleRequired />
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
        <ScopeFields draft={draft} errors={errors} onChange={patch} />
        <PasswordInput
          label={vi.users.initialPassword}
          value={draft.password}
          onChange={(e) => set('password', e.currentTarget.value)}
          error={errors.password}
          required
          autoComplete="new-password"
        />
      </SimpleGrid>
      <FormErrorAlert
        error={isApiError(create.error) && create.error.code === 'CONFLICT' ? null : create.error}
      />
      <UserFormActions submitLabel={vi.users.create} isPending={create.isPending} onCancel={onCancel} />
    </form>
  );
}
