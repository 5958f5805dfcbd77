import { Anchor, Badge, Button, Collapse, FileButton, Group, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { Presentation } from '../../../contracts/conferences';
import { tableDate } from '../../../core/dates/vn-dates';
import { checkinVi } from '../../i18n/checkin.vi';
import { dateTimeVn } from '../../ui/date-display';
import { ErrorAlert } from '../../ui/error-alert';
import { fileSize } from '../tasks/report-files';
import { download as downloadFile } from '../../api/client';
import { useDownload } from './conferences.queries';
import { presentationFileProblem, PRESENTATION_FILES } from './presentations-files';
import { presentationsApi, useCeremonyMutation } from './presentations-queries';
import { ReviewModal } from './presentations-review';

const t = checkinVi.presentations;
const STATUS_COLORS: Record<Presentation['status'], string> = {
  assigned: 'gray',
  submitted: 'blue',
  approved: 'green',
  changes_requested: 'orange',
};

interface PresentationCardProps {
  presentation: Presentation;
  /** The organiser: review, delete. */
  canEdit: boolean;
  /** The organiser or the assigned unit: upload. */
  canUpload: boolean;
}

/** One tham luận: what, who, how long, by when; its file, upload, review and the record of what happened. */
export function PresentationCard({ presentation: p, canEdit, canUpload }: PresentationCardProps) {
  const upload = useCeremonyMutation((file: File) => presentationsApi.uploadPresentation(p.id, file));
  const remove = useCeremonyMutation(() => presentationsApi.deletePresentation(p.id));
  const download = useDownload();
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const [verdict, setVerdict] = useState<'approve' | 'request_changes' | 'comment' | null>(null);
  const [isHistoryOpen, setHistoryOpen] = useState(false);

  const pick = (file: File | null) => {
    if (!file) return;
    const problem = presentationFileProblem(file);
    setFileProblem(problem);
    if (!problem) upload.mutate(file);
  };

  return (
    <Paper withBorder p="sm" radius="md" component="article" aria-label={p.topic}>
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
          <Text fw={700} style={{ overflowWrap: 'anywhere', minWidth: 0 }}>
            {p.position}. {p.topic}
          </Text>
          <Badge color={STATUS_COLORS[p.status]} variant="light" tt="none" style={{ flex: 'none' }}>
            {t.status[p.status]}
          </Badge>
        </Group>
        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
          {[p.unitName, p.presenter].filter(Boolean).join(' · ') || checkinVi.checkin.result.unnamed}
        </Text>
        <Group gap="md" wrap="wrap">
          <Text size="sm" c="dimmed">
            {t.minutes(p.minMinutes, p.maxMinutes)}
          </Text>
          <Text size="sm" c={p.overdue ? 'red.8' : 'dimmed'} fw={p.overdue ? 700 : 400}>
            {p.dueDate ? t.due(tableDate(p.dueDate)) : t.noDue}
            {p.overdue && ` · ${t.overdue}`}
          </Text>
        </Group>
        <Group gap="xs" wrap="wrap">
          {p.file ? (
            <Anchor
              component="button"
              type="button"
              size="sm"
              onClick={() =>
                download.mutate(() =>
                  downloadFile('get', '/api/presentations/{id}/file', {
                    params: { path: { id: p.id } },
                    fallbackName: p.file!.name,
                  }),
                )
              }
            >
              {p.file.name} ({fileSize(p.file.size)})
            </Anchor>
          ) : (
            <Text size="sm" c="dimmed">
              {t.noFile}
            </Text>
          )}
        </Group>
        <Group gap="xs" wrap="wrap">
          {canUpload && (
            <FileButton onChange={pick} accept={PRESENTATION_FILES}>
              {(props) => (
                <Button {...props} size="xs" variant="light" loading={upload.isPending}>
                  {p.file ? t.replace : t.upload}
                </Button>
              )}
            </FileButton>
          )}
          {canEdit && p.file && p.status !== 'approved' && (
            <Button size="xs" color="green" variant="light" onClick={() => setVerdict('approve')}>
              {t.approve}
            </Button>
          )}
          {canEdit && p.file && (
            <Button size="xs" color="orange" variant="light" onClick={() => setVerdict('request_changes')}>
              {t.requestChanges}
            </Button>
          )}
          {canEdit && (
            <Button size="xs" variant="subtle" onClick={() => setVerdict('comment')}>
              {t.comment}
            </Button>
          )}
          {canEdit && (
            <Button
              size="xs"
              variant="subtle"
              color="red"
              loading={remove.isPending}
              onClick={() => {
                if (window.confirm(t.removeConfirm(p.topic))) remove.mutate(undefined);
              }}
            >
              {t.remove}
            </Button>
          )}
        </Group>
        {fileProblem && (
          <Text size="sm" c="red.8" role="alert">
            {fileProblem}
          </Text>
        )}
        <ErrorAlert error={upload.error ?? remove.error ?? download.error} />
        {p.events.length > 0 && (
          <div>
            <Anchor component="button" type="button" size="sm" onClick={() => setHistoryOpen((o) => !o)}>
              {t.history(p.events.length)}
            </Anchor>
            <Collapse expanded={isHistoryOpen}>
              <Stack gap={4} mt={4} component="ol" style={{ listStyle: 'none', paddingLeft: 0 }}>
                {p.events.map((event, i) => (
                  <li key={i}>
                    <Text size="sm">
                      <Text span fw={600}>
                        {t.event[event.kind]}
                      </Text>
                      {event.text ? `: ${event.text}` : ''}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {t.eventBy(event.by, dateTimeVn(event.at))}
                    </Text>
                  </li>
                ))}
              </Stack>
            </Collapse>
          </div>
        )}
      </Stack>
      {verdict && <ReviewModal presentation={p} verdict={verdict} onClose={() => setVerdict(null)} />}
    </Paper>
  );
}
