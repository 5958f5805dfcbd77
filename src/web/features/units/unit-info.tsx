import { Alert, Button, Group, SimpleGrid, Stack } from '@mantine/core';
import { useState } from 'react';
import type { UnitDetail } from '../../../contracts/units';
import { tableDate } from '../../../core/dates/vn-dates';
import { vi } from '../../i18n/vi';
import { LabelledValue } from '../../ui/labelled-value';
import { SectionCard } from '../../ui/section-card';
import { CloseUnitForm } from './close-unit-form';
import { EditUnitForm } from './edit-unit-form';

type Mode = 'view' | 'edit' | 'close';

/**
 * The unit's general information. Villages and organizations made by users (never the state's official
 * units) can be renamed or ended here by an account that may edit them; the ký hiệu its documents carry is set
 * here by its unit administrators, on official units too.
 */
export function UnitInfo({ unit }: { unit: UnitDetail }) {
  const [mode, setMode] = useState<Mode>('view');
  const [notice, setNotice] = useState<string | null>(null);
  const isEditable = !unit.isOfficial && unit.permissions.canEdit;
  const canSetSymbol = unit.permissions.canAdminister;
  const open = (next: Mode) => {
    setNotice(null);
    setMode(next);
  };

  return (
    <SectionCard
      titleId="unit-info"
      title={vi.unitDetail.info}
      actions={
        (isEditable || canSetSymbol) &&
        mode === 'view' && (
          <Group gap="xs">
            <Button size="compact-md" variant="light" onClick={() => open('edit')}>
              {vi.common.edit}
            </Button>
            {isEditable && (
              <Button size="compact-md" variant="light" color="red" onClick={() => open('close')}>
                {vi.unitDetail.close}
              </Button>
            )}
          </Group>
        )
      }
    >
      <Stack gap="sm">
        {notice && (
          <Alert color="green" variant="light" withCloseButton onClose={() => setNotice(null)} role="status">
            {notice}
          </Alert>
        )}
        {(isEditable || canSetSymbol) && mode === 'edit' && (
          <EditUnitForm
            unit={unit}
            canSetSymbol={canSetSymbol}
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
          <LabelledValue label={vi.unitDetail.fullName}>{unit.fullName}</LabelledValue>
          <LabelledValue label={vi.units.level}>{vi.levels[unit.level]}</LabelledValue>
          <LabelledValue label={vi.units.type}>{unit.type}</LabelledValue>
          <LabelledValue label={vi.units.code}>{unit.code}</LabelledValue>
          <LabelledValue label={vi.units.shortName}>{unit.shortName ?? vi.common.none}</LabelledValue>
          <LabelledValue label={vi.units.symbol}>{unit.issuerSymbol}</LabelledValue>
          <LabelledValue label={vi.units.validFrom}>
            {unit.validFrom ? tableDate(unit.validFrom) : vi.common.none}
          </LabelledValue>
          <LabelledValue label={vi.units.validTo}>
            {unit.validTo ? tableDate(unit.validTo) : vi.units.current}
          </LabelledValue>
        </SimpleGrid>
      </Stack>
    </SectionCard>
  );
}
