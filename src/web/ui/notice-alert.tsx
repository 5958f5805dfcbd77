import { Alert } from '@mantine/core';
import type { ReactNode, Ref } from 'react';

/** What went well, in a green alert the user closes; nothing while there is no notice. */
export function NoticeAlert({
  notice,
  onClose,
  ref,
}: {
  notice: ReactNode;
  onClose: () => void;
  ref?: Ref<HTMLDivElement>;
}) {
  if (!notice) return null;
  return (
    <Alert ref={ref} color="green" variant="light" role="status" withCloseButton onClose={onClose}>
      {notice}
    </Alert>
  );
}
