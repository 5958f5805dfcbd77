import { Badge, Button, Divider, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import type { Rsvp, RsvpUnitView } from '../../../contracts/conferences';
import { checkinVi } from '../../i18n/checkin.vi';

const t = checkinVi.rsvp;
export const ANSWER_COLORS: Record<Rsvp, string> = {
  pending: 'gray',
  yes: 'green',
  no: 'red',
  substitute: 'blue',
};

/**
 * A unit's giấy mời link (per-unit mode): the conference, then the unit's seats with their answers; each seat opens
 * its own page (/moi/<seat token>) to answer, name a substitute and show that person's QR code at the door.
 */
export function UnitInvitation({ view, facts }: { view: RsvpUnitView; facts: ReactNode }) {
  return (
    <>
      <Paper withBorder radius="md" p="md" component="section" aria-labelledby="rsvp-title">
        <Stack gap="sm">
          <Title order={1} fz={22} id="rsvp-title" style={{ overflowWrap: 'anywhere' }}>
            {view.conference.title}
          </Title>
          {facts}
          <Divider />
          <Text size="sm" c="dimmed">
            {t.unitInvited}
          </Text>
          <Text fw={700} fz="lg" style={{ overflowWrap: 'anywhere' }}>
            {view.unitName}
          </Text>
        </Stack>
      </Paper>
      <Paper withBorder radius="md" p="md" component="section" aria-labelledby="rsvp-seats">
        <Stack gap="sm">
          <Title order={2} fz="lg" id="rsvp-seats">
            {t.seatsTitle}
          </Title>
          {view.open && (
            <Text size="sm" c="dimmed">
              {t.seatsHint}
            </Text>
          )}
          <Stack gap="xs" component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
            {view.seats.map((seat) => {
              const label = seat.name ?? seat.position ?? t.seatUnnamed;
              return (
                <Paper key={seat.token} withBorder radius="sm" p="sm" component="li">
                  <Stack gap={6}>
                    <div>
                      <Text fw={700} style={{ overflowWrap: 'anywhere' }}>
                        {label}
                      </Text>
                      {seat.name && seat.position && <Text size="sm">{seat.position}</Text>}
                      {seat.pointName && (
                        <Text size="sm" c="dimmed">
                          {t.point}: {seat.pointName}
                        </Text>
                      )}
                    </div>
                    <Group gap="xs" justify="space-between">
                      <Badge color={ANSWER_COLORS[seat.rsvp]} variant="light" tt="none">
                        {t.answer[seat.rsvp]}
                      </Badge>
                      {/* A plain link: the public page loads without the app's router (public-main.tsx). */}
                      <Button
                        component="a"
                        href={`/moi/${encodeURIComponent(seat.token)}`}
                        size="xs"
                        variant="light"
                        aria-label={t.seatOpenLabel(label)}
                      >
                        {t.seatOpen}
                      </Button>
                    </Group>
                    {seat.rsvp === 'substitute' && seat.substituteName && (
                      <Text size="sm">{t.substitute(seat.substituteName, null)}</Text>
                    )}
                  </Stack>
                </Paper>
              );
            })}
          </Stack>
        </Stack>
      </Paper>
    </>
  );
}
