import { Card, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { webToday } from '../ui/clock';
import { formalDate } from '../../core/dates/vn-dates';
import { AccountSummary } from '../features/auth/account-summary';
import { useMe } from '../features/auth/auth.queries';
import { useWorkingUnit } from '../features/units/working-unit';
import { vi } from '../i18n/vi';
import { LabelledValue } from '../ui/labelled-value';
import { ButtonLink } from '../ui/router-links';

export function HomePage() {
  const me = useMe();
  const { unit: workingUnit } = useWorkingUnit();
  return (
    <Stack gap="md">
      <div>
        <Title order={1} fz={{ base: 22, sm: 28 }}>
          {vi.home.greeting(me.fullName)}
        </Title>
        <Text c="dimmed">{vi.home.today(formalDate(webToday()))}</Text>
      </div>
      <Paper withBorder p={{ base: 'sm', sm: 'md' }} radius="md">
        <AccountSummary
          account={me}
          extra={
            workingUnit && workingUnit.code !== me.unit?.code ? (
              <LabelledValue label={vi.home.workingUnit}>{workingUnit.fullName}</LabelledValue>
            ) : null
          }
        />
      </Paper>
      <Title order={2} size="h3">
        {vi.home.shortcuts}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <Card withBorder radius="md" padding="md">
          <Text fw={600}>{vi.units.title}</Text>
          <Text size="sm" c="dimmed" mb="sm">
            {vi.home.openUnitsHint}
          </Text>
          <Group gap="xs">
            <ButtonLink to="/don-vi" variant="light">
              {vi.home.openUnits}
            </ButtonLink>
            {workingUnit && (
              <ButtonLink to="/don-vi/$code" params={{ code: workingUnit.code }} variant="default">
                {workingUnit.code === me.unit?.code ? vi.home.openMyUnit : vi.home.openWorkingUnit}
              </ButtonLink>
            )}
          </Group>
        </Card>
      </SimpleGrid>
    </Stack>
  );
}
