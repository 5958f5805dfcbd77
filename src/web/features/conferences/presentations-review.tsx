import { Button, Modal, Stack, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { z } from 'zod';
import { ReviewBody, type Presentation } from '../../../contracts/conferences';
import { checkinVi } from '../../i18n/checkin.vi';
import { FormErrorAlert } from '../../ui/error-alert';
import { apiFormErrors, bodyValidate } from '../../ui/form';
import { presentationsApi, useCeremonyMutation } from './presentations-queries';

const t = checkinVi.presentations;
type Verdict = 'approve' | 'request_changes' | 'comment';
const BUTTONS: Record<Verdict, { label: string; color: string }> = {
  approve: { label: t.approve, color: 'green' },
  request_changes: { label: t.requestChanges, color: 'orange' },
  comment: { label: t.send, color: 'blue' },
};

/** The review as typed: its comment. */
interface ReviewValues {
  comment: string;
}

/** Duyệt / Yêu cầu sửa / Góp ý on a tham luận; a request for changes or a comment needs its text. */
export function ReviewModal({
  presentation,
  verdict,
  onClose,
}: {
  presentation: Presentation;
  verdict: Verdict;
  onClose: () => void;
}) {
  const isCommentRequired = verdict !== 'approve';
  const toBody = (values: ReviewValues): z.input<typeof ReviewBody> => ({
    verdict,
    comment: values.comment.trim() || undefined,
  });
  const form = useForm<ReviewValues>({
    mode: 'controlled',
    initialValues: { comment: '' },
    // The contract's rules, with the form's own word for a request for changes or a comment without its text.
    validate: (values) => ({
      ...bodyValidate(ReviewBody, toBody)(values),
      ...(isCommentRequired && values.comment.trim() === '' ? { comment: t.commentRequired } : {}),
    }),
    clearInputErrorOnChange: false,
  });
  const review = useCeremonyMutation((body: z.input<typeof ReviewBody>) =>
    presentationsApi.review(presentation.id, body),
  );

  const submit = (values: ReviewValues) =>
    review.mutate(toBody(values), {
      onSuccess: onClose,
      onError: (error) => form.setErrors(apiFormErrors(error)),
    });

  return (
    <Modal opened onClose={onClose} title={t.reviewTitle(presentation.topic)} centered>
      <form onSubmit={form.onSubmit(submit)} noValidate>
        <Stack gap="sm">
          <Textarea
            label={t.commentLabel}
            {...form.getInputProps('comment')}
            withAsterisk={isCommentRequired}
            autosize
            minRows={3}
            data-autofocus
          />
          <Button type="submit" color={BUTTONS[verdict].color} loading={review.isPending}>
            {BUTTONS[verdict].label}
          </Button>
          <FormErrorAlert error={review.error} />
        </Stack>
      </form>
    </Modal>
  );
}
