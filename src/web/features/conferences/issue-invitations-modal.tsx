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
import { useForm } from '@mantine/form';
import { useEffect } from 'react';
import type { z } from 'zod';
import { GenerateInvitationsBody, type ConferenceDetail } from '../../../contracts/conferences';
import { conferencesVi } from '../../i18n/conferences.vi';
import { vi } from '../../i18n/vi';
import { FormErrorAlert } from '../../ui/error-alert';
import { apiFormErrors, bodyValidate } from '../../ui/form';
import { planDetailQuery } from '../plans/plans.queries';
import { signerFromDraft, type InvitationSigner } from './conference-text';
import { conferenceApi, useConferenceMutation } from './conferences.queries';

const t = conferencesVi.invitations;
const EMPTY_SIGNER: InvitationSigner = { authority: '', position: '', name: '' };
const SIGNER_FIELDS = ['authority', 'position', 'name'] as const;

interface IssueModalProps {
  conference: ConferenceDetail;
  onClose: () => void;
  /** `mode` is the one chosen, so the tab's downloads print the same pages. */
  onIssued: (invited: number, mode: 'delegate' | 'unit') => void;
}

interface IssueValues {
  mode: 'delegate' | 'unit';
  issue: boolean;
  email: boolean;
  signer: InvitationSigner;
}

const toBody = (values: IssueValues): z.input<typeof GenerateInvitationsBody> => ({
  mode: values.mode,
  issue: values.issue,
  email: values.email,
  signer: {
    authority: values.signer.authority.trim() || null,
    position: values.signer.position.trim(),
    name: values.signer.name.trim(),
  },
});

/** "Phát hành giấy mời": per delegate or per unit, signer prefilled from the plan, numbered and e-mailed by choice. */
export function IssueInvitationsModal({ conference, onClose, onIssued }: IssueModalProps) {
  const plan = useQuery({ ...planDetailQuery(conference.plan?.id ?? 0), enabled: conference.plan !== null });
  const form = useForm<IssueValues>({
    mode: 'controlled',
    initialValues: { mode: 'delegate', issue: true, email: true, signer: EMPTY_SIGNER },
    // The contract's rules, with the form's own word for a signer left blank.
    validate: (values) => ({
      ...bodyValidate(GenerateInvitationsBody, toBody)(values),
      ...(values.signer.position.trim() === '' ? { 'signer.position': t.missingSigner } : {}),
      ...(values.signer.name.trim() === '' ? { 'signer.name': t.missingSigner } : {}),
    }),
    // A signer's message goes as soon as it is typed in, as it always did.
    clearInputErrorOnChange: true,
  });
  const isSignerTouched = SIGNER_FIELDS.some((field) => form.isTouched(`signer.${field}`));
  // The plan's signer is shown until the user types.
  useEffect(() => {
    const prefill = plan.data ? signerFromDraft(plan.data.draft) : null;
    if (prefill && !isSignerTouched) form.setFieldValue('signer', prefill);
    // Only a newly read plan refills the signer.
  }, [plan.data]);
  const generate = useConferenceMutation((values: IssueValues) =>
    conferenceApi.generateInvitations(conference.id, toBody(values)),
  );
  const submit = (values: IssueValues) =>
    generate.mutate(values, {
      onSuccess: (summary) => onIssued(summary.invited, values.mode),
      onError: (error) => form.setErrors(apiFormErrors(error)),
    });
  return (
    <Modal opened onClose={onClose} title={t.issueTitle} size="lg" centered>
      <form onSubmit={form.onSubmit(submit)} noValidate>
        <Stack gap="sm">
          <Text size="sm">{t.issueIntro}</Text>
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              {t.mode}
            </Text>
            <SegmentedControl
              value={form.values.mode}
              onChange={(value) => form.setFieldValue('mode', value === 'unit' ? 'unit' : 'delegate')}
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
              {...form.getInputProps('signer.authority')}
            />
            <TextInput label={t.signerPosition} {...form.getInputProps('signer.position')} required />
            <TextInput label={t.signerName} {...form.getInputProps('signer.name')} required />
          </SimpleGrid>
          <Switch
            label={t.doIssue}
            description={t.doIssueHint}
            {...form.getInputProps('issue', { type: 'checkbox' })}
          />
          <Switch label={t.doEmail} {...form.getInputProps('email', { type: 'checkbox' })} />
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
