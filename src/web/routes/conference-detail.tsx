import { Group, Tabs, Text } from '@mantine/core';
import type { ComponentType } from 'react';
import type { ConferenceDetail } from '../../contracts/conferences';
import { isForbidden } from '../api/client';
import { AttendanceTab } from '../features/conferences/attendance-tab';
import { AwardsTab } from '../features/conferences/awards-tab';
import { ConferenceStatusBadge } from '../features/conferences/conference-status';
import { conferenceWhen } from '../features/conferences/conference-text';
import { useConferenceDetail } from '../features/conferences/conferences.queries';
import { DelegatesTab } from '../features/conferences/delegates-tab';
import { InvitationsTab } from '../features/conferences/invitations-tab';
import { OverviewTab } from '../features/conferences/overview-tab';
import { PointsTab } from '../features/conferences/points-tab';
import { PresentationsTab } from '../features/conferences/presentations-tab';
import { ProgrammeTab } from '../features/conferences/programme-tab';
import { conferencesVi } from '../i18n/conferences.vi';
import { ErrorAlert } from '../ui/error-alert';
import { ForbiddenPanel } from '../ui/forbidden-panel';
import { LoadingBlock } from '../ui/loading-block';
import { PageHeader } from '../ui/page-header';
import { AnchorLink } from '../ui/router-links';
import { CONFERENCE_TAB_IDS, type ConferenceSearch, type ConferenceTab } from './route-search';

const t = conferencesVi.detail;

/** The panel of each tab of /hoi-nghi/$id (route-search holds their order); each gets the conference as read. */
const CONFERENCE_TABS = {
  'tong-quan': OverviewTab,
  'chuong-trinh': ProgrammeTab,
  'diem-cau': PointsTab,
  'dai-bieu': DelegatesTab,
  'giay-moi': InvitationsTab,
  'tham-luan': PresentationsTab,
  'diem-danh': AttendanceTab,
  'khen-thuong': AwardsTab,
} satisfies Record<ConferenceTab, ComponentType<ConferenceTabProps>>;

/** What a tab's panel gets: the conference as read, and the address's filters with the way to change them. */
export interface ConferenceTabProps {
  conference: ConferenceDetail;
  search: ConferenceSearch;
  /** Filters replace the history entry; a page pushes one (`replace` false). */
  onSearch: (patch: Partial<ConferenceSearch>, replace?: boolean) => void;
}

interface ConferencePageProps {
  id: number;
  tab: ConferenceTab;
  onTabChange: (tab: ConferenceTab) => void;
  search: ConferenceSearch;
  onSearch: ConferenceTabProps['onSearch'];
}

/** /hoi-nghi/$id: the conference's header, then its overview, programme, points, delegates, invitations and more. */
export function ConferencePage({ id, tab, onTabChange, search, onSearch }: ConferencePageProps) {
  const detail = useConferenceDetail(id);
  if (detail.isPending) return <LoadingBlock />;
  if (isForbidden(detail.error)) return <ForbiddenPanel message={detail.error.message} backTo="/hoi-nghi" />;
  if (detail.error) return <ErrorAlert error={detail.error} />;
  const conference = detail.data;
  return (
    <>
      <PageHeader
        title={conference.title}
        crumbs={[
          <AnchorLink key="list" to="/hoi-nghi">
            {conferencesVi.breadcrumb}
          </AnchorLink>,
        ]}
        description={
          <Group gap="xs" component="span">
            <ConferenceStatusBadge status={conference.status} />
            <Text span size="sm" style={{ overflowWrap: 'anywhere' }}>
              {conferencesVi.kindLabel[conference.kind]} · {conferencesVi.formatLabel[conference.format]} ·{' '}
              {conferenceWhen(conference, conference.sessions)} · {conference.unitName}
            </Text>
          </Group>
        }
      />
      <Tabs
        value={tab}
        onChange={(value) => {
          const next = CONFERENCE_TAB_IDS.find((v) => v === value);
          if (next) onTabChange(next);
        }}
        keepMounted={false}
      >
        <Tabs.List mb="md" style={{ flexWrap: 'nowrap', overflowX: 'auto', overflowY: 'hidden' }}>
          {CONFERENCE_TAB_IDS.map((value) => (
            <Tabs.Tab key={value} value={value} style={{ flex: 'none' }}>
              {t.tabs[value]}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {CONFERENCE_TAB_IDS.map((value) => {
          const Panel = CONFERENCE_TABS[value];
          return (
            <Tabs.Panel key={value} value={value}>
              <Panel conference={conference} search={search} onSearch={onSearch} />
            </Tabs.Panel>
          );
        })}
      </Tabs>
    </>
  );
}
