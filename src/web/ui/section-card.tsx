import { Group, Paper, Title } from '@mantine/core';
import type { ReactNode } from 'react';

interface SectionCardProps {
  /** The heading's id; the section is labelled by it (and a link can jump to it). */
  titleId: string;
  title: string;
  /** Buttons on the heading's row. When given (even as false), the heading and they share one row. */
  actions?: ReactNode;
  children: ReactNode;
}

/** A bordered section of a page, named by its level-2 heading. */
export function SectionCard({ titleId, title, actions, children }: SectionCardProps) {
  return (
    <Paper withBorder p={{ base: 'sm', sm: 'md' }} radius="md" component="section" aria-labelledby={titleId}>
      {actions === undefined ? (
        <Title order={2} size="h3" id={titleId} mb="sm">
          {title}
        </Title>
      ) : (
        <Group justify="space-between" align="flex-start" gap="xs" mb="sm">
          <Title order={2} size="h3" id={titleId}>
            {title}
          </Title>
          {actions}
        </Group>
      )}
      {children}
    </Paper>
  );
}
