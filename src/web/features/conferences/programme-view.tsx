import { Group, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import type { ConferenceDetail, ProgrammeItem } from '../../../contracts/conferences';
import { conferencesVi } from '../../i18n/conferences.vi';
import { ErrorAlert } from '../../ui/error-alert';
import { download } from '../../api/client';
import { DownloadButton } from './download-button';
import { firstSession } from './programme-state';

const t = conferencesVi.programme;

/** The line above the programme: the session the times run from, the total minutes, and the run-of-show DOCX. */
export function ProgrammeHeading({ conference, minutes }: { conference: ConferenceDetail; minutes: number }) {
  const [downloadError, setDownloadError] = useState<unknown>(null);
  const session = firstSession(conference.sessions);
  return (
    <>
      <Group justify="space-between" gap="xs">
        <Text size="sm" c="dimmed">
          {session ? t.startsFrom(session.label, session.start) : t.noSession} {t.totalMinutes(minutes)}
        </Text>
        <DownloadButton
          file={() =>
            download('get', '/api/conferences/{id}/run-of-show.docx', {
              params: { path: { id: conference.id } },
              fallbackName: 'kich-ban-dieu-hanh.docx',
            })
          }
          label={t.runOfShow}
          onError={setDownloadError}
        />
      </Group>
      <ErrorAlert error={downloadError} />
    </>
  );
}

/** What else an item carries: its kind (on a phone, where the kind has no column), presenter, linked tham luận. */
function ItemDetails({ item, topic }: { item: ProgrammeItem; topic: string | undefined }) {
  const extras = [
    item.performances !== null && item.kind === 'van_nghe' ? t.performancesValue(item.performances) : null,
    topic ? t.presentationValue(topic) : null,
    item.note,
  ].filter((x): x is string => Boolean(x));
  return (
    <>
      <Text size="xs" c="dimmed" hiddenFrom="sm">
        {[t.kindLabel[item.kind], item.presenter].filter(Boolean).join(' · ')}
      </Text>
      {extras.map((extra) => (
        <Text key={extra} size="xs" c="dimmed">
          {extra}
        </Text>
      ))}
    </>
  );
}

/** Chương trình for an account that may only read it: the items in order with their clock times, no inputs. */
export function ProgrammeView({ conference }: { conference: ConferenceDetail }) {
  const items = [...conference.programme].sort((a, b) => a.position - b.position);
  const topics = new Map(conference.presentations.map((p) => [p.id, p.topic]));
  const minutes = items.reduce((sum, item) => sum + (item.minutes ?? 0), 0);
  return (
    <Stack gap="sm">
      <ProgrammeHeading conference={conference} minutes={minutes} />
      {items.length === 0 ? (
        <Text c="dimmed">{t.empty}</Text>
      ) : (
        <Table
          fz="sm"
          withTableBorder
          striped
          verticalSpacing="xs"
          layout="fixed"
          styles={{ td: { verticalAlign: 'top' } }}
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={40}>{t.order}</Table.Th>
              <Table.Th w={{ base: 68, sm: 120 }}>{t.time}</Table.Th>
              <Table.Th visibleFrom="sm" w={{ sm: 170, lg: 210 }}>
                {t.kind}
              </Table.Th>
              <Table.Th>{t.itemTitle}</Table.Th>
              <Table.Th visibleFrom="sm" w={{ sm: 180, lg: 240 }}>
                {t.presenter}
              </Table.Th>
              <Table.Th ta="right" w={{ base: 56, sm: 96 }}>
                {t.minutes}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((item, i) => (
              <Table.Tr key={item.id}>
                <Table.Td>{i + 1}.</Table.Td>
                <Table.Td data-testid="item-clock" style={{ whiteSpace: 'nowrap' }}>
                  {item.startsAt ? (
                    <>
                      {item.startsAt}
                      {item.endsAt && (
                        <Text span c="dimmed" fz="xs" display="block">
                          {item.endsAt}
                        </Text>
                      )}
                    </>
                  ) : (
                    conferencesVi.none
                  )}
                </Table.Td>
                <Table.Td visibleFrom="sm" c="dimmed">
                  {t.kindLabel[item.kind]}
                </Table.Td>
                <Table.Td style={{ overflowWrap: 'anywhere' }}>
                  <Text fz="sm" fw={500}>
                    {item.title}
                  </Text>
                  <ItemDetails
                    item={item}
                    topic={item.presentationId === null ? undefined : topics.get(item.presentationId)}
                  />
                </Table.Td>
                <Table.Td visibleFrom="sm" style={{ overflowWrap: 'anywhere' }}>
                  {item.presenter || conferencesVi.none}
                </Table.Td>
                <Table.Td ta="right">{item.minutes ?? conferencesVi.none}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
