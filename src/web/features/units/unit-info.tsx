import { Alert, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import type { UnitDetail } from '../../../contracts/units';
import { tableDate } from '../../../core/dates/vn-dates';
import { vi } from '../../i18n/vi';
import { CloseUnitForm } from './close-unit-form';
import { EditUnitForm } from './edit-unit-form';

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text style={{ overflowWrap: 'anywhere' }}>{children}</Text>
    </div>
  );
}

type Mode = 'view' | 'edit' | 'close';

/**
 * The unit's general information. Villages and organizations made by users (never the state's official
 * units) can be renamed or ended here by an account that may edit them.
 */
export function UnitInfo({ unit }: { unit: UnitDetail }) {
  const [mode, setMode] = useState<Mode>('view');
  const [notice, setNotice] = useState<string | null>(null);
  const isEditable = !unit.isOfficial && unit.permissions.canEdit;
  const open = (next: Mode) => {
    setNotice(null);
    setMode(next);
  };

  return (
    <Paper
      withBorder
      p={{ base: 'sm', sm: 'md' }}
      radius="md"
      component="section"
      aria-labelledby="unit-info"
    >
      <Group justify="space-between" align="flex-start" gap="xs" mb="sm">
        <Title order={2} size="h3" id="unit-info">
          {vi.unitDetail.info}
        </Title>
        {isEditable && mode === 'view' && (
          <Group gap="xs">
            <Button size="compact-md" variant="light" onClick={() => open('edit')}>
              {vi.common.edit}
            </Button>
            <Button size="compact-md" variant="light" color="red" onClick={() => open('close')}>
              {vi.unitDetail.close}
            </Button>
          </Group>
        )}
      </Group>
      <Stack gap="sm">
        {notice && (
          <Alert color="green" variant="light" withCloseButton onClose={() => setNotice(null)} role="status">
            {notice}
          </Alert>
        )}
        {isEditable && mode === 'edit' && (
          <EditUnitForm
            unit={unit}
            onCancel={() => setMode('view')}
            onSaved={() => {
              setMode('view');
              setNotice(vi.common.saved);
            }}
          />
        )}
        {isEditable && mode === 'close' && (
          <CloseUnitForm
            unit={unit}
            onCancel={() => setMode('view')}
            onClosed={(validTo) => {
              setMode('view');
              setNotice(vi.unitDetail.closed(unit.fullName, tableDate(validTo)));
            }}
          />
        )}
        <SimpleGrid cols={{ base: 2, md: 3 }} spacing="sm">
          <Field label={vi.unitDetail.fullName}>{unit.fullName}</Field>
          <Field label={vi.units.level}>{vi.levels[unit.level]}</Field>
          <Field label={vi.units.type}>{unit.type}</Field>
          <Field label={vi.units.code}>{unit.code}</Field>
          <Field label={vi.units.shortName}>{unit.shortName ?? vi.common.none}</Field>
          <Field label={vi.units.validFrom}>
            {unit.validFrom ? tableDate(unit.validFrom) : vi.common.none}
          </Field>
          <Field label={vi.units.validTo}>{unit.validTo ? tableDate(unit.validTo) : vi.units.current}</Field>
        </SimpleGrid>
      </Stack>
    </Paper>
  );
}
