import { Alert, Button, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { ConferenceDetail, DelegateGroup } from '../../../contracts/conferences';
import { conferencesVi } from '../../i18n/conferences.vi';
import { ErrorAlert } from '../../ui/error-alert';
import { SectionCard } from '../../ui/section-card';
import { conferenceApi, useConferenceMutation } from './conferences.queries';
import { GroupFormModal } from './group-form';

const t = conferencesVi.groups;

function GroupCard({
  group,
  conference,
  onEdit,
}: {
  group: DelegateGroup;
  conference: ConferenceDetail;
  onEdit: () => void;
}) {
  const canEdit = conference.permissions.canEdit;
  const [notice, setNotice] = useState<{ text: string; skipped: string[] } | null>(null);
  const expand = useConferenceMutation(() => conferenceApi.expandGroup(group.id), {
    onSuccess: (result) =>
      setNotice({
        text: t.expanded(result.created, result.named),
        skipped: [...new Set(result.skipped ?? [])],
      }),
  });
  const remove = useConferenceMutation(() => conferenceApi.deleteGroup(group.id));
  const pointName = conference.points.find((p) => p.id === group.pointId)?.name;
  const quota = t.quotaLine(group.quota, group.expected);
  return (
    <Paper withBorder p="sm" radius="md" component="article" aria-label={group.title}>
      <Stack gap={4}>
        <Text fw={700} style={{ overflowWrap: 'anywhere' }}>
          {group.title}
        </Text>
        <Text size="xs" c="dimmed">
          {[group.level ? t.levelLabel[group.level] : null, pointName, quota || null]
            .filter(Boolean)
            .join(' · ')}
        </Text>
        {group.rule && (
          <Text size="sm" lineClamp={4} title={group.rule}>
            <Text span c="dimmed" size="sm">
              {t.rule}:{' '}
            </Text>
            {group.rule}
          </Text>
        )}
        <Text size="sm" fw={600}>
          {t.counts(group.delegates, group.present)}
        </Text>
        {canEdit && (
          <Group gap="xs">
            {group.rule && (
              <Button
                size="xs"
                variant="light"
                onClick={() => expand.mutate(undefined)}
                loading={expand.isPending}
              >
                {t.expand}
              </Button>
            )}
            <Button size="xs" variant="default" onClick={onEdit}>
              {t.edit}
            </Button>
            <Button
              size="xs"
              variant="subtle"
              color="red"
              loading={remove.isPending}
              onClick={() => {
                if (window.confirm(t.removeConfirm(group.title))) remove.mutate(undefined);
              }}
            >
              {t.remove}
            </Button>
          </Group>
        )}
        {notice && (
          <Alert
            color={notice.skipped.length > 0 ? 'orange' : 'green'}
            variant="light"
            role="status"
            withCloseButton
            onClose={() => setNotice(null)}
          >
            <Text size="sm">{notice.text}</Text>
            {notice.skipped.map((reason) => (
              <Text key={reason} size="xs" mt={4}>
                {reason}
              </Text>
            ))}
          </Alert>
        )}
        <ErrorAlert error={expand.error ?? remove.error} />
      </Stack>
    </Paper>
  );
}

/** Thành phần đại biểu: groups by level and composition rule, with their counts and the seats a rule makes. */
export function GroupsSection({ conference }: { conference: ConferenceDetail }) {
  const [editing, setEditing] = useState<DelegateGroup | null | undefined>(undefined);
  const groups = [...conference.groups].sort((a, b) => a.position - b.position);
  return (
    <SectionCard
      titleId="groups"
      title={t.title}
      actions={
        conference.permissions.canEdit && (
          <Button variant="light" onClick={() => setEditing(null)}>
            {t.add}
          </Button>
        )
      }
    >
      {groups.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t.empty}
        </Text>
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm">
          {groups.map((group) => (
            <GroupCard
              key={group.id}
              group={group}
              conference={conference}
              onEdit={() => setEditing(group)}
            />
          ))}
        </SimpleGrid>
      )}
      {editing !== undefined && (
        <GroupFormModal
          key={editing?.id ?? 'new'}
          conferenceId={conference.id}
          group={editing}
          points={conference.points}
          onClose={() => setEditing(undefined)}
        />
      )}
    </SectionCard>
  );
}
