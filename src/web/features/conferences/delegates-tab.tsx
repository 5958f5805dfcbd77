import { Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Rsvp, type ConferenceDetail, type Delegate } from '../../../contracts/conferences';
import { conferencesVi } from '../../i18n/conferences.vi';
import { PagedResults } from '../../ui/paged-results';
import { SectionCard } from '../../ui/section-card';
import type { ConferenceSearch } from '../../routes/route-search';
import { delegateQuery, isFiltered, type DelegateFilters } from './conference-text';
import { useDelegateList } from './conferences.queries';
import { DelegateFormModal } from './delegate-form';
import { DelegateImport } from './delegate-import';
import { DelegateInvitationModal, type InvitationChoice } from './delegate-invitation';
import { DelegatesTable } from './delegates-table';
import { GroupsSection } from './groups-section';
import { NoticeAlert } from '../../ui/notice-alert';

const t = conferencesVi.delegates;
const PAGE_SIZE = 50;

function Filters({
  filters,
  onChange,
  conference,
}: {
  filters: DelegateFilters;
  onChange: (patch: Partial<DelegateFilters>) => void;
  conference: ConferenceDetail;
}) {
  const select = { clearable: true, comboboxProps: { withinPortal: true }, w: { base: '100%', xs: 200 } };
  return (
    <Group gap="xs" align="flex-end">
      <TextInput
        label={t.search}
        value={filters.q}
        onChange={(e) => onChange({ q: e.currentTarget.value })}
        type="search"
        w={{ base: '100%', xs: 260 }}
      />
      <Select
        label={t.group}
        placeholder={t.allGroups}
        data={conference.groups.map((g) => ({ value: String(g.id), label: g.title }))}
        value={filters.group}
        onChange={(group) => onChange({ group })}
        {...select}
      />
      <Select
        label={t.point}
        placeholder={t.allPoints}
        data={conference.points.map((p) => ({ value: String(p.id), label: p.name }))}
        value={filters.point}
        onChange={(point) => onChange({ point })}
        {...select}
      />
      <Select
        label={t.rsvp}
        placeholder={t.allRsvp}
        data={Rsvp.options.map((value) => ({ value, label: t.rsvpLabel[value] }))}
        value={filters.rsvp}
        onChange={(value) => {
          const parsed = Rsvp.safeParse(value);
          onChange({ rsvp: parsed.success ? parsed.data : null });
        }}
        {...select}
      />
    </Group>
  );
}

const idText = (id: number | undefined): string | null => (id === undefined ? null : String(id));
const idOf = (value: string | null): number | undefined => (value === null ? undefined : Number(value));

interface DelegatesTabProps {
  conference: ConferenceDetail;
  /** The filters and page, from the address. */
  search: ConferenceSearch;
  onSearch: (patch: Partial<ConferenceSearch>, replace?: boolean) => void;
}

/** Đại biểu: the groups, then the delegates with search and filters, the Excel import and the seating list. */
export function DelegatesTab({ conference, search, onSearch }: DelegatesTabProps) {
  const canEdit = conference.permissions.canEdit;
  // The box shows what is typed; the address gets it once typing pauses (and does not echo back into the box).
  const [text, setText] = useState(search.q ?? '');
  const [debounced] = useDebouncedValue(text, 300);
  useEffect(() => {
    const q = debounced.trim() || undefined;
    if (q !== search.q) onSearch({ q, page: undefined });
  }, [debounced]);
  const filters: DelegateFilters = {
    q: search.q ?? '',
    group: idText(search.group),
    point: idText(search.point),
    rsvp: search.rsvp ?? null,
  };
  const page = search.page ?? 1;
  const list = useDelegateList(conference.id, delegateQuery(filters, page, PAGE_SIZE));
  const [editing, setEditing] = useState<Delegate | null | undefined>(undefined);
  const [invitation, setInvitation] = useState<InvitationChoice | null>(null);
  const [notice, setNotice] = useState<ReactNode>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  // The menu may be far down a long list: the notice is brought into view where the list starts.
  useEffect(() => {
    if (notice) noticeRef.current?.scrollIntoView({ block: 'nearest' });
  }, [notice]);
  // The API refuses giấy mời changes once the conference has ended or was cancelled.
  const canChangeInvitations = canEdit && conference.status !== 'ended' && conference.status !== 'cancelled';
  return (
    <Stack gap="md">
      <GroupsSection conference={conference} />
      <SectionCard
        titleId="delegates"
        title={t.title}
        actions={canEdit && <Button onClick={() => setEditing(null)}>{t.add}</Button>}
      >
        <Stack gap="sm">
          <DelegateImport conferenceId={conference.id} canEdit={canEdit} />
          <Filters
            filters={{ ...filters, q: text }}
            conference={conference}
            onChange={(patch) => {
              if (patch.q !== undefined) return setText(patch.q);
              const next = { ...filters, ...patch };
              onSearch({
                group: idOf(next.group),
                point: idOf(next.point),
                rsvp: next.rsvp ?? undefined,
                page: undefined,
              });
            }}
          />
          <NoticeAlert ref={noticeRef} notice={notice} onClose={() => setNotice(null)} />
          <PagedResults
            data={list.data}
            error={list.error}
            isPending={list.isPending}
            page={page}
            pageSize={PAGE_SIZE}
            onPageChange={(next) => onSearch({ page: next > 1 ? next : undefined }, false)}
          >
            {(items) =>
              items.length === 0 ? (
                <Text c="dimmed">{isFiltered(filters) ? t.emptyFiltered : t.empty}</Text>
              ) : (
                <DelegatesTable
                  items={items}
                  conference={conference}
                  onEdit={canEdit ? setEditing : null}
                  onInvitation={
                    canChangeInvitations
                      ? (choice) => {
                          setNotice(null);
                          setInvitation(choice);
                        }
                      : null
                  }
                />
              )
            }
          </PagedResults>
        </Stack>
      </SectionCard>
      {editing !== undefined && (
        <DelegateFormModal
          key={editing?.id ?? 'new'}
          conference={conference}
          delegate={editing}
          onClose={() => setEditing(undefined)}
        />
      )}
      {invitation && (
        <DelegateInvitationModal
          key={`${invitation.action}-${invitation.delegate.id}`}
          choice={invitation}
          onClose={() => setInvitation(null)}
          onDone={(message) => {
            setInvitation(null);
            setNotice(message);
          }}
        />
      )}
    </Stack>
  );
}
