import { Text, Timeline } from '@mantine/core';
import type { TaskDetail } from '../../../contracts/tasks';
import { tasksVi } from '../../i18n/tasks.vi';
import { dateTimeVn } from '../../ui/date-display';
import { historyLine } from './history-lines';

const t = tasksVi.history;

/** Every change to the task, newest first: when, who, what, in plain words. */
export function TaskHistory({ history }: { history: TaskDetail['history'] }) {
  if (history.length === 0) return <Text c="dimmed">{t.none}</Text>;
  const entries = [...history].reverse();
  return (
    <Timeline bulletSize={12} lineWidth={2}>
      {entries.map((entry, index) => {
        const line = historyLine(entry);
        return (
          <Timeline.Item key={`${entry.at}-${index}`} title={line.title}>
            <Text size="xs" c="dimmed">
              {dateTimeVn(entry.at)} · {entry.actor ?? t.system}
            </Text>
            {line.changes.map((change) => (
              <Text key={change} size="sm" lineClamp={4} style={{ overflowWrap: 'anywhere' }}>
                {change}
              </Text>
            ))}
          </Timeline.Item>
        );
      })}
    </Timeline>
  );
}
