import { Badge } from '@mantine/core';
import { vi } from '../../i18n/vi';

export function DocumentStatusBadge({ status }: { status: 'draft' | 'issued' }) {
  return status === 'issued' ? (
    <Badge color="green" variant="light">
      {vi.documents.statusIssued}
    </Badge>
  ) : (
    <Badge color="gray" variant="light">
      {vi.documents.statusDraft}
    </Badge>
  );
}
