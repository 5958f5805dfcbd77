import { Select, type SelectProps } from '@mantine/core';
import { Role } from '../../../contracts/auth';
import { vi } from '../../i18n/vi';

export function RoleSelect({
  value,
  onChange,
  ...props
}: Omit<SelectProps, 'data' | 'value' | 'onChange'> & { value: Role; onChange: (role: Role) => void }) {
  return (
    <Select
      label={vi.users.role}
      data={Role.options.map((role) => ({ value: role, label: vi.roles[role] }))}
      value={value}
      allowDeselect={false}
      onChange={(next) => {
        const parsed = Role.safeParse(next);
        if (parsed.success) onChange(parsed.data);
      }}
      {...props}
    />
  );
}
