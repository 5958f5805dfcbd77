import { Button, Group, Paper, SegmentedControl, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { ConferenceDetail } from '../../../contracts/conferences';
import type { ConferenceSearch } from '../../routes/route-search';
import { conferencesVi } from '../../i18n/conferences.vi';
import { ErrorAlert } from '../../ui/error-alert';
import { SectionCard } from '../../ui/section-card';
import { conferenceApi, useConferenceMutation } from './conferences.queries';
import { download } from '../../api/client';
import { DownloadButton } from './download-button';
import { RSVP_COLOR } from './delegates-table';
import { IssueInvitationsModal } from './issue-invitations-modal';
import { NoticeAlert } from '../../ui/notice-alert';

const t = conferencesVi.invitations;
const rsvp = conferencesVi.delegates.rsvpLabel;

function Stat({ label, value, color }: { label: string; value: number | string; color?: string }) {
  return (
    <Paper withBorder p="xs" radius="md">
      <Text size="xs" c="dimmed" fw={600}>
        {label}
      </Text>
      <Text fz={typeof value === 'number' ? 22 : 16} fw={700} c={color} style={{ overflowWrap: 'anywhere' }}>
        {value}
      </Text>
    </Paper>
  );
}

/** Giấy mời: the counts and answers, issuing (numbered, e-mailed), the batch files and the reminder. */
export function InvitationsTab({
  conference,
  search,
  onSearch,
}: {
  conference: ConferenceDetail;
  /** The files' group, point and mode, from the address. */
  search: ConferenceSearch;
  onSearch: (patch: Partial<ConferenceSearch>) => void;
}) {
  const summary = conference.invitations;
  const canEdit = conference.permissions.canEdit;
  const [isIssueOpen, setIssueOpen] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const group = search.group === undefined ? null : String(search.group);
  const point = search.point === undefined ? null : String(search.point);
  // A page per delegate or per unit; the issue modal's choice carries over.
  const mode = search.mode ?? 'delegate';
  const setMode = (next: 'delegate' | 'unit') => onSearch({ mode: next === 'unit' ? next : undefined });
  const [downloadError, setDownloadError] = useState<unknown>(null);
  const remind = useConferenceMutation(() => conferenceApi.remindInvitations(conference.id), {
    onSuccess: ({ queued }) => setNotice(t.reminded(queued)),
  });
  const hasDelegates = conference.delegates > 0;
  const query = {
    group: group === null ? undefined : Number(group),
    point: point === null ? undefined : Number(point),
    mode: mode === 'unit' ? mode : undefined,
  };
  return (
    <Stack gap="md">
      <SectionCard
        titleId="invitations"
        title={t.title}
        actions={
          canEdit && (
            <Button onClick={() => setIssueOpen(true)} disabled={!hasDelegates}>
              {t.issue}
            </Button>
          )
        }
      >
        <Stack gap="sm">
          {!hasDelegates && (
            <Text size="sm" c="dimmed">
              {t.noDelegates}
            </Text>
          )}
          <SimpleGrid cols={{ base: 2, sm: 3, md: 4 }} spacing="xs" aria-label={t.answers}>
            <Stat label={t.number} value={summary.number ?? t.notIssued} />
            <Stat label={t.invited} value={summary.invited} />
            <Stat label={t.emailed} value={summary.emailed} />
            <Stat label={rsvp.yes} value={summary.yes} color={`${RSVP_COLOR.yes}.8`} />
            <Stat label={rsvp.no} value={summary.no} color={`${RSVP_COLOR.no}.8`} />
            <Stat label={rsvp.substitute} value={summary.substitute} color={`${RSVP_COLOR.substitute}.8`} />
            <Stat label={rsvp.pending} value={summary.pending} />
          </SimpleGrid>
          <NoticeAlert notice={notice} onClose={() => setNotice(null)} />
          <ErrorAlert error={remind.error} />
          {canEdit && summary.invited > 0 && (
            <div>
              <Button
                variant="light"
                onClick={() => remind.mutate(undefined)}
                loading={remind.isPending}
                disabled={summary.pending === 0}
              >
                {t.remind}
              </Button>
            </div>
          )}
        </Stack>
      </SectionCard>
      <SectionCard titleId="invitation-files" title={t.downloads}>
        <Stack gap="sm">
          <Group gap="xs" align="flex-end">
            <Select
              label={t.filterGroup}
              placeholder={conferencesVi.delegates.allGroups}
              data={conference.groups.map((g) => ({ value: String(g.id), label: g.title }))}
              value={group}
              onChange={(value) => onSearch({ group: value === null ? undefined : Number(value) })}
              clearable
              w={{ base: '100%', xs: 240 }}
              comboboxProps={{ withinPortal: true }}
            />
            <Select
              label={t.filterPoint}
              placeholder={conferencesVi.delegates.allPoints}
              data={conference.points.map((p) => ({ value: String(p.id), label: p.name }))}
              value={point}
              onChange={(value) => onSearch({ point: value === null ? undefined : Number(value) })}
              clearable
              w={{ base: '100%', xs: 240 }}
              comboboxProps={{ withinPortal: true }}
            />
          </Group>
          <Stack gap={4}>
            <Text size="sm" fw={500} id="invitation-mode">
              {t.mode}
            </Text>
            <SegmentedControl
              aria-labelledby="invitation-mode"
              value={mode}
              onChange={(value) => setMode(value === 'unit' ? 'unit' : 'delegate')}
              data={[
                { value: 'delegate', label: t.modeDelegate },
                { value: 'unit', label: t.modeUnit },
              ]}
              w="fit-content"
            />
          </Stack>
          <Group gap="xs">
            <DownloadButton
              file={() =>
                download('get', '/api/conferences/{id}/invitations.docx', {
                  params: { path: { id: conference.id }, query },
                  fallbackName: 'giay-moi.docx',
                })
              }
              label={t.docx}
              onError={setDownloadError}
              disabled={summary.invited === 0}
            />
            <DownloadButton
              file={() =>
                download('get', '/api/conferences/{id}/invitations.pdf', {
                  params: { path: { id: conference.id }, query },
                  fallbackName: 'giay-moi.pdf',
                })
              }
              label={t.pdf}
              onError={setDownloadError}
              disabled={summary.invited === 0}
            />
          </Group>
          <ErrorAlert error={downloadError} />
        </Stack>
      </SectionCard>
      {isIssueOpen && (
        <IssueInvitationsModal
          conference={conference}
          onClose={() => setIssueOpen(false)}
          onIssued={(invited, chosen) => {
            setIssueOpen(false);
            setMode(chosen);
            setNotice(t.issued(invited));
          }}
        />
      )}
    </Stack>
  );
}
