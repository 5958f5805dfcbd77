import { Badge, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import type { UnitDetail, UnitLink as UnitLinkData } from '../../../contracts/units';
import { dayBefore, formalDate } from '../../../core/dates/vn-dates';
import { vi } from '../../i18n/vi';
import { UnitLink } from './unit-row';

/** A predecessor ended the day before the change; a successor began on it. Links carry that day as ?at=. */
function LinkList({ links, side }: { links: UnitLinkData[]; side: 'predecessor' | 'successor' }) {
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

export function UnitHistory({ unit }: { unit: UnitDetail }) {
  const isEmpty = !unit.historyNote && unit.predecessors.length === 0 && unit.successors.length === 0;
  return (
    <Paper
      withBorder
      p={{ base: 'sm', sm: 'md' }}
      radius="md"
      component="section"
      aria-labelledby="unit-history"
    >
      <Title order={2} size="h3" id="unit-history" mb="sm">
        {vi.unitDetail.history}
      </Title>
      {isEmpty && <Text c="dimmed">{vi.unitDetail.noHistory}</Text>}
      <Stack gap="md">
        {unit.historyNote && <Text>{unit.historyNote}</Text>}
        {unit.predecessors.length > 0 && (
          <div>
            <Title order={3} size="h5" mb={4}>
              {vi.unitDetail.predecessors}
            </Title>
            <LinkList links={unit.predecessors} side="predecessor" />
          </div>
        )}
        {unit.successors.length > 0 && (
          <div>
            <Title order={3} size="h5" mb={4}>
              {vi.unitDetail.successors}
            </Title>
            <LinkList links={unit.successors} side="successor" />
          </div>
        )}
      </Stack>
    </Paper>
  );
}
