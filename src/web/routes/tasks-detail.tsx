import { Grid, Stack, Text, Title } from '@mantine/core';
import { webToday } from '../ui/clock';
import { useMediaQuery } from '@mantine/hooks';

import { isApiError, isForbidden } from '../api/client';
import { ReportForm } from '../features/tasks/report-form';
import { ReportList } from '../features/tasks/report-list';
import { TaskComments } from '../features/tasks/task-comments';
import { TaskHistory } from '../features/tasks/task-history';
import { TaskOccurrences } from '../features/tasks/task-occurrences';
import { TaskStatusForm } from '../features/tasks/task-status-form';
import { TaskSummary } from '../features/tasks/task-summary';
import { useTaskDetail } from '../features/tasks/tasks.queries';
import { tasksVi } from '../i18n/tasks.vi';
import { vi } from '../i18n/vi';
import { ErrorAlert } from '../ui/error-alert';
import { ForbiddenPanel } from '../ui/forbidden-panel';
import { LoadingBlock } from '../ui/loading-block';
import { PageHeader } from '../ui/page-header';
import { AnchorLink, ButtonLink } from '../ui/router-links';
import { SectionCard } from '../ui/section-card';

const TITLE_LENGTH = 140;
const shortTitle = (text: string) =>
  text.length <= TITLE_LENGTH ? text : `${text.slice(0, TITLE_LENGTH).replace(/\s+\S*$/, '')}…`;

/** /viec/$id: one task, its follow-up (status, reports, comments) and its history. */
export function TaskDetailPage({ id }: { id: number }) {
  const { data: task, error, isPending } = useTaskDetail(id);
  const isWide = useMediaQuery('(min-width: 62em)');
  const today = webToday();
  if (isPending) return <LoadingBlock />;
  if (isForbidden(error))
    return <ForbiddenPanel message={error.message} backTo="/viec" backLabel={tasksVi.list.title} />;
  if (error)
    return (
      <Stack>
        <ErrorAlert
          error={error}
          title={isApiError(error) && error.status === 404 ? vi.errors.notFoundTitle : undefined}
        />
        <div>
          <ButtonLink to="/viec" variant="light">
            {tasksVi.list.title}
          </ButtonLink>
        </div>
      </Stack>
    );

  const isRecurring = Boolean(task.deadline?.recurrence) && task.parentTaskId === null;
  return (
    <>
      <PageHeader
        title={shortTitle(task.text)}
        crumbs={[
          <AnchorLink key="tasks" to="/viec" size="sm">
            {tasksVi.detail.crumb}
          </AnchorLink>,
        ]}
      />
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="md">
            <TaskSummary task={task} today={today} showText={shortTitle(task.text) !== task.text} />
            {!isWide && <TaskStatusForm task={task} />}
            {isRecurring && (
              <SectionCard titleId="task-occurrences" title={tasksVi.occurrences.title}>
                <Text size="sm" c="dimmed" mb="xs">
                  {tasksVi.occurrences.intro}
                </Text>
                <TaskOccurrences occurrences={task.occurrences} today={today} />
              </SectionCard>
            )}
            <SectionCard titleId="task-reports" title={tasksVi.report.title}>
              <Stack gap="md">
                {task.canReport ? (
                  <ReportForm taskId={task.id} progress={task.progress} />
                ) : (
                  <Text size="sm" c="dimmed">
                    {tasksVi.report.cannotReport}
                  </Text>
                )}
                <Title order={3} size="h5">
                  {tasksVi.report.list(task.reports.length)}
                </Title>
                <ReportList reports={task.reports} />
              </Stack>
            </SectionCard>
            <SectionCard titleId="task-comments" title={tasksVi.comments.title}>
              <TaskComments taskId={task.id} comments={task.comments} />
            </SectionCard>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack gap="md">
            {isWide && <TaskStatusForm task={task} />}
            <SectionCard titleId="task-history" title={tasksVi.history.title}>
              <TaskHistory history={task.history} />
            </SectionCard>
          </Stack>
        </Grid.Col>
      </Grid>
    </>
  );
}
