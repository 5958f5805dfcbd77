import { Alert, List, SimpleGrid, Stack, Text } from '@mantine/core';
import type { Party } from '../../../contracts/plans';
import type { TaskDetail } from '../../../contracts/tasks';
import { tableDate } from '../../../core/dates/vn-dates';
import { tasksVi } from '../../i18n/tasks.vi';
import { LabelledValue } from '../../ui/labelled-value';
import { AnchorLink } from '../../ui/router-links';
import { SectionCard } from '../../ui/section-card';
import { TaskDeadline } from './task-badges';

const t = tasksVi.detail;

const recurrenceText = (code: string): string =>
  code in tasksVi.recurrence ? tasksVi.recurrence[code as keyof typeof tasksVi.recurrence] : code;

/** "Công chức Văn hóa - Xã hội – UBND xã Cẩm Xuyên", or the name as the plan wrote it when it matched no unit. */
export function partyText(party: Party): string {
  if (!party.matched) return party.name;
  return party.position ? `${party.position} – ${party.unitName}` : party.unitName;
}

function Parties({ label, parties }: { label: string; parties: Party[] }) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      {parties.length === 0 ? (
        <Text>{t.noParty}</Text>
      ) : (
        <List size="sm" spacing={2}>
          {parties.map((party) => (
            <List.Item key={`${party.unitId}-${party.name}`}>
              {partyText(party)}
              {!party.matched && (
                <Text component="span" size="xs" c="orange.8">
                  {' '}
                  ({t.unmatched})
                </Text>
              )}
            </List.Item>
          ))}
        </List>
      )}
    </div>
  );
}

/** What the task is, where it comes from, who does it and by when. */
export function TaskSummary({
  task,
  today,
  showText,
}: {
  task: TaskDetail;
  today: string;
  /** False when the page title already shows the whole text. */
  showText: boolean;
}) {
  const deadline = task.deadline;
  const hasRange = Boolean(deadline?.from && deadline.to && deadline.from !== deadline.to);
  return (
    <SectionCard titleId="task-content" title={t.info}>
      <Stack gap="md">
        {showText && (
          <LabelledValue label={t.content}>
            <Text component="span" style={{ whiteSpace: 'pre-line' }}>
              {task.text}
            </Text>
          </LabelledValue>
        )}
        <LabelledValue label={t.plan}>
          <AnchorLink to="/ke-hoach/$id" params={{ id: String(task.planId) }}>
            {tasksVi.list.planNumber(task.planNumber)} · {task.planTitle}
          </AnchorLink>
        </LabelledValue>
        {task.parentTaskId !== null && (
          <LabelledValue label={t.parentTask}>
            <AnchorLink to="/viec/$id" params={{ id: String(task.parentTaskId) }}>
              {t.openParent}
            </AnchorLink>
          </LabelledValue>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <Parties label={t.lead} parties={task.lead} />
          <Parties label={t.support} parties={task.support} />
        </SimpleGrid>
        {deadline ? (
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <LabelledValue label={t.deadlineRaw}>{deadline.raw || tasksVi.days.noDate}</LabelledValue>
            {hasRange && (
              <LabelledValue label={t.deadlineRange}>
                {t.range(
                  deadline.from ? tableDate(deadline.from) : null,
                  deadline.to ? tableDate(deadline.to) : null,
                )}
              </LabelledValue>
            )}
            {deadline.recurrence && (
              <LabelledValue label={t.recurrence}>{recurrenceText(deadline.recurrence)}</LabelledValue>
            )}
            <div>
              <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
                {t.deadlineDue}
              </Text>
              <TaskDeadline task={{ ...task, deadline: { ...deadline, raw: '' } }} today={today} />
            </div>
          </SimpleGrid>
        ) : (
          <Text c="dimmed">{t.noDeadline}</Text>
        )}
        {task.warning && (
          <Alert color="yellow" variant="light" title={t.warning}>
            {task.warning}
          </Alert>
        )}
      </Stack>
    </SectionCard>
  );
}
