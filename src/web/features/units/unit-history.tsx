import { Badge, Group, List, Stack, Text, Title } from '@mantine/core';
import type { UnitDetail, UnitLink as UnitLinkData } from '../../../contracts/units';
import { dayBefore, formalDate } from '../../../core/dates/vn-dates';
import { vi } from '../../i18n/vi';
import { SectionCard } from '../../ui/section-card';
import { UnitLink } from './unit-row';

type Side = 'predecessor' | 'successor';

/** A predecessor ended the day before the change; a successor began on it. Links carry that day as ?at=. */
function LinkList({ links, side }: { links: UnitLinkData[]; side: Side }) {
  return (
    <List spacing={6} size="sm" listStyleType="disc">
      {links.map((link) => {
        const validAt =
          side === 'predecessor' ? (link.unit.validTo ?? dayBefore(link.effectiveDate)) : link.effectiveDate;
        return (
          <List.Item key={`${link.unit.code}-${link.effectiveDate}`}>
            <Group gap={6} wrap="wrap">
              <UnitLink unit={link.unit} at={validAt} />
              <Badge size="sm" variant="light" color={link.kind === 'full' ? 'blue' : 'grape'} tt="none">
                {link.kind === 'full' ? vi.unitDetail.kindFull : vi.unitDetail.kindPartial}
              </Badge>
              <Text size="sm" c="dimmed">
                {vi.unitDetail.effective(formalDate(link.effectiveDate))}
              </Text>
            </Group>
          </List.Item>
        );
      })}
    </List>
  );
}

/** A titled list of predecessors or successors; nothing when there are none. */
function LinkGroup({ title, ...list }: { title: string; links: UnitLinkData[]; side: Side }) {
  if (list.links.length === 0) return null;
  return (
    <div>
      <Title order={3} size="h5" mb={4}>
        {title}
      </Title>
      <LinkList {...list} />
    </div>
  );
}

export function UnitHistory({ unit }: { unit: UnitDetail }) {
  const isEmpty = !unit.historyNote && unit.predecessors.length === 0 && unit.successors.length === 0;
  return (
    <SectionCard titleId="unit-history" title={vi.unitDetail.history}>
      {isEmpty && <Text c="dimmed">{vi.unitDetail.noHistory}</Text>}
      <Stack gap="md">
        {unit.historyNote && <Text>{unit.historyNote}</Text>}
        <LinkGroup title={vi.unitDetail.predecessors} links={unit.predecessors} side="predecessor" />
        <LinkGroup title={vi.unitDetail.successors} links={unit.successors} side="successor" />
      </Stack>
    </SectionCard>
  );
}
