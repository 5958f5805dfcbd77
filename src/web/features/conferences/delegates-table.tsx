import { Anchor, Badge, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { ConferenceDetail, Delegate, Rsvp } from '../../../contracts/conferences';
import { conferencesVi } from '../../i18n/conferences.vi';
import { delegateName } from './conference-text';
import { DelegateInvitationMenu, type InvitationChoice } from './delegate-invitation';

const t = conferencesVi.delegates;
export const RSVP_COLOR: Record<Rsvp, string> = {
  pending: 'gray',
  yes: 'green',
  no: 'red',
  substitute: 'yellow',
};

function RsvpBadge({ delegate }: { delegate: Delegate }) {
  return (
    <Stack gap={2}>
      <div>
        {/* A short label, never cut to "C…" by a narrow table column (Mantine's badge lets its label shrink to nothing). */}
        <Badge color={RSVP_COLOR[delegate.rsvp]} variant="light" tt="none" miw="max-content">
          {t.rsvpLabel[delegate.rsvp]}
        </Badge>
        {delegate.attendance && (
          <Badge
            ml={4}
            miw="max-content"
            color={delegate.attendance.status === 'present' ? 'teal' : 'red'}
            variant="filled"
            tt="none"
          >
            {delegate.attendance.status === 'present' ? t.present : t.absent}
          </Badge>
        )}
      </div>
      {delegate.rsvp === 'substitute' && delegate.substituteName && (
        <Text size="xs" c="dimmed">
          {t.substitute([delegate.substituteName, delegate.substitutePosition].filter(Boolean).join(', '))}
        </Text>
      )}
    </Stack>
  );
}

/** "Chưa có giấy mời" once giấy mời went out, for a delegate left out or whose invitation was cancelled. */
function InvitationState({ delegate, conference }: { delegate: Delegate; conference: ConferenceDetail }) {
  const isIssued = conference.invitations.invited > 0 || conference.invitations.documentId !== null;
  if (!isIssued || delegate.invitedAt !== null) return null;
  return (
    <Badge color="gray" variant="outline" tt="none">
      {t.notInvited}
    </Badge>
  );
}

interface DelegatesTableProps {
  items: Delegate[];
  conference: ConferenceDetail;
  onEdit: ((delegate: Delegate) => void) | null;
  /** Re-issue or cancel a delegate's giấy mời; null when the user may not (or the conference is closed). */
  onInvitation: ((choice: InvitationChoice) => void) | null;
}

/** Delegates as a table on wide screens, one card each on a phone; the name opens the edit form for an editor. */
export function DelegatesTable({ items, conference, onEdit, onInvitation }: DelegatesTableProps) {
  const isPhone = useMediaQuery('(max-width: 48em)');
  const groupTitle = new Map(conference.groups.map((g) => [g.id, g.title]));
  const pointName = new Map(conference.points.map((p) => [p.id, p.name]));
  const name = (d: Delegate) => {
    const text = delegateName(d);
    const label = (
      <Text span fz="sm" fw={600} c={d.name ? undefined : 'dimmed'} fs={d.name ? undefined : 'italic'}>
        {text}
      </Text>
    );
    return onEdit ? (
      <Anchor
        component="button"
        type="button"
        onClick={() => onEdit(d)}
        aria-label={t.editOf(text)}
        ta="left"
      >
        {label}
      </Anchor>
    ) : (
      label
    );
  };
  const invitation = (d: Delegate) => (
    <Group gap={4} wrap="nowrap">
      <InvitationState delegate={d} conference={conference} />
      {onInvitation && d.invitedAt !== null && (
        <DelegateInvitationMenu delegate={d} onChoose={onInvitation} />
      )}
    </Group>
  );
  if (isPhone)
    return (
      <Stack gap="xs">
        {items.map((d) => (
          <Paper key={d.id} withBorder p="xs">
            <Stack gap={2}>
              <Group justify="space-between" align="flex-start" gap="xs" wrap="nowrap">
                <div style={{ minWidth: 0 }}>{name(d)}</div>
                {d.seat && (
                  <Badge variant="outline" tt="none">
                    {d.seat}
                  </Badge>
                )}
              </Group>
              <Text size="sm">{[d.position, d.unitName].filter(Boolean).join(' – ')}</Text>
              <Text size="xs" c="dimmed">
                {[d.groupId ? groupTitle.get(d.groupId) : null, d.pointId ? pointName.get(d.pointId) : null]
                  .filter(Boolean)
                  .join(' · ')}
              </Text>
              <Group justify="space-between" align="flex-end" gap="xs">
                <RsvpBadge delegate={d} />
                {invitation(d)}
              </Group>
            </Stack>
          </Paper>
        ))}
      </Stack>
    );
  return (
    <Table.ScrollContainer minWidth={960}>
      <Table striped highlightOnHover fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t.name}</Table.Th>
            <Table.Th>{t.position}</Table.Th>
            <Table.Th>{t.unit}</Table.Th>
            <Table.Th>{t.group}</Table.Th>
            <Table.Th>{t.point}</Table.Th>
            <Table.Th>{t.seat}</Table.Th>
            <Table.Th>{t.rsvp}</Table.Th>
            <Table.Th>{t.invitation}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((d) => (
            <Table.Tr key={d.id}>
              <Table.Td>{name(d)}</Table.Td>
              <Table.Td>{d.position}</Table.Td>
              <Table.Td>{d.unitName}</Table.Td>
              <Table.Td>{d.groupId ? groupTitle.get(d.groupId) : null}</Table.Td>
              <Table.Td>{d.pointId ? pointName.get(d.pointId) : null}</Table.Td>
              <Table.Td>{d.seat}</Table.Td>
              {/* The answer and the menu keep their one line; the long texts wrap instead. */}
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <RsvpBadge delegate={d} />
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{invitation(d)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
