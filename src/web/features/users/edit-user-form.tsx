import { PasswordInput, SimpleGrid, Switch, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { UpdateUserBody, type Account } from '../../../contracts/auth';
import { vi } from '../../i18n/vi';
import { FormErrorAlert } from '../../ui/error-alert';
import { apiFormErrors, zodValidate } from '../../ui/form';
import type { FieldErrors } from '../../ui/form-errors';
import { blankToNull } from '../../ui/form-values';
import { ProfileFields, ScopeFields, UserFormActions, type UserFieldsDraft } from './user-fields';
import { useUpdateUser } from './users.queries';

interface Draft extends UserFieldsDraft {
  isActive: boolean;
  password: string;
}

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
  const form = useForm<Draft>({
    mode: 'controlled',
    initialValues: {
      fullName: account.fullName,
      position: account.position ?? '',
      phone: account.phone ?? '',
      email: account.email ?? '',
      role: account.role,
      isActive: account.isActive,
      captureScope: account.captureScope,
      viewScope: account.viewScope,
      password: '',
    },
    // The contract's UpdateUserBody on what changed.
    validate: (draft) => zodValidate(UpdateUserBody)(changes(account, draft)),
    clearInputErrorOnChange: false,
  });
  const draft = form.values;
  const errors = form.errors as FieldErrors;
  const update = useUpdateUser();
  const patch = (changes: Partial<Draft>) => form.setValues(changes);
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => patch({ [key]: value });

  const submit = (values: Draft) => {
    const body = UpdateUserBody.parse(changes(account, values));
    if (Object.keys(body).length === 0) {
      onSaved(account);
      return;
    }
    update.mutate(
      { id: account.id, body },
      { onSuccess: onSaved, onError: (error) => form.setErrors(apiFormErrors(error)) },
    );
  };

  return (
    <form onSubmit={form.onSubmit(submit)} noValidate>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <TextInput label={vi.users.username} value={account.username} readOnly disabled />
        <ProfileFields draft={draft} errors={errors} onChange={patch} />
        <ScopeFields draft={draft} errors={errors} onChange={patch} placeholder={vi.common.wholeCountry} />
        <PasswordInput
          label={vi.users.resetPassword}
          description={vi.users.resetPasswordHint}
          {...form.getInputProps('password')}
          autoComplete="new-password"
        />
        <Switch
          label={vi.users.active}
          checked={draft.isActive}
          onChange={(e) => set('isActive', e.currentTarget.checked)}
          mt={{ sm: 'xl' }}
        />
      </SimpleGrid>
      <FormErrorAlert error={update.error} />
      <UserFormActions submitLabel={vi.common.save} isPending={update.isPending} onCancel={onCancel} />
    </form>
  );
}
