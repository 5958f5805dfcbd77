import { Badge, Paper, Text } from '@mantine/core';
import { vi } from '../i18n/vi';
import { PageHeader } from '../ui/page-header';

export type UpcomingArea = 'plans' | 'tasks' | 'targets' | 'conferences' | 'awards';

/** Areas of later releases: say plainly what they will do, show no made-up data. */
export function ComingSoonPage({ area }: { area: UpcomingArea }) {
  return (
    <>
      <PageHeader title={vi.nav[area]} />
      <Paper withBorder p={{ base: 'sm', sm: 'lg' }} radius="md" maw={720}>
        <Badge color="yellow" variant="light" tt="none" mb="sm">
          {vi.comingSoon.badge}
        </Badge>
        <Text>
          {vi.comingSoon[area]} {vi.comingSoon.notice}
        </Text>
      </Paper>
    </>
  );
}
