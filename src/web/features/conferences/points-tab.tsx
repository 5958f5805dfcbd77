import { Badge, Button, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { BridgePoint, ConferenceDetail } from '../../../contracts/conferences';
import { conferencesVi } from '../../i18n/conferences.vi';
import { vi } from '../../i18n/vi';
import { dateTimeVn } from '../../ui/date-display';
import { ErrorAlert } from '../../ui/error-alert';
import { conferenceApi, useConferenceMutation } from './conferences.queries';
import { PointFormModal } from './point-form';

const t = conferencesVi.points;
const TEST_COLOR = { untested: 'gray', ok: 'green', failed: 'red' } as const;

/** The main point first, then the others in their order. */
export const orderedPoints = (points: BridgePoint[]): BridgePoint[] =>
  [...points].sort((a, b) => Number(b.isMain) - Number(a.isMain) || a.position - b.position);

function PointCard({ point, canEdit, onEdit }: { point: BridgePoint; canEdit: boolean; onEdit: () => void }) {
  const test = useConferenceMutation((testStatus: 'ok' | 'failed') =>
    conferenceApi.updatePoint(point.id, { testStatus }),
  );
  const remove = useConferenceMutation(() => conferenceApi.deletePoint(point.id));
  const contact = [point.contactName, point.contactPhone].filter(Boolean).join(' · ');
  return (
    <Paper withBorder p="sm" radius="md" component="article" aria-label={point.name}>
      <Stack gap={6}>
        <Group gap="xs" justify="space-between" align="flex-start">
          <Text fw={700} style={{ overflowWrap: 'anywhere', flex: 1 }}>
            {point.name}
          </Text>
          {point.isMain && (
            <Badge color="red" variant="light" tt="none">
              {t.main}
            </Badge>
          )}
        </Group>
        {point.unitName && <Text size="sm">{point.unitName}</Text>}
        {point.room && (
          <Text size="sm">
            <Text span c="dimmed" size="sm">
              {t.room}:{' '}
            </Text>
            {point.room}
          </Text>
        )}
        {contact && (
          <Text size="sm">
            <Text span c="dimmed" size="sm">
              {t.contact}:{' '}
            </Text>
            {contact}
          </Text>
        )}
        <Text size="sm" fw={600}>
          {t.counts(point.delegates, point.present)}
        </Text>
        <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
          {t.units}: {point.units.length > 0 ? point.units.map((u) => u.name).join('; ') : t.noUnits}
        </Text>
        <Group gap="xs">
          <Badge color={TEST_COLOR[point.testStatus]} variant="light" tt="none">
            {t.testStatus[point.testStatus]}
            {point.testedAt ? ` ${t.testedAt(dateTimeVn(point.testedAt))}` : ''}
          </Badge>
          {point.testNote && (
            <Text size="xs" c="dimmed">
              {point.testNote}
            </Text>
          )}
        </Group>
        {canEdit && (
          <Group gap="xs">
            <Button
              size="xs"
              color="green"
              variant="light"
              onClick={() => test.mutate('ok')}
              loading={test.isPending}
            >
              {t.markOk}
            </Button>
            <Button
              size="xs"
              color="red"
              variant="light"
              onClick={() => test.mutate('failed')}
              loading={test.isPending}
            >
              {t.markFailed}
            </Button>
            <Button size="xs" variant="default" onClick={onEdit}>
              {t.edit}
            </Button>
            <Button
              size="xs"
              variant="subtle"
              color="red"
              loading={remove.isPending}
              onClick={() => {
                if (window.confirm(t.removeConfirm(point.name))) remove.mutate(undefined);
              }}
            >
              {t.remove}
            </Button>
          </Group>
        )}
        <ErrorAlert error={test.error ?? remove.error} />
      </Stack>
    </Paper>
  );
}

/** Điểm cầu: the main point and the points at units, their connection test, the units and counts at each. */
export function PointsTab({ conference }: { conference: ConferenceDetail }) {
  const canEdit = conference.permissions.canEdit;
  // undefined: closed; null: a new point; a point: that one edited.
  const [editing, setEditing] = useState<BridgePoint | null | undefined>(undefined);
  const points = orderedPoints(conference.points);
  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          {points.length === 0 ? t.empty : vi.common.total(points.length)}
        </Text>
        {canEdit && <Button onClick={() => setEditing(null)}>{t.add}</Button>}
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        {points.map((point) => (
          <PointCard key={point.id} point={point} canEdit={canEdit} onEdit={() => setEditing(point)} />
        ))}
      </SimpleGrid>
      {editing !== undefined && (
        <PointFormModal
          key={editing?.id ?? 'new'}
          conferenceId={conference.id}
          point={editing}
          opened
          onClose={() => setEditing(undefined)}
        />
      )}
    </Stack>
  );
}
