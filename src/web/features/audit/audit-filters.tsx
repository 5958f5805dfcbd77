import { Button, Group, SimpleGrid, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { vi } from '../../i18n/vi';
import { EMPTY_AUDIT_FILTERS, type AuditFilterValues } from './audit.queries';

const TEXT_FIELDS = ['actor', 'action', 'entityType', 'entityId'] as const;
const DATE_FIELDS = ['from', 'to'] as const;

/** The audit log's filters: typed in, then applied together (the page puts them in its address). */
export function AuditFilters({
  value,
  onApply,
}: {
  value: AuditFilterValues;
  onApply: (filters: AuditFilterValues) => void;
}) {
  const form = useForm<AuditFilterValues>({ mode: 'controlled', initialValues: value });
  const apply = (draft: AuditFilterValues) =>
    onApply({
      actor: draft.actor.trim(),
      action: draft.action.trim(),
      entityType: draft.entityType.trim(),
      entityId: draft.entityId.trim(),
      from: draft.from,
      to: draft.to,
    });
  return (
    <form onSubmit={form.onSubmit(apply)}>
      <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="sm">
        {TEXT_FIELDS.map((field) => (
          <TextInput key={field} label={vi.audit[field]} {...form.getInputProps(field)} />
        ))}
        {DATE_FIELDS.map((field) => (
          <TextInput key={field} label={vi.audit[field]} type="date" {...form.getInputProps(field)} />
        ))}
      </SimpleGrid>
      <Group mt="sm" gap="xs">
        <Button type="submit">{vi.audit.filter}</Button>
        <Button
          variant="default"
          onClick={() => {
            form.setValues(EMPTY_AUDIT_FILTERS);
            onApply(EMPTY_AUDIT_FILTERS);
          }}
        >
          {vi.common.clear}
        </Button>
      </Group>
    </form>
  );
}
