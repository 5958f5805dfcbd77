import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState, type FormEvent, type ReactNode } from 'react';
import type { PlanAction, PlanDetail, PlanTransitionBody } from '../../../contracts/plans';
import { plansVi } from '../../i18n/plans.vi';
import { vi } from '../../i18n/vi';
import { ErrorAlert, FormErrorAlert } from '../../ui/error-alert';
import { ButtonLink } from '../../ui/router-links';
import { IssueModal } from '../documents/issue-modal';
import { useIssuePlan, useTransitionPlan } from './plans.queries';
import { NoticeAlert } from '../../ui/notice-alert';

const t = plansVi.actions;
type Action = PlanTransitionBody['action'];

/** Ngày ký and số lượng bản, then POST /plans/:id/issue: the documents' issue dialog, for a plan. */
function IssuePlanModal({
  plan,
  ...props
}: {
  plan: PlanDetail;
  opened: boolean;
  onClose: () => void;
  onIssued: (issued: PlanDetail) => void;
}) {
  return (
    <IssueModal
      issue={useIssuePlan(plan.id)}
      title={t.issueTitle}
      intro={t.issueIntro}
      confirm={t.issue}
      {...props}
    />
  );
}

/** Trả lại (optional note) and Kết thúc (results summary required) ask for a text first. */
function NoteModal({
  plan,
  action,
  onClose,
  onDone,
}: {
  plan: PlanDetail;
  action: 'return' | 'close' | null;
  onClose: () => void;
  onDone: (action: Action) => void;
}) {
  const [note, setNote] = useState('');
  const [noteError, setNoteError] = useState<string | undefined>();
  const transition = useTransitionPlan(plan.id);
  const isClose = action === 'close';
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!action) return;
    if (isClose && note.trim() === '') {
      setNoteError(t.closeNoteMissing);
      return;
    }
    setNoteError(undefined);
    transition.mutate(
      { action, note: note.trim() || undefined },
      {
        onSuccess: () => {
          setNote('');
          onDone(action);
        },
      },
    );
  };
  return (
    <Modal opened={action !== null} onClose={onClose} title={isClose ? t.closeTitle : t.returnTitle} centered>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          {isClose && <Text size="sm">{t.closeIntro}</Text>}
          <Textarea
            label={isClose ? t.closeNote : t.returnNote}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            error={noteError}
            required={isClose}
            autosize
            minRows={4}
            maxRows={14}
          />
          <FormErrorAlert error={transition.error} />
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={onClose}>
              {vi.common.cancel}
            </Button>
            <Button type="submit" color={isClose ? 'green' : 'orange'} loading={transition.isPending}>
              {isClose ? t.close : t.return}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/**
 * The life-cycle buttons of the actions the server allows this account (`plan.allowedActions`), in its order; `children` go below them (the page adds the
 * conference's "make from this plan", which belongs to the conferences feature).
 */
export function PlanActions({ plan, children }: { plan: PlanDetail; children?: ReactNode }) {
  const transition = useTransitionPlan(plan.id);
  const [noteAction, setNoteAction] = useState<'return' | 'close' | null>(null);
  const [isIssueOpen, setIssueOpen] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const run = (action: Action) => transition.mutate({ action }, { onSuccess: () => setDone(t.done[action]) });
  const id = String(plan.id);

  // The server says which actions this account may take now (`allowedActions`); the page only draws them.
  const button: Record<PlanAction, () => ReactNode> = {
    edit: () => (
      <ButtonLink key="edit" variant="default" to="/ke-hoach/$id/sua" params={{ id }}>
        {t.edit}
      </ButtonLink>
    ),
    submit: () => (
      <Button key="submit" onClick={() => run('submit')} loading={transition.isPending}>
        {t.submit}
      </Button>
    ),
    approve: () => (
      <Button key="approve" color="green" onClick={() => run('approve')} loading={transition.isPending}>
        {t.approve}
      </Button>
    ),
    return: () => (
      <Button key="return" color="orange" variant="light" onClick={() => setNoteAction('return')}>
        {t.return}
      </Button>
    ),
    issue: () => (
      <Button key="issue" color="red" onClick={() => setIssueOpen(true)}>
        {t.issue}
      </Button>
    ),
    amend: () => (
      <ButtonLink key="amend" variant="default" to="/ke-hoach/$id/sua" params={{ id }}>
        {t.amend}
      </ButtonLink>
    ),
    start: () => (
      <Button key="start" onClick={() => run('start')} loading={transition.isPending}>
        {t.start}
      </Button>
    ),
    close: () => (
      <Button key="close" color="green" variant="light" onClick={() => setNoteAction('close')}>
        {t.close}
      </Button>
    ),
  };
  const buttons = plan.allowedActions.map((action) => button[action]());

  return (
    <Stack gap="xs">
      {buttons.length > 0 && <Group gap="xs">{buttons}</Group>}
      {children}
      <NoticeAlert notice={done} onClose={() => setDone(null)} />
      <ErrorAlert error={transition.error} />
      <NoteModal
        plan={plan}
        action={noteAction}
        onClose={() => setNoteAction(null)}
        onDone={(action) => {
          setNoteAction(null);
          setDone(t.done[action]);
        }}
      />
      <IssuePlanModal
        plan={plan}
        opened={isIssueOpen}
        onClose={() => setIssueOpen(false)}
        onIssued={(issued) => {
          setIssueOpen(false);
          if (issued.number) setDone(t.issuedNumber(issued.number));
        }}
      />
    </Stack>
  );
}
