import { Alert, Badge, Box, Divider, Group, Image, Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect } from 'react';
import type { RsvpView } from '../../contracts/conferences';
import { tableDate } from '../../core/dates/vn-dates';
import { isApiError } from '../api/client';
import { RsvpForm } from '../features/conferences/rsvp-form';
import { rsvpQrUrl, useRsvp } from '../features/conferences/rsvp-queries';
import { ANSWER_COLORS, UnitInvitation } from '../features/conferences/rsvp-unit';
import { checkinVi } from '../i18n/checkin.vi';
import { vi } from '../i18n/vi';
import { ErrorAlert } from '../ui/error-alert';
import { LabelledValue } from '../ui/labelled-value';
import { LoadingBlock } from '../ui/loading-block';

const t = checkinVi.rsvp;
const WEEKDAYS = ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];

/** "Thứ Năm, 18/01/2024" from an ISO date. */
function dayText(iso: string): string {
  const weekday = WEEKDAYS[new Date(`${iso}T00:00:00Z`).getUTCDay()];
  return weekday ? `${weekday}, ${tableDate(iso)}` : tableDate(iso);
}

/** The refusal of a link, in words a delegate understands. */
function linkProblem(error: unknown): { title: string; text: string } | null {
  if (!isApiError(error)) return null;
  if (error.code === 'TOKEN_INVALID') return { title: t.invalidTitle, text: t.invalid };
  if (error.code === 'TOKEN_EXPIRED') return { title: t.expiredTitle, text: t.expired };
  if (error.code === 'NOT_FOUND') return { title: t.goneTitle, text: t.gone };
  return null;
}

/** /moi/$token: the delegate's personal link, public (no account): the giấy mời, the answer, the QR for the door. */
export function RsvpPage({ token }: { token: string }) {
  const rsvp = useRsvp(token);
  useEffect(() => {
    document.title = `${t.pageTitle} · ${vi.productName}`;
  }, []);
  const problem = linkProblem(rsvp.error);
  return (
    <Box bg="gray.0" mih="100dvh" py="md" px="sm">
      <Stack maw={520} mx="auto" gap="md">
        <Text fw={800} c="red.8">
          {t.brand}
        </Text>
        {rsvp.isPending ? (
          <LoadingBlock />
        ) : problem ? (
          <Alert color="red" variant="light" title={problem.title} role="alert">
            {problem.text}
          </Alert>
        ) : rsvp.error ? (
          <ErrorAlert error={rsvp.error} />
        ) : 'kind' in rsvp.data ? (
          <UnitInvitation view={rsvp.data} facts={<ConferenceFacts conference={rsvp.data.conference} />} />
        ) : (
          <Invitation token={token} view={rsvp.data} />
        )}
      </Stack>
    </Box>
  );
}

/** When, where and who hosts: the same lines on a delegate's page and on a unit's. */
function ConferenceFacts({ conference }: { conference: RsvpView['conference'] }) {
  return (
    <>
      <LabelledValue label={t.when}>
        {conference.date ? dayText(conference.date) : (conference.dateRaw ?? t.dateUnknown)}
        {conference.sessions.map((s) => (
          <Text key={s.label} span display="block">
            {t.session(s.label, s.start, s.end)}
          </Text>
        ))}
      </LabelledValue>
      {conference.venue && <LabelledValue label={t.venue}>{conference.venue}</LabelledValue>}
      <LabelledValue label={t.host}>{conference.hostName}</LabelledValue>
    </>
  );
}

function Invitation({ token, view }: { token: string; view: RsvpView }) {
  const { conference, delegate } = view;
  const invitee = delegate.name ?? delegate.position ?? delegate.unitName ?? vi.common.none;
  return (
    <>
      <Paper withBorder radius="md" p="md" component="section" aria-labelledby="rsvp-title">
        <Stack gap="sm">
          <Title order={1} fz={22} id="rsvp-title" style={{ overflowWrap: 'anywhere' }}>
            {conference.title}
          </Title>
          <ConferenceFacts conference={conference} />
          <Divider />
          <LabelledValue label={t.invited}>
            <Text span fw={700} fz="lg">
              {invitee}
            </Text>
            {delegate.name && delegate.position && (
              <Text span display="block">
                {delegate.position}
              </Text>
            )}
          </LabelledValue>
          {delegate.unitName && invitee !== delegate.unitName && (
            <LabelledValue label={t.unit}>{delegate.unitName}</LabelledValue>
          )}
          {delegate.pointName && <LabelledValue label={t.point}>{delegate.pointName}</LabelledValue>}
          <Group gap="xs">
            <Text size="sm" c="dimmed">
              {t.current}:
            </Text>
            <Badge color={ANSWER_COLORS[view.rsvp]} variant="light" size="lg" tt="none">
              {t.answer[view.rsvp]}
            </Badge>
          </Group>
          {view.rsvp === 'substitute' && view.substituteName && (
            <Text size="sm">{t.substitute(view.substituteName, view.substitutePosition)}</Text>
          )}
        </Stack>
      </Paper>
      <Paper withBorder radius="md" p="md">
        {view.open ? (
          <RsvpForm token={token} view={view} />
        ) : (
          <Alert color="gray" variant="light" title={t.closedTitle}>
            {t.closed}
          </Alert>
        )}
      </Paper>
      {view.open && view.rsvp !== 'no' && (
        <Paper withBorder radius="md" p="md" component="section" aria-labelledby="rsvp-qr">
          <Stack align="center" gap="xs">
            <Title order={2} fz="lg" id="rsvp-qr">
              {t.qrTitle}
            </Title>
            <Image src={rsvpQrUrl(token)} alt={t.qrAlt} w={240} h={240} fit="contain" />
            <Text size="sm" c="dimmed" ta="center">
              {view.rsvp === 'substitute' ? t.qrHintSubstitute : t.qrHint}
            </Text>
          </Stack>
        </Paper>
      )}
    </>
  );
}
