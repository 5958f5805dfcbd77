import { Group, Paper, Stack, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { ConferenceSummary } from '../../../contracts/conferences';
import { conferencesVi } from '../../i18n/conferences.vi';
import { AnchorLink } from '../../ui/router-links';
import { ConferenceStatusBadge } from './conference-status';
import { conferenceWhen } from './conference-text';

const t = conferencesVi.list;

const TitleLink = ({ conference }: { conference: ConferenceSummary }) => (
  <AnchorLink
    to="/hoi-nghi/$id"
    params={{ id: String(conference.id) }}
    search={{}}
    style={{ overflowWrap: 'anywhere' }}
  >
    {conference.title}
  </AnchorLink>
);

/** Conferences in scope: a table on wide screens, one card per conference on a phone. */
export function ConferencesTable({ items }: { items: ConferenceSummary[] }) {
  const isPhone = useMediaQuery('(max-width: 48em)');
  if (isPhone)
    return (
      <Stack gap="xs">
        {items.map((c) => (
          <Paper key={c.id} withBorder p="xs">
            <Stack gap={4}>
              <Group gap="xs">
                <ConferenceStatusBadge status={c.status} />
                <Text size="sm">{conferencesVi.kindLabel[c.kind]}</Text>
              </Group>
              <TitleLink conference={c} />
              <Text size="sm">{conferenceWhen(c)}</Text>
              <Text size="xs" c="dimmed">
                {c.unitName} · {t.countsLong(c.delegates, c.present)}
              </Text>
            </Stack>
          </Paper>
        ))}
      </Stack>
    );
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t.status}</Table.Th>
            <Table.Th>{t.titleColumn}</Table.Th>
            <Table.Th>{t.kind}</Table.Th>
            <Table.Th>{t.date}</Table.Th>
            <Table.Th>{t.host}</Table.Th>
            <Table.Th ta="right">{t.delegates}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((c) => (
            <Table.Tr key={c.id}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <ConferenceStatusBadge status={c.status} />
              </Table.Td>
              <Table.Td>
                <TitleLink conference={c} />
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{conferencesVi.kindLabel[c.kind]}</Table.Td>
              <Table.Td>{conferenceWhen(c)}</Table.Td>
              <Table.Td>{c.unitName}</Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                {t.counts(c.delegates, c.present)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
