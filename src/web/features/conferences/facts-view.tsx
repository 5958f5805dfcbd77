import { SimpleGrid, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import type { ConferenceDetail } from '../../../contracts/conferences';
import { tableDate } from '../../../core/dates/vn-dates';
import { conferencesVi } from '../../i18n/conferences.vi';
import { LabelledValue } from '../../ui/labelled-value';

const t = conferencesVi.form;

/** The value, or a dash when the field is empty, so that a blank reads as "not given" and not as a gap. */
const orNone = (value: ReactNode): ReactNode =>
  value === null || value === undefined || value === '' ? conferencesVi.none : value;

const count = (value: number | null): string | null => (value === null ? null : conferencesVi.number(value));

/** Thông tin hội nghị for an account that may only read it: the facts as label and value, no inputs. */
export function ConferenceFactsView({ conference }: { conference: ConferenceDetail }) {
  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {t.readOnly}
      </Text>
      <LabelledValue label={t.title}>{conference.title}</LabelledValue>
      <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="md" verticalSpacing="md">
        <LabelledValue label={t.kind}>{conferencesVi.kindLabel[conference.kind]}</LabelledValue>
        <LabelledValue label={t.format}>{conferencesVi.formatLabel[conference.format]}</LabelledValue>
        <LabelledValue label={t.date}>{orNone(conference.date && tableDate(conference.date))}</LabelledValue>
        {conference.dateRaw && <LabelledValue label={t.dateRaw}>{conference.dateRaw}</LabelledValue>}
        <LabelledValue label={t.sessions}>
          {conference.sessions.length === 0
            ? conferencesVi.none
            : conference.sessions.map((s) => (
                <Text key={`${s.label}-${s.start}`} component="span" display="block">
                  {t.session(s.label, s.start, s.end)}
                </Text>
              ))}
        </LabelledValue>
        <LabelledValue label={t.venue}>{orNone(conference.venue)}</LabelledValue>
        <LabelledValue label={t.capacity}>{orNone(count(conference.capacity))}</LabelledValue>
        <LabelledValue label={t.expected}>{orNone(count(conference.expectedAttendees))}</LabelledValue>
        <LabelledValue label={t.chair}>{orNone(conference.chair)}</LabelledValue>
      </SimpleGrid>
    </Stack>
  );
}
