import { PasswordInput, SimpleGrid, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { CreateUserBody, type Account } from '../../../contracts/auth';
import type { UnitSummary } from '../../../contracts/units';
import { isApiError } from '../../api/client';
import { vi } from '../../i18n/vi';
import { FormErrorAlert } from '../../ui/error-alert';
import { apiFormErrors, bodyValidate, errorText } from '../../ui/form';
import type { FieldErrors } from '../../ui/form-errors';
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

/** The account as POST /api/users takes it. */
const toBody = (draft: Draft) => ({
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
  const form = useForm<Draft>({
    mode: 'controlled',
    initialValues: {
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
    },
    // The contract's CreateUserBody, and a unit (which the body sends as a code).
    validate: (draft) => ({
      ...bodyValidate(CreateUserBody, toBody)(draft),
      ...(draft.unit ? {} : { unit: vi.common.required }),
    }),
    clearInputErrorOnChange: false,
  });
  const draft = form.values;
  const errors = form.errors as FieldErrors;
  const create = useCreateUser();
  const patch = (changes: Partial<Draft>) => form.setValues(changes);
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => patch({ [key]: value });

  const changeUnit = (unit: UnitSummary | null) =>
    form.setValues((prev) => ({
      unit,
      captureScope: prev.captureScope?.code === prev.unit?.code ? unit : prev.captureScope,
      viewScope: prev.viewScope?.code === prev.unit?.code ? unit : prev.viewScope,
    }));

  const submit = (values: Draft) =>
    create.mutate(CreateUserBody.parse(toBody(values)), {
      onSuccess: onCreated,
      // A duplicate username (409) is the username field's problem, so it is shown there too.
      onError: (error) =>
        form.setErrors(
          isApiError(error) && error.code === 'CONFLICT' ? { username: error.message } : apiFormErrors(error),
        ),
    });

  return (
    <form onSubmit={form.onSubmit(submit)} noValidate>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <TextInput
          label={vi.users.username}
          {...form.getInputProps('username')}
          required
          autoComplete="off"
        />
        <ProfileFields draft={draft} errors={errors} onChange={patch} isRoleRequired />
        <UnitSelect
          label={vi.users.unit}
          value={draft.unit}
          onChange={changeUnit}
          scope="capture"
          error={errorText(errors.unit)}
          required
        />
        <UnitSelect
          label={vi.users.organization}
          value={draft.organization}
          onChange={(unit) => set('organization', unit)}
          scope="view"
          level="organization"
          error={errorText(errors.organization)}
        />
        <ScopeFields draft={draft} errors={errors} onChange={patch} />
        <PasswordInput
          label={vi.users.initialPassword}
          {...form.getInputProps('password')}
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
