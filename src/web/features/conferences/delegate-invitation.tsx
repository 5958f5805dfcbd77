import { Alert, Anchor, Button, Checkbox, CopyButton, Group, Menu, Modal, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import {
  ReissueInvitationBody,
  type Delegate,
  type DelegateInvitation,
} from '../../../contracts/conferences';
import { conferencesVi } from '../../i18n/conferences.vi';
import { ErrorAlert } from '../../ui/error-alert';
import { useSchemaForm } from '../../ui/form';
import { delegateInSentence } from './conference-text';
import { conferenceApi, useConferenceMutation } from './conferences.queries';

const t = conferencesVi.delegateInvitation;

export type InvitationAction = 'reissue' | 'cancel';
export interface InvitationChoice {
  delegate: Delegate;
  action: InvitationAction;
}

/** The per-delegate menu (a menu, not a row of buttons, so that it fits a 360 px card). */
export function DelegateInvitationMenu({
  delegate,
  onChoose,
}: {
  delegate: Delegate;
  onChoose: (choice: InvitationChoice) => void;
}) {
  return (
    <Menu position="bottom-end" withinPortal shadow="md" width={280}>
      <Menu.Target>
        <Button variant="subtle" size="compact-sm" aria-label={t.menuOf(delegateInSentence(delegate))}>
          {t.menu}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item onClick={() => onChoose({ delegate, action: 'reissue' })}>{t.reissue}</Menu.Item>
        <Menu.Item color="red" onClick={() => onChoose({ delegate, action: 'cancel' })}>
          {t.cancel}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}

/** The notice after a re-issue: the old link is dead; the new one e-mailed, and shown to copy or send by hand. */
function reissuedNotice(name: string, address: string | null, result: DelegateInvitation): ReactNode {
  return (
    // An address or a link is one long word: it breaks anywhere rather than widening the notice past 360 px.
    <Stack gap={4} style={{ overflowWrap: 'anywhere', minWidth: 0 }}>
      <Text size="sm">{t.reissued(name)}</Text>
      {result.emailed && address && <Text size="sm">{t.emailed(address)}</Text>}
      {result.link && (
        <Group gap="xs" wrap="nowrap" align="flex-start">
          <Text size="sm" style={{ overflowWrap: 'anywhere', minWidth: 0 }}>
            {t.newLink}{' '}
            <Anchor href={result.link} target="_blank" rel="noreferrer" data-new-link>
              {result.link}
            </Anchor>
          </Text>
          <CopyButton value={result.link}>
            {({ copied, copy }) => (
              <Button variant="light" size="compact-xs" onClick={copy} style={{ flex: 'none' }}>
                {copied ? t.copied : t.copy}
              </Button>
            )}
          </CopyButton>
        </Group>
      )}
    </Stack>
  );
}

interface InvitationModalProps {
  choice: InvitationChoice;
  onClose: () => void;
  onDone: (notice: ReactNode) => void;
}

/**
 * The confirmation of a re-issue or a cancellation: what stops working, then the call. A refusal (a delegate
 * already checked in cannot be un-invited, a conference ended or cancelled) shows the API's message here.
 */
export function DelegateInvitationModal({ choice, onClose, onDone }: InvitationModalProps) {
  const { delegate, action } = choice;
  const name = delegateInSentence(delegate);
  const form = useSchemaForm({ email: delegate.email !== null }, ReissueInvitationBody);
  const reissue = useConferenceMutation(
    () => conferenceApi.reissueInvitation(delegate.id, form.values.email && delegate.email !== null),
    { onSuccess: (result) => onDone(reissuedNotice(name, delegate.email, result)) },
  );
  const cancel = useConferenceMutation(() => conferenceApi.cancelInvitation(delegate.id), {
    onSuccess: () => onDone(t.cancelled(name)),
  });
  const mutation = action === 'reissue' ? reissue : cancel;
  return (
    <Modal opened onClose={onClose} title={action === 'reissue' ? t.reissueTitle : t.cancelTitle} centered>
      <Stack gap="sm">
        <Alert color={action === 'reissue' ? 'yellow' : 'red'} variant="light">
          {action === 'reissue' ? t.reissueText(name) : t.cancelText(name)}
        </Alert>
        {action === 'reissue' &&
          (delegate.email ? (
            <Checkbox
              label={<span style={{ overflowWrap: 'anywhere' }}>{t.email(delegate.email)}</span>}
              {...form.getInputProps('email', { type: 'checkbox' })}
            />
          ) : (
            <Text size="sm" c="dimmed">
              {t.noEmail}
            </Text>
          ))}
        <ErrorAlert error={mutation.error} />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose}>
            {t.back}
          </Button>
          <Button
            color={action === 'reissue' ? undefined : 'red'}
            loading={mutation.isPending}
            onClick={() => mutation.mutate(undefined)}
          >
            {action === 'reissue' ? t.confirmReissue : t.confirmCancel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
