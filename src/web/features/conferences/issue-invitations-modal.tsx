import {
  Button,
  Group,
  Modal,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  TextInput,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import type { ConferenceDetail } from '../../../contracts/conferences';
import { conferencesVi } from '../../i18n/conferences.vi';
import { vi } from '../../i18n/vi';
import { FormErrorAlert } from '../../ui/error-alert';
import { planDetailQuery } from '../plans/plans.queries';
import { signerFromDraft, type InvitationSigner } from './conference-text';
import { conferenceApi, useConferenceMutation } from './conferences.queries';

const t = conferencesVi.invitations;
const EMPTY_SIGNER: InvitationSigner = { authority: '', position: '', name: '' };

interface IssueModalProps {
  conference: ConferenceDetail;
  onClose: () => void;
  /** `mode` is the one chosen, so the tab's downloads print the same pages. */
  onIssued: (invited: number, mode: 'delegate' | 'unit') => void;
}

/** "Phát hành giấy mời": per delegate or per unit, signer prefilled from the plan, numbered and e-mailed by choice. */
export function IssueInvitationsModal({ conference, onClose, onIssued }: IssueModalProps) {
  const plan = useQuery({ ...planDetailQuery(conference.plan?.id ?? 0), enabled: conference.plan !== null });
  const [mode, setMode] = useState<'delegate' | 'unit'>('delegate');
  const [issue, setIssue] = useState(true);
  const [email, setEmail] = useState(true);
  const [signer, setSigner] = useState<InvitationSigner>(EMPTY_SIGNER);
  const [isTouched, setTouched] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const prefill = plan.data ? signerFromDraft(plan.data.draft) : null;
  // The plan's signer is shown until the user types.
  const shown = isTouched ? signer : (prefill ?? EMPTY_SIGNER);
  const generate = useConferenceMutation(
    () =>
      conferenceApi.generateInvitations(conference.id, {
        mode,
        issue,
        email,
        signer: {
          authority: shown.authority.trim() || null,
          position: shown.position.trim(),
          name: shown.name.trim(),
        },
      }),
    { onSuccess: (summary) => onIssued(summary.invited, mode) },
  );
  const set = (patch: Partial<InvitationSigner>) => {
    setTouched(true);
    setSigner({ ...shown, ...patch });
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const isMissing = shown.position.trim() === '' || shown.name.trim() === '';
    setError(isMissing ? t.missingSigner : undefined);
    if (!isMissing) generate.mutate(undefined);
  };
  return (
    <Modal opened onClose={onClose} title={t.issueTitle} size="lg" centered>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Text size="sm">{t.issueIntro}</Text>
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              {t.mode}
            </Text>
            <SegmentedControl
              value={mode}
              onChange={(value) => setMode(value === 'unit' ? 'unit' : 'delegate')}
              data={[
                { value: 'delegate', label: t.modeDelegate },
                { value: 'unit', label: t.modeUnit },
              ]}
              fullWidth
            />
          </Stack>
          <Text size="sm" fw={600}>
            {t.signer}
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <TextInput
              label={t.authority}
              placeholder={t.authorityPlaceholder}
              value={shown.authority}
              onChange={(e) => set({ authority: e.currentTarget.value })}
            />
            <TextInput
              label={t.signerPosition}
              value={shown.position}
              onChange={(e) => set({ position: e.currentTarget.value })}
              error={error && shown.position.trim() === '' ? error : undefined}
              required
            />
            <TextInput
              label={t.signerName}
              value={shown.name}
              onChange={(e) => set({ name: e.currentTarget.value })}
              error={error && shown.name.trim() === '' ? error : undefined}
              required
            />
          </SimpleGrid>
          <Switch
            label={t.doIssue}
            description={t.doIssueHint}
            checked={issue}
            onChange={(e) => setIssue(e.currentTarget.checked)}
          />
          <Switch label={t.doEmail} checked={email} onChange={(e) => setEmail(e.currentTarget.checked)} />
          <FormErrorAlert error={generate.error} />
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={onClose}>
              {vi.common.cancel}
            </Button>
            {/* Disabled while the plan's signer is read, so that it is not sent empty. */}
            <Button type="submit" color="red" loading={generate.isPending} disabled={plan.isLoading}>
              {t.issue}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
