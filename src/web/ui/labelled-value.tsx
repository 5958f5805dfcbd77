import { Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** A small caps label above its value, for read-only details laid out in a grid. */
export function LabelledValue({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text style={{ overflowWrap: 'anywhere' }}>{children}</Text>
    </div>
  );
}
