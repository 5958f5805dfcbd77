import { Alert, Badge, Button, Group, Stack, Stepper } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useState } from 'react';
import { ConferenceStatus, type ConferenceDetail } from '../../../contracts/conferences';
import { conferencesVi } from '../../i18n/conferences.vi';
import { ErrorAlert } from '../../ui/error-alert';
import { conferenceApi, useConferenceMutation } from './conferences.queries';

const t = conferencesVi;

export const CONFERENCE_STATUS_COLOR: Record<ConferenceStatus, string> = {
  planned: 'gray',
  invited: 'blue',
  running: 'orange',
  ended: 'green',
};

export function ConferenceStatusBadge({ status }: { status: ConferenceStatus }) {
  return (
    <Badge color={CONFERENCE_STATUS_COLOR[status]} variant="light" tt="none">
      {t.statusLabel[status]}
    </Badge>
  );
}

/** The status after this one (dự kiến → đã gửi giấy mời → đang diễn ra → đã kết thúc), or null at the end. */
export function nextStatus(status: ConferenceStatus): Exclude<ConferenceStatus, 'planned'> | null {
  const steps = ConferenceStatus.options;
  const next = steps[steps.indexOf(status) + 1];
  return next && next !== 'planned' ? next : null;
}

/** The four steps with the current one marked, and the button to the next step for an editor. */
export function ConferenceStatusSteps({ conference }: { conference: ConferenceDetail }) {
  const isPhone = useMediaQuery('(max-width: 48em)');
  const [done, setDone] = useState<string | null>(null);
  const move = useConferenceMutation((status: ConferenceStatus) =>
    conferenceApi.update(conference.id, { status }),
  );
  const steps = ConferenceStatus.options;
  const active = steps.indexOf(conference.status);
  const next = nextStatus(conference.status);
  return (
    <Stack gap="sm">
      <Stepper
        active={conference.status === 'ended' ? steps.length : active}
        size="sm"
        orientation={isPhone ? 'vertical' : 'horizontal'}
        allowNextStepsSelect={false}
      >
        {steps.map((status) => (
          <Stepper.Step key={status} label={t.statusLabel[status]} />
        ))}
      </Stepper>
      {conference.permissions.canEdit && next && (
        <Group>
          <Button
            onClick={() => move.mutate(next, { onSuccess: () => setDone(t.statusDone(t.statusLabel[next])) })}
            loading={move.isPending}
            color={next === 'ended' ? 'green' : undefined}
          >
            {t.statusAction[next]}
          </Button>
        </Group>
      )}
      {done && (
        <Alert color="green" variant="light" role="status" withCloseButton onClose={() => setDone(null)}>
          {done}
        </Alert>
      )}
      <ErrorAlert error={move.error} />
    </Stack>
  );
}
