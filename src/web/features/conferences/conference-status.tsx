import { Alert, Badge, Button, Group, Modal, Stack, Stepper, Text, Textarea } from '@mantine/core';
import { nextConferenceStep } from '../../../core/conferences/lifecycle';
import { useForm } from '@mantine/form';
import { useMediaQuery } from '@mantine/hooks';
import { useState, type FormEvent } from 'react';
import { useNavigate } from '@tanstack/react-router';
import {
  CancelConferenceBody,
  ConferenceStep,
  type ConferenceDetail,
  type ConferenceStatus,
} from '../../../contracts/conferences';
import { conferencesVi } from '../../i18n/conferences.vi';
import { ErrorAlert } from '../../ui/error-alert';
import { apiFormErrors, bodyValidate } from '../../ui/form';
import { conferenceApi, useConferenceMutation } from './conferences.queries';

const t = conferencesVi;

export const CONFERENCE_STATUS_COLOR: Record<ConferenceStatus, string> = {
  planned: 'gray',
  invited: 'blue',
  running: 'orange',
  ended: 'green',
  cancelled: 'red',
};

export function ConferenceStatusBadge({ status }: { status: ConferenceStatus }) {
  return (
    <Badge color={CONFERENCE_STATUS_COLOR[status]} variant="light" tt="none">
      {t.statusLabel[status]}
    </Badge>
  );
}

/** The status after this one (dự kiến → đã gửi giấy mời → đang diễn ra → đã kết thúc), or null at the end. */
export const nextStatus = nextConferenceStep;

/** The cancel form as typed: the reason. */
interface CancelValues {
  reason: string;
}

const cancelBody = (values: CancelValues): CancelConferenceBody => ({ reason: values.reason.trim() });

/**
 * Xóa (while nothing has been sent) or Hủy (with a reason, keeping the record), each behind a confirmation. The
 * server decides which is possible (`permissions.canDelete`, `canCancel`) and refuses with the reason otherwise.
 */
function RemoveConference({ conference }: { conference: ConferenceDetail }) {
  const r = t.remove;
  const navigate = useNavigate();
  const [open, setOpen] = useState<'delete' | 'cancel' | null>(null);
  const form = useForm<CancelValues>({
    mode: 'controlled',
    initialValues: { reason: '' },
    // The contract's rules, with the form's own word for a missing reason.
    validate: (values) => ({
      ...bodyValidate(CancelConferenceBody, cancelBody)(values),
      ...(values.reason.trim() === '' ? { reason: r.reason } : {}),
    }),
    clearInputErrorOnChange: false,
  });
  const remove = useConferenceMutation(() => conferenceApi.remove(conference.id), {
    onSuccess: () => void navigate({ to: '/hoi-nghi' }),
  });
  const cancel = useConferenceMutation(
    (body: CancelConferenceBody) => conferenceApi.cancel(conference.id, body.reason),
    { onSuccess: () => setOpen(null) },
  );
  const { canDelete, canCancel } = conference.permissions;
  if (!canDelete && !canCancel) return null;
  const cancelIt = form.onSubmit((values) =>
    cancel.mutate(cancelBody(values), { onError: (error) => form.setErrors(apiFormErrors(error)) }),
  );
  const submit = (event: FormEvent<HTMLFormElement>) => {
    if (open !== 'delete') return cancelIt(event);
    event.preventDefault();
    remove.mutate(undefined);
  };
  return (
    <>
      <Group>
        {canDelete && (
          <Button variant="light" color="red" onClick={() => setOpen('delete')}>
            {r.delete}
          </Button>
        )}
        {canCancel && (
          <Button variant="light" color="red" onClick={() => setOpen('cancel')}>
            {r.cancel}
          </Button>
        )}
      </Group>
      <Modal
        opened={open !== null}
        onClose={() => setOpen(null)}
        title={open === 'delete' ? r.deleteTitle : r.cancelTitle}
        centered
      >
        <form onSubmit={submit} noValidate>
          <Stack gap="sm">
            <Text size="sm">{open === 'delete' ? r.deleteText : r.cancelText}</Text>
            {open === 'cancel' && (
              <Textarea
                label={r.reason}
                placeholder={r.reasonPlaceholder}
                {...form.getInputProps('reason')}
                required
                autosize
                minRows={3}
              />
            )}
            <ErrorAlert error={open === 'delete' ? remove.error : cancel.error} />
            <Group justify="flex-end" gap="xs">
              <Button variant="default" onClick={() => setOpen(null)}>
                {r.back}
              </Button>
              <Button type="submit" color="red" loading={remove.isPending || cancel.isPending}>
                {open === 'delete' ? r.confirmDelete : r.confirmCancel}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}

/** The four steps with the current one marked, and the button to the next step for an editor. */
export function ConferenceStatusSteps({ conference }: { conference: ConferenceDetail }) {
  const isPhone = useMediaQuery('(max-width: 48em)');
  const [done, setDone] = useState<string | null>(null);
  const move = useConferenceMutation((status: ConferenceStep) =>
    conferenceApi.update(conference.id, { status }),
  );
  const steps = ConferenceStep.options;
  const active = conference.status === 'cancelled' ? -1 : steps.indexOf(conference.status);
  const next = nextStatus(conference.status);
  return (
    <Stack gap="sm">
      {conference.status === 'cancelled' && (
        <Alert color="red" variant="light" role="status">
          {t.remove.cancelled(conference.cancelReason)}
        </Alert>
      )}
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
      <RemoveConference conference={conference} />
    </Stack>
  );
}
