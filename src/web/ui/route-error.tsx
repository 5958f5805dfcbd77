import { Button, Stack } from '@mantine/core';
import { vi } from '../i18n/vi';
import { ErrorAlert } from './error-alert';

/** What a route shows when its page fails: the error, and a button to try again. */
export function RouteError({ error, reset }: { error: unknown; reset: () => void }) {
  return (
    <Stack p="md" maw={640}>
      <ErrorAlert error={error} />
      <div>
        <Button variant="light" onClick={reset}>
          {vi.common.retry}
        </Button>
      </div>
    </Stack>
  );
}
