import { Button, Modal, Stack, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import type { Presentation } from '../../../contracts/conferences';
import { checkinVi } from '../../i18n/checkin.vi';
import { FormErrorAlert } from '../../ui/error-alert';
import { presentationsApi, useCeremonyMutation } from './presentations-queries';

const t = checkinVi.presentations;
type Verdict = 'approve' | 'request_changes' | 'comment';
const BUTTONS: Record<Verdict, { label: string; color: string }> = {
  approve: { label: t.approve, color: 'green' },
  request_changes: { label: t.requestChanges, color: 'orange' },
  comment: { label: t.send, color: 'blue' },
};

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
  const review = useCeremonyMutation((comment: string) =>
    presentationsApi.review(presentation.id, { verdict, comment: comment || undefined }),
  );
  const [comment, setComment] = useState('');
  const [problem, setProblem] = useState<string | undefined>();
  const isCommentRequired = verdict !== 'approve';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (isCommentRequired && comment.trim() === '') {
      setProblem(t.commentRequired);
      return;
    }
    review.mutate(comment.trim(), { onSuccess: onClose });
  };

  return (
    <Modal opened onClose={onClose} title={t.reviewTitle(presentation.topic)} centered>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Textarea
            label={t.commentLabel}
            value={comment}
            onChange={(event) => setComment(event.currentTarget.value)}
            error={problem}
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
