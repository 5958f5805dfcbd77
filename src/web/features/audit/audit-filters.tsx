import { Button, Group, SimpleGrid, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { vi } from '../../i18n/vi';
import { EMPTY_AUDIT_FILTERS, type AuditFilterValues } from './audit.queries';

const TEXT_FIELDS = ['actor', 'action', 'entityType', 'entityId'] as const;
const DATE_FIELDS = ['from', 'to'] as const;

export function AuditFilters({
  value,
  onApply,
}: {
  value: AuditFilterValues;
  onApply: (filters: AuditFilterValues) => void;
}) {
  const [draft, setDraft] = useState(value);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply({
      actor: draft.actor.trim(),
      action: draft.action.trim(),
      entityType: draft.entityType.trim(),
      entityId: draft.entityId.trim(),
      from: draft.from,
      to: draft.to,
    });
  };
  return (
    <form onSubmit={submit}>
      <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="sm">
        {TEXT_FIELDS.map((field) => (
          <TextInput
            key={field}
            label={vi.audit[field]}
            value={draft[field]}
            onChange={(event) => {
              const text = event.currentTarget.value;
              setDraft((prev) => ({ ...prev, [field]: text }));
            }}
          />
        ))}
        {DATE_FIELDS.map((field) => (
          <TextInput
            key={field}
            label={vi.audit[field]}
            type="date"
            value={draft[field]}
            onChange={(event) => {
              const date = event.currentTarget.value;
              setDraft((prev) => ({ ...prev, [field]: date }));
            }}
          />
        ))}
      </SimpleGrid>
      <Group mt="sm" gap="xs">
        <Button type="submit">{vi.audit.filter}</Button>
        <Button
          variant="default"
          onClick={() => {
            setDraft(EMPTY_AUDIT_FILTERS);
            onApply(EMPTY_AUDIT_FILTERS);
          }}
        >
          {vi.common.clear}
        </Button>
      </Group>
    </form>
  );
}
