import { Badge, Group, Stack, Text } from '@mantine/core';
import type { UnitDetail, UnitSummary } from '../../../contracts/units';
import { UnitLevel } from '../../../contracts/units';
import { vi } from '../../i18n/vi';
import { ErrorAlert } from '../../ui/error-alert';
import { LoadingBlock } from '../../ui/loading-block';
import { SectionCard } from '../../ui/section-card';
import { AddUnitForm } from './add-unit-form';
import { UnitRow } from './unit-row';
import { useUnitList } from './units.queries';

const LIMIT = 500;

function isLocal(unit: UnitSummary): boolean {
  return unit.level === 'village' || unit.level === 'organization';
}

function levelLabel(level: string): string {
  const parsed = UnitLevel.safeParse(level);
  return parsed.success ? vi.levels[parsed.data] : level;
}

function UnitList({ units, at, empty }: { units: UnitSummary[]; at: string | undefined; empty: string }) {
  if (units.length === 0)
    return (
      <Text c="dimmed" size="sm">
        {empty}
      </Text>
    );
  return (
    <Stack component="ul" gap={0} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {units.map((unit) => (
        <li key={`${unit.code}-${unit.validFrom ?? ''}`}>
          <UnitRow unit={unit} at={at} />
        </li>
      ))}
    </Stack>
  );
}

/** Children counts, the administrative children, and the villages / organizations with their add form. */
export function UnitChildren({ unit, at }: { unit: UnitDetail; at: string | undefined }) {
  const { data, error, isPending } = useUnitList({ parent: unit.code, at, limit: LIMIT });
  const counts = Object.entries(unit.childCounts).filter(([, count]) => count > 0);
  const children = data?.items ?? [];
  const adminChildren = children.filter((child) => !isLocal(child));
  const localChildren = children.filter(isLocal);

  return (
    <>
      <SectionCard titleId="unit-children" title={vi.unitDetail.children}>
        {counts.length > 0 && (
          <Group gap="xs" mb="sm" aria-label={vi.unitDetail.childCounts}>
            {counts.map(([level, count]) => (
              <Badge key={level} variant="light" size="lg" tt="none">
                {levelLabel(level)}: {count}
              </Badge>
            ))}
          </Group>
        )}
        {isPending && <LoadingBlock />}
        {error && <ErrorAlert error={error} />}
        {data && <UnitList units={adminChildren} at={at} empty={vi.unitDetail.noChildren} />}
        {data && data.total > data.items.length && (
          <Text size="xs" c="dimmed" mt="xs">
            {vi.common.showing(data.items.length, data.total)}
          </Text>
        )}
      </SectionCard>
      <SectionCard titleId="unit-local" title={vi.unitDetail.localUnits}>
        {data && <UnitList units={localChildren} at={at} empty={vi.unitDetail.noLocalUnits} />}
        {unit.permissions.canEdit && !unit.validTo && (
          <div style={{ marginTop: 12 }}>
            <AddUnitForm parentCode={unit.code} parentLevel={unit.level} />
          </div>
        )}
      </SectionCard>
    </>
  );
}
