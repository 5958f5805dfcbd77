import { Center, Loader } from '@mantine/core';
import { vi } from '../i18n/vi';

export function LoadingBlock() {
  return (
    <Center py="xl" aria-live="polite">
      <Loader size="sm" aria-label={vi.common.loading} />
    </Center>
  );
}
