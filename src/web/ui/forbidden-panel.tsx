import { Button, Paper, Stack, Text, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { vi } from '../i18n/vi';

interface ForbiddenPanelProps {
  /** The API's explanation (OUT_OF_SCOPE / FORBIDDEN message). */
  message?: string;
  backTo?: string;
  backLabel?: string;
}

/** Shown instead of a page when the server answers 403 for it. */
export function ForbiddenPanel({
  message,
  backTo = '/',
  backLabel = vi.common.backHome,
}: ForbiddenPanelProps) {
  return (
    <Paper withBorder p="lg" radius="md" maw={640} role="alert" aria-labelledby="forbidden-title">
      <Stack gap="sm">
        <Title order={2} id="forbidden-title" c="red.8">
          {vi.forbidden.title}
        </Title>
        <Text>{message ?? vi.forbidden.fallback}</Text>
        <div>
          <Button component={Link} to={backTo} variant="light">
            {backLabel}
          </Button>
        </div>
      </Stack>
    </Paper>
  );
}
