import { Button, Group, TextInput } from '@mantine/core';
import type { Role } from '../../../contracts/auth';
import type { UnitSummary } from '../../../contracts/units';
import { vi } from '../../i18n/vi';
import type { FieldErrors } from '../../ui/form-errors';
import { UnitSelect } from '../units/unit-select';
import { RoleSelect } from './role-select';

/** The profile part of an account form's draft; optional texts stay '' until sent (see blankToNull). */
export interface ProfileDraft {
  fullName: string;
  position: string;
  phone: string;
  email: string;
  role: Role;
}

/** The scope part of an account form's draft; null is the whole country. */
export interface ScopeDraft {
  captureScope: UnitSummary | null;
  viewScope: UnitSummary | null;
}

/** What both account forms edit with these fields. */
export type UserFieldsDraft = ProfileDraft & ScopeDraft;

/** Full name, position, phone, e-mail and role, as cells of the form's grid. */
export function ProfileFields({
  draft,
  errors,
  onChange,
  isRoleRequired,
}: {
  draft: ProfileDraft;
  errors: FieldErrors;
  onChange: (changes: Partial<ProfileDraft>) => void;
  isRoleRequired?: boolean;
}) {
  return (
    <>
      <TextInput
        label={vi.users.fullName}
        value={draft.fullName}
        onChange={(e) => onChange({ fullName: e.currentTarget.value })}
        error={errors.fullName}
        required
      />
      <TextInput
        label={vi.users.position}
        value={draft.position}
        onChange={(e) => onChange({ position: e.currentTarget.value })}
        error={errors.position}
      />
      <TextInput
        label={vi.users.phone}
        value={draft.phone}
        onChange={(e) => onChange({ phone: e.currentTarget.value })}
        error={errors.phone}
        type="tel"
      />
      <TextInput
        label={vi.users.email}
        value={draft.email}
        onChange={(e) => onChange({ email: e.currentTarget.value })}
        error={errors.email}
        type="email"
      />
      <RoleSelect
        value={draft.role}
        onChange={(role) => onChange({ role })}
        error={errors.role}
        required={isRoleRequired}
      />
    </>
  );
}

/** The capture and view scopes, as cells of the form's grid. */
export function ScopeFields({
  draft,
  errors,
  onChange,
  placeholder,
}: {
  draft: ScopeDraft;
  errors: FieldErrors;
  onChange: (changes: Partial<ScopeDraft>) => void;
  placeholder?: string;
}) {
  return (
    <>
      <UnitSelect
        label={vi.users.captureScope}
        value={draft.captureScope}
        onChange={(unit) => onChange({ captureScope: unit })}
        scope="capture"
        error={errors.captureScope}
        placeholder={placeholder}
      />
      <UnitSelect
        label={vi.users.viewScope}
        value={draft.viewScope}
        onChange={(unit) => onChange({ viewScope: unit })}
        scope="view"
        error={errors.viewScope}
        placeholder={placeholder}
      />
    </>
  );
}

/** The submit button and, when the form sits in a dialog, its cancel button. */
export function UserFormActions({
  submitLabel,
  isPending,
  onCancel,
}: {
  submitLabel: string;
  isPending: boolean;
  onCancel?: () => void;
}) {
  return (
    <Group mt="md" gap="xs">
      <Button type="submit" loading={isPending}>
        {submitLabel}
      </Button>
      {onCancel && (
        <Button variant="default" onClick={onCancel}>
          {vi.common.cancel}
        </Button>
      )}
    </Group>
  );
}
