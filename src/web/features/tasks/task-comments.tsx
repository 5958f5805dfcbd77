import { Button, Paper, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { CommentBody, type TaskDetail } from '../../../contracts/tasks';
import { tasksVi } from '../../i18n/tasks.vi';
import { dateTimeVn } from '../../ui/date-display';
import { FormErrorAlert } from '../../ui/error-alert';
import { zodValidate } from '../../ui/form';
import { useAddComment } from './tasks.queries';

const t = tasksVi.comments;

/** The conversation on a task, oldest first, and a box to add to it. */
export function TaskComments({ taskId, comments }: { taskId: number; comments: TaskDetail['comments'] }) {
  const add = useAddComment(taskId);
  // The contract's CommentBody; the button waits for a text, so its message is never needed.
  const form = useForm({
    mode: 'controlled',
    initialValues: { text: '' },
    validate: zodValidate(CommentBody),
  });
  const { text } = form.values;
  return (
    <Stack gap="sm">
      {comments.length === 0 ? (
        <Text c="dimmed">{t.none}</Text>
      ) : (
        <Stack gap="xs" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {comments.map((comment) => (
            <Paper key={comment.id} withBorder p="xs" radius="sm" component="li" bg="gray.0">
              <Text size="xs" c="dimmed">
                <Text component="span" size="xs" fw={600} c="dark">
                  {comment.author ?? t.system}
                </Text>{' '}
                · {dateTimeVn(comment.createdAt)}
              </Text>
              <Text size="sm" style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
                {comment.text}
              </Text>
            </Paper>
          ))}
        </Stack>
      )}
      <form
        onSubmit={form.onSubmit((values) =>
          add.mutate(values.text.trim(), { onSuccess: () => form.setValues({ text: '' }) }),
        )}
      >
        <Textarea
          label={t.text}
          placeholder={t.placeholder}
          {...form.getInputProps('text')}
          autosize
          minRows={2}
          maxRows={8}
        />
        <Button type="submit" mt="xs" variant="light" loading={add.isPending} disabled={!text.trim()}>
          {t.send}
        </Button>
        <FormErrorAlert error={add.error} />
      </form>
    </Stack>
  );
}
