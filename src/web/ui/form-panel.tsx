import { Paper, Title } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';

interface FormPanelProps {
  title: string;
  /** When given, the heading gets this id and names the form (which makes it a form landmark). */
  titleId?: string;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  children: ReactNode;
}

/** A small grey form inside a page section, with its own level-3 heading; validation is ours, not the browser's. */
export function FormPanel({ title, titleId, onSubmit, children }: FormPanelProps) {
  return (
    <Paper
      withBorder
      p="sm"
      radius="md"
      bg="gray.0"
      component="form"
      onSubmit={onSubmit}
      noValidate
      aria-labelledby={titleId}
    >
      <Title order={3} size="h5" mb="xs" id={titleId}>
        {title}
      </Title>
      {children}
    </Paper>
  );
}
