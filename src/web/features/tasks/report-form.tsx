import { Button, Checkbox, FileInput, Group, Select, Slider, Stack, Text, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { TaskStatus } from '../../../contracts/plans';
import { tasksVi } from '../../i18n/tasks.vi';
import { FormErrorAlert } from '../../ui/error-alert';
import { FormPanel } from '../../ui/form-panel';
import { ACCEPTED_FILES, reportFilesProblem } from './report-files';
import { useSendReport } from './tasks.queries';

const t = tasksVi.report;
const statusOptions = TaskStatus.options.map((value) => ({ value, label: tasksVi.status[value] }));

/** "Báo cáo tiến độ": text, optionally a new status and progress, and up to five files of 10 MB. */
export function ReportForm({ taskId, progress }: { taskId: number; progress: number }) {
  const send = useSendReport(taskId);
  const [text, setText] = useState('');
  const [status, setStatus] = useState<TaskStatus | null>(null);
  const [isSettingProgress, setSettingProgress] = useState(false);
  const [value, setValue] = useState(progress);
  const [files, setFiles] = useState<File[]>([]);
  const [problem, setProblem] = useState<{ text?: string; files?: string }>({});
  const [isSent, setSent] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSent(false);
    const filesProblem = reportFilesProblem(files) ?? undefined;
    const textProblem = text.trim() === '' ? t.textRequired : undefined;
    setProblem({ text: textProblem, files: filesProblem });
    if (textProblem || filesProblem) return;
    send.mutate(
      { text: text.trim(), status, progress: isSettingProgress ? value : null, files },
      {
        onSuccess: () => {
          setText('');
          setStatus(null);
          setSettingProgress(false);
          setFiles([]);
          setSent(true);
        },
      },
    );
  };

  return (
    <FormPanel title={t.formTitle} titleId="report-form" onSubmit={submit}>
      <Stack gap="sm">
        <Textarea
          label={t.text}
          placeholder={t.textPlaceholder}
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
          error={problem.text}
          autosize
          minRows={3}
          maxRows={12}
          withAsterisk
        />
        <Select
          label={t.status}
          placeholder={t.keepStatus}
          data={statusOptions}
          value={status}
          onChange={(next) => setStatus(next ? TaskStatus.parse(next) : null)}
          clearable
        />
        <div>
          <Checkbox
            label={t.setProgress}
            checked={isSettingProgress}
            onChange={(event) => setSettingProgress(event.currentTarget.checked)}
          />
          {isSettingProgress && (
            <>
              <Text size="sm" mt="xs" id="report-progress">
                {t.progress}: {value}%
              </Text>
              <Slider
                aria-labelledby="report-progress"
                value={value}
                onChange={setValue}
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
          value={files}
          onChange={(next) => {
            setFiles(next);
            setProblem((current) => ({ ...current, files: reportFilesProblem(next) ?? undefined }));
          }}
          error={problem.files}
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
