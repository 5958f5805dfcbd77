import { webNow } from '../ui/clock';
import {
  Alert,
  Anchor,
  Badge,
  Box,
  Button,
  Group,
  NativeSelect,
  SegmentedControl,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import type { Account } from '../../contracts/auth';
import type { ConferenceDetail } from '../../contracts/conferences';
import { isForbidden } from '../api/client';
import { useMe } from '../features/auth/auth.queries';
import { CheckinCamera } from '../features/conferences/checkin-camera';
import { useAttendance } from '../features/conferences/checkin-queries';
import { CheckinResultCard } from '../features/conferences/checkin-result-card';
import { useCheckinStation } from '../features/conferences/checkin-station';
import { useConferenceDetail } from '../features/conferences/conferences.queries';
import { checkinVi } from '../i18n/checkin.vi';
import { vi } from '../i18n/vi';
import { ErrorAlert } from '../ui/error-alert';
import { LoadingBlock } from '../ui/loading-block';

const t = checkinVi.checkin;
// Search by name is the other mode (scan comes first): fetched when the staff switch to it.
const CheckinSearch = lazy(() =>
  import('../features/conferences/checkin-search').then((module) => ({ default: module.CheckinSearch })),
);
const pointStorageKey = (conferenceId: number) => `phongtrao.checkin.point.${conferenceId}`;

/**
 * The points this account checks in at: every point for the organiser; otherwise those hosted by its own unit,
 * organization or capture scope (the server has the last word: it refuses a point outside the account's scope).
 */
function pointsFor(conference: ConferenceDetail, me: Account): ConferenceDetail['points'] {
  if (conference.permissions.canEdit) return conference.points;
  const own = new Set(
    [me.unit?.id, me.organization?.id, me.captureScope?.id].filter((id) => id !== undefined),
  );
  const mine = conference.points.filter((point) => point.unitId !== null && own.has(point.unitId));
  return mine.length > 0 ? mine : conference.points;
}

function storedPoint(conferenceId: number): number | null {
  try {
    const value = Number(window.localStorage.getItem(pointStorageKey(conferenceId)));
    return Number.isInteger(value) && value > 0 ? value : null;
  } catch {
    return null;
  }
}

/**
 * /diem-danh/$id: the staff's phone at a bridge point — camera scan, search by name, counters, offline queue. Opened
 * from its link, it loads without the app's router (public-main.tsx): its links are plain ones.
 */
export function CheckinPage({ id }: { id: number }) {
  const detail = useConferenceDetail(id);
  return (
    <Box maw={520} mx="auto" p="sm" mih="100dvh">
      {detail.isPending ? (
        <LoadingBlock />
      ) : isForbidden(detail.error) ? (
        <Alert color="red" variant="light" role="alert" title={vi.forbidden.title}>
          <Stack gap="sm" align="flex-start">
            <Text size="sm">{detail.error.message}</Text>
            <Button component="a" href="/" variant="light">
              {vi.common.backHome}
            </Button>
          </Stack>
        </Alert>
      ) : detail.error ? (
        <ErrorAlert error={detail.error} />
      ) : (
        <CheckinStation conference={detail.data} />
      )}
    </Box>
  );
}

function CheckinStation({ conference }: { conference: ConferenceDetail }) {
  const me = useMe();
  const points = useMemo(() => pointsFor(conference, me), [conference, me]);
  const [point, setPoint] = useState<number | null>(() => {
    const stored = storedPoint(conference.id);
    if (stored !== null && points.some((p) => p.id === stored)) return stored;
    return points.length === 1 ? points[0]!.id : null;
  });
  const [mode, setMode] = useState<'scan' | 'search'>('scan');
  const station = useCheckinStation(conference.id);
  const attendance = useAttendance(conference.id);
  const count = attendance.data?.byPoint.find((row) => row.pointId === point);

  useEffect(() => {
    if (point === null) return;
    try {
      window.localStorage.setItem(pointStorageKey(conference.id), String(point));
    } catch {
      // storage disabled: the choice lasts for this visit
    }
  }, [conference.id, point]);

  const header = (
    <Stack gap={2}>
      <Group justify="space-between" wrap="nowrap" gap="xs">
        <Title order={1} fz={22}>
          {t.pageTitle}
        </Title>
        <Anchor href={`/hoi-nghi/${conference.id}`} size="sm" style={{ whiteSpace: 'nowrap' }}>
          {t.back}
        </Anchor>
      </Group>
      <Text size="sm" c="dimmed" lineClamp={2}>
        {conference.title}
      </Text>
    </Stack>
  );

  if (!conference.permissions.canCheckIn)
    return (
      <Stack gap="md">
        {header}
        <Alert color="red" variant="light" role="alert">
          {t.notAllowed}
        </Alert>
      </Stack>
    );
  if (points.length === 0)
    return (
      <Stack gap="md">
        {header}
        <Alert color="orange" variant="light">
          {t.noPoints}
        </Alert>
      </Stack>
    );

  return (
    <Stack gap="sm">
      {header}
      {/* The phone's own picker (a native select): Mantine's Select with its popover is 40 KB more on a slow phone. */}
      <NativeSelect
        label={t.point}
        data={[
          ...(point === null ? [{ value: '', label: t.pointPlaceholder, disabled: true }] : []),
          ...points.map((p) => ({ value: String(p.id), label: p.name })),
        ]}
        value={point === null ? '' : String(point)}
        onChange={(event) => {
          const value = Number(event.currentTarget.value);
          if (Number.isInteger(value) && value > 0) setPoint(value);
        }}
        size="md"
      />
      <Group gap="xs" justify="space-between">
        {count && (
          <Badge size="xl" variant="light" color="green" aria-label={t.counterLabel} tt="none">
            {t.counter(count.present, count.expected)}
          </Badge>
        )}
        {station.pending > 0 && (
          <Badge size="xl" variant="filled" color="orange" tt="none" role="status">
            {t.pending(station.pending)}
          </Badge>
        )}
      </Group>
      {(station.pending > 0 || !station.isOnline) && (
        <Alert color="orange" variant="light" title={station.isOnline ? undefined : t.offline}>
          <Stack gap={6} align="flex-start">
            <Text size="sm">{t.pendingHint}</Text>
            {station.pending > 0 && (
              <Button size="xs" variant="light" color="orange" onClick={station.retryNow}>
                {t.sendNow}
              </Button>
            )}
          </Stack>
        </Alert>
      )}
      {station.refusedLater > 0 && (
        <Alert color="red" variant="light">
          {t.result.refusedLater(station.refusedLater)}
        </Alert>
      )}
      {point === null ? (
        <Alert color="blue" variant="light">
          {t.pickPoint}
        </Alert>
      ) : (
        <>
          <SegmentedControl
            fullWidth
            size="md"
            value={mode}
            onChange={(value) => setMode(value === 'search' ? 'search' : 'scan')}
            data={[
              { value: 'scan', label: t.modeScan },
              { value: 'search', label: t.modeSearch },
            ]}
          />
          {station.result && <CheckinResultCard result={station.result} onClose={station.clearResult} />}
          {mode === 'scan' ? (
            <CheckinCamera
              onCode={(text) =>
                void station.submit({ token: text, point, scannedAt: webNow().toISOString() })
              }
            />
          ) : (
            <Suspense fallback={<LoadingBlock />}>
              <CheckinSearch
                conferenceId={conference.id}
                point={point}
                onCheckIn={(delegateId) =>
                  station.submit({
                    delegateId,
                    conferenceId: conference.id,
                    point,
                    scannedAt: webNow().toISOString(),
                  })
                }
              />
            </Suspense>
          )}
        </>
      )}
    </Stack>
  );
}
