import { Button, Checkbox, FileInput, Group, Select, Slider, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { z } from 'zod';
import { TaskStatus } from '../../../contracts/plans';
import { tasksVi } from '../../i18n/tasks.vi';
import { FormErrorAlert } from '../../ui/error-alert';
import { errorText, useSchemaForm } from '../../ui/form';
import { FormPanel } from '../../ui/form-panel';
import { ACCEPTED_FILES, reportFilesProblem } from './report-files';
import { useSendReport } from './tasks.queries';

const t = tasksVi.report;
const statusOptions = TaskStatus.options.map((value) => ({ value, label: tasksVi.status[value] }));

interface ReportValues {
  text: string;
  status: TaskStatus | null;
  isSettingProgress: boolean;
  progress: number;
  files: File[];
}

/** The report's rules (sent as multipart, so the contracts have no body schema): a text, and files the server takes. */
const ReportSchema = z.object({
  text: z.string().refine((text) => text.trim() !== '', t.textRequired),
  files: z.array(z.custom<File>()).superRefine((files, ctx) => {
    const problem = reportFilesProblem(files);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  }),
});

/** "Báo cáo tiến độ": text, optionally a new status and progress, and up to five files of 10 MB. */
export function ReportForm({ taskId, progress }: { taskId: number; progress: number }) {
  const send = useSendReport(taskId);
  const form = useSchemaForm<ReportValues>(
    { text: '', status: null, isSettingProgress: false, progress, files: [] },
    ReportSchema,
  );
  const [isSent, setSent] = useState(false);
  const { values } = form;

  const report = (report: ReportValues) => {
    setSent(false);
    send.mutate(
      {
        text: report.text.trim(),
        status: report.status,
        progress: report.isSettingProgress ? report.progress : null,
        files: report.files,
      },
      {
        onSuccess: () => {
          form.setValues({ text: '', status: null, isSettingProgress: false, files: [] });
          setSent(true);
        },
      },
    );
  };

  return (
    <FormPanel
      title={t.formTitle}
      titleId="report-form"
      onSubmit={form.onSubmit(report, () => setSent(false))}
    >
      <Stack gap="sm">
        <Textarea
          label={t.text}
          placeholder={t.textPlaceholder}
          {...form.getInputProps('text')}
          autosize
          minRows={3}
          maxRows={12}
          withAsterisk
        />
        <Select
          label={t.status}
          placeholder={t.keepStatus}
          data={statusOptions}
          value={values.status}
          onChange={(next) => form.setFieldValue('status', next ? TaskStatus.parse(next) : null)}
          clearable
        />
        <div>
          <Checkbox
            label={t.setProgress}
            {...form.getInputProps('isSettingProgress', { type: 'checkbox' })}
          />
          {values.isSettingProgress && (
            <>
              <Text size="sm" mt="xs" id="report-progress">
                {t.progress}: {values.progress}%
              </Text>
              <Slider
                aria-labelledby="report-progress"
                value={values.progress}
                onChange={(next) => form.setFieldValue('progress', next)}
                step={5}
                label={(v) => `${v}%`}
                mb="xs"
              />
            </>
          )}
        </div>
        <FileInput
          label={t.files}
          placeholder={t.filesPlaceholder}
          description={t.filesHint}
          multiple
          clearable
          accept={ACCEPTED_FILES}
          value={values.files}
          onChange={(next) => {
            form.setFieldValue('files', next);
            form.setFieldError('files', reportFilesProblem(next));
          }}
          error={errorText(form.errors.files)}
        />
        <Group gap="sm">
          <Button type="submit" loading={send.isPending}>
            {t.submit}
          </Button>
          {isSent && (
            <Text size="sm" c="green.8" role="status">
              {t.sent}
            </Text>
          )}
        </Group>
        <FormErrorAlert error={send.error} />
      </Stack>
    </FormPanel>
  );
}
