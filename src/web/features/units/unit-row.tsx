import { Badge, Group, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import type { UnitSummary } from '../../../contracts/units';
import { vi } from '../../i18n/vi';
import { validityText } from '../../ui/date-display';
import { AnchorLink } from '../../ui/router-links';

/** A link to a unit's page seen at `at` (codes are reused across the 2025 reform, so old units need a date). */
export function UnitLink({
  unit,
  at,
  children,
}: {
  unit: UnitSummary;
  at: string | undefined;
  children?: ReactNode;
}) {
  return (
    <AnchorLink to="/don-vi/$code" params={{ code: unit.code }} search={{ at }} fw={500}>
      {children ?? unit.fullName}
    </AnchorLink>
  );
}

/** Name, type, code and validity of a unit, wrapping onto two lines on narrow screens. */
export function UnitRow({ unit, at, leading }: { unit: UnitSummary; at?: string; leading?: ReactNode }) {
  return (
    <Group gap="xs" wrap="nowrap" align="flex-start" py={4}>
      {leading}
      <Stack gap={2} style={{ minWidth: 0 }}>
        <div style={{ overflowWrap: 'anywhere' }}>
          {/* A unit that has ended opens at its last valid day. */}
          <UnitLink unit={unit} at={unit.validTo ?? at} />
        </div>
        <Group gap={6} wrap="wrap">
          <Badge variant="light" color="gray" size="sm" tt="none">
            {unit.type}
          </Badge>
          <Text size="xs" c="dimmed">
            {vi.units.code} {unit.code}
          </Text>
          <Text size="xs" c={unit.validTo ? 'orange.8' : 'dimmed'}>
            {validityText(unit.validFrom, unit.validTo)}
          </Text>
          {!unit.isOfficial && (
            <Badge variant="outline" color="teal" size="xs" tt="none">
              {vi.units.unofficial}
            </Badge>
          )}
        </Group>
      </Stack>
    </Group>
  );
}
