import { Anchor, Badge, Group, List, Paper, Stack, Text } from '@mantine/core';
import type { TaskDetail } from '../../../contracts/tasks';
import { tasksVi } from '../../i18n/tasks.vi';
import { dateTimeVn } from '../../ui/date-display';
import { fileSize } from './report-files';

const t = tasksVi.report;

/** The reports sent on a task, newest first, with their attachments to download. */
export function ReportList({ reports }: { reports: TaskDetail['reports'] }) {
  if (reports.length === 0) return <Text c="dimmed">{t.none}</Text>;
  return (
    <Stack gap="sm" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {reports.map((report) => (
        <Paper key={report.id} withBorder p="sm" radius="sm" component="li">
          <Group justify="space-between" gap={4} align="flex-start">
            <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
              {t.by(report.author, report.unitName)}
            </Text>
            <Text size="xs" c="dimmed">
              {dateTimeVn(report.createdAt)}
            </Text>
          </Group>
          <Text size="sm" mt={4} style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
            {report.text}
          </Text>
          {(report.status || report.progress !== null) && (
            <Group gap={6} mt={6}>
              {report.status && (
                <Badge variant="outline" color="gray" tt="none">
                  {t.setStatus(tasksVi.status[report.status])}
                </Badge>
              )}
              {report.progress !== null && (
                <Badge variant="outline" color="gray" tt="none">
                  {t.setProgressTo(report.progress)}
                </Badge>
              )}
            </Group>
          )}
          {report.attachments.length > 0 && (
            <>
              <Text size="xs" c="dimmed" mt="xs" fw={600}>
                {t.attachments}
              </Text>
              <List size="sm" spacing={2}>
                {report.attachments.map((file) => (
                  <List.Item key={file.id}>
                    <Anchor
                      href={`/api/task-attachments/${file.id}`}
                      download={file.fileName}
                      style={{ overflowWrap: 'anywhere' }}
                    >
                      {file.fileName}
                    </Anchor>{' '}
                    <Text component="span" size="xs" c="dimmed">
                      ({fileSize(file.size)})
                    </Text>
                  </List.Item>
                ))}
              </List>
            </>
          )}
        </Paper>
      ))}
    </Stack>
  );
}
