import { Alert, Button, FileButton, Paper, Progress, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useRef, useState, type DragEvent } from 'react';
import { z } from 'zod';
import { errorMessage } from '../../ui/error-alert';
import { errorText, useSchemaForm } from '../../ui/form';
import { importVi } from '../../i18n/import.vi';
import { MAX_IMPORT_BYTES, uploadPlanFile, type ImportReview } from './plan-import.queries';

const t = importVi.file;
const ACCEPT = [
  '.docx',
  '.pdf',
  '.txt',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/pdf',
  'text/plain',
].join(',');

const sizeFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });

/** "2,4 MB", "512 KB": a file's size as people read it. */
export const fileSize = (bytes: number): string =>
  bytes >= 1024 * 1024
    ? `${sizeFormat.format(bytes / 1024 / 1024)} MB`
    : `${sizeFormat.format(Math.max(1, Math.round(bytes / 1024)))} KB`;

/** A file the import takes: POST /api/plans/import refuses one over MAX_IMPORT_BYTES before reading it. */
const PickedFileSchema = z.object({
  file: z.custom<File | null>().superRefine((file, ctx) => {
    if (file && file.size > MAX_IMPORT_BYTES)
      ctx.addIssue({ code: 'custom', message: t.tooLarge(fileSize(file.size)) });
  }),
});

interface PlanFilePickerProps {
  onRead: (file: File, review: ImportReview) => void;
}

/** Step 1: pick or drop a plan file; it is sent at once, with its progress, and the server's refusal shown as is. */
export function PlanFilePicker({ onRead }: PlanFilePickerProps) {
  const [progress, setProgress] = useState(0);
  const [isDragging, setDragging] = useState(false);
  const form = useSchemaForm<{ file: File | null }>({ file: null }, PickedFileSchema);
  // Cleared after each pick, so that picking the same file again (after fixing it) sends it again.
  const resetPicker = useRef<() => void>(null);
  const upload = useMutation({
    mutationFn: (file: File) => uploadPlanFile(file, setProgress),
    onSuccess: (review, file) => onRead(file, review),
  });

  const send = (file: File | null | undefined) => {
    resetPicker.current?.();
    if (!file || upload.isPending) return;
    upload.reset();
    setProgress(0);
    form.setFieldValue('file', file);
    if (form.validate().hasErrors) return;
    upload.mutate(file);
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    send(event.dataTransfer.files[0]);
  };
  const percent = Math.round(progress * 100);
  const message = errorText(form.errors.file) ?? (upload.error ? errorMessage(upload.error) : null);

  return (
    <Stack gap="sm" maw={720}>
      <Paper
        withBorder
        radius="md"
        p="xl"
        bg={isDragging ? 'blue.0' : 'gray.0'}
        style={{ borderStyle: 'dashed', borderWidth: 2, textAlign: 'center' }}
        onDragOver={(event: DragEvent) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <Stack gap="xs" align="center">
          <Text fw={600} visibleFrom="sm">
            {t.drop}
          </Text>
          <Text size="sm" c="dimmed" visibleFrom="sm">
            {t.or}
          </Text>
          <FileButton onChange={send} accept={ACCEPT} disabled={upload.isPending} resetRef={resetPicker}>
            {(props) => (
              <Button {...props} size="md" loading={upload.isPending}>
                {t.pick}
              </Button>
            )}
          </FileButton>
          <Text size="sm" c="dimmed">
            {t.formats}
          </Text>
        </Stack>
      </Paper>
      {upload.isPending && (
        <Stack gap={4} aria-live="polite">
          <Progress value={percent} animated={percent >= 100} aria-label={t.uploading(percent)} />
          <Text size="sm" c="dimmed">
            {percent >= 100 ? t.reading : t.uploading(percent)}
          </Text>
        </Stack>
      )}
      {message && (
        <Alert color="red" variant="light" title={t.refusedTitle} role="alert">
          {message}
        </Alert>
      )}
      <Text size="xs" c="dimmed">
        {t.docHint}
      </Text>
    </Stack>
  );
}
