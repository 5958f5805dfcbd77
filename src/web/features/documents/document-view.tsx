import { Alert, Grid, Group, List, Stack, Text } from '@mantine/core';
import { DocumentDraft, type DocumentDetail } from '../../../contracts/documents';
import { vi } from '../../i18n/vi';
import { dateTimeVn } from '../../ui/date-display';
import { SectionCard } from '../../ui/section-card';
import { DocumentPreview } from './document-preview';
import { DownloadButtons } from './download-buttons';

const t = vi.documents;

/** The stored draft of a document; the issued number and date win over what the draft carried. */
export function frozenDraft(detail: DocumentDetail): DocumentDraft | null {
  const parsed = DocumentDraft.safeParse(detail.draft);
  if (!parsed.success) return null;
  return {
    ...parsed.data,
    number: detail.number ?? parsed.data.number,
    date: detail.issuedDate ?? parsed.data.date,
  };
}

/** An issued document: frozen preview, downloads and versions; nothing to edit. */
export function IssuedDocumentView({ detail, justIssued }: { detail: DocumentDetail; justIssued: boolean }) {
  const draft = frozenDraft(detail);
  return (
    <Grid gap="md">
      <Grid.Col span={{ base: 12, md: 5 }} miw={0}>
        <Stack gap="sm">
          {justIssued && detail.number && (
            <Alert color="green" variant="light" role="status">
              {t.issuedNumber(detail.number)}
            </Alert>
          )}
          <Text>{t.issuedNotice}</Text>
          <Group gap="xs">
            <DownloadButtons savedId={detail.id} currentDraft={() => null} />
          </Group>
          <SectionCard titleId="document-versions" title={t.versions}>
            <List spacing={4} size="sm">
              {detail.versions.map((v) => (
                <List.Item key={v.version}>
                  {t.version(v.version)} · {dateTimeVn(v.createdAt)}
                </List.Item>
              ))}
            </List>
          </SectionCard>
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 7 }} miw={0}>
        {draft && <DocumentPreview draft={draft} />}
      </Grid.Col>
    </Grid>
  );
}
