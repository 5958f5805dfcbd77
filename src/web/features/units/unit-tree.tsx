import { ActionIcon, Box, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { UnitSummary } from '../../../contracts/units';
import { vi } from '../../i18n/vi';
import { ErrorAlert } from '../../ui/error-alert';
import { LoadingBlock } from '../../ui/loading-block';
import { UnitRow } from './unit-row';
import { useUnitList, type UnitListParams } from './units.queries';

const PAGE = 500;

/**
 * Lists say whether a unit has anything under it (`hasChildren`); without that answer, fall back to the
 * levels that usually do (villages have nothing under them, organizations rarely).
 */
function canExpand(unit: UnitSummary): boolean {
  if (unit.hasChildren !== undefined) return unit.hasChildren;
  return unit.level === 'province' || unit.level === 'district' || unit.level === 'commune';
}

function Chevron({ open }: { open: boolean }) {
  return (
    <svg
      width="14"
      height="14"
      viewBox="0 0 16 16"
      aria-hidden="true"
      style={{ transform: open ? 'rotate(90deg)' : undefined, transition: 'transform 120ms' }}
    >
      <path
        d="M6 3l5 5-5 5"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}

function TreeNode({ unit, at, depth }: { unit: UnitSummary; at: string | undefined; depth: number }) {
  const [isOpen, setOpen] = useState(false);
  const expandable = canExpand(unit);
  const toggle = expandable ? (
    <ActionIcon
      variant="subtle"
      color="gray"
      size="sm"
      mt={2}
      onClick={() => setOpen((open) => !open)}
      aria-expanded={isOpen}
      aria-label={isOpen ? vi.units.collapse(unit.fullName) : vi.units.expand(unit.fullName)}
    >
      <Chevron open={isOpen} />
    </ActionIcon>
  ) : (
    <Box w={22} style={{ flexShrink: 0 }} />
  );
  return (
    <li>
      <UnitRow unit={unit} at={at} leading={toggle} />
      {isOpen && (
        <Box
          pl={depth < 3 ? 14 : 8}
          style={{ borderLeft: '1px solid var(--mantine-color-gray-3)', marginLeft: 10 }}
        >
          <UnitLevelList params={{ parent: unit.code, at, limit: PAGE }} at={at} depth={depth + 1} />
        </Box>
      )}
    </li>
  );
}

function UnitLevelList({
  params,
  at,
  depth,
}: {
  params: UnitListParams;
  at: string | undefined;
  depth: number;
}) {
  const { data, error, isPending } = useUnitList(params);
  if (isPending) return <LoadingBlock />;
  if (error) return <ErrorAlert error={error} />;
  if (data.items.length === 0) {
    return (
      <Text size="sm" c="dimmed" py={4}>
        {vi.common.nothing}
      </Text>
    );
  }
  return (
    <>
      <Stack component="ul" gap={0} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {data.items.map((unit) => (
          <TreeNode key={`${unit.code}-${unit.validFrom ?? ''}`} unit={unit} at={at} depth={depth} />
        ))}
      </Stack>
      {data.total > data.items.length && (
        <Text size="xs" c="dimmed">
          {vi.units.more(data.items.length, data.total)}
        </Text>
      )}
    </>
  );
}

/** Provinces, expanding lazily to districts (before 2025-07-01), communes, villages and organizations. */
export function UnitTree({ at }: { at: string | undefined }) {
  return <UnitLevelList params={{ level: 'province', at, limit: PAGE }} at={at} depth={0} />;
}
