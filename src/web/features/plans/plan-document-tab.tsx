import { Alert, Button, Grid, Group, List, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { DocumentDraft } from '../../../contracts/documents';
import type { PlanDetail } from '../../../contracts/plans';
import { download as downloadFile, isApiError } from '../../api/client';
import { plansVi } from '../../i18n/plans.vi';
import { vi } from '../../i18n/vi';
import { dateTimeVn } from '../../ui/date-display';
import { ErrorAlert } from '../../ui/error-alert';
import { SectionCard } from '../../ui/section-card';
import { DocumentPreview } from '../documents/document-preview';
import { VersionCompare } from './version-diff';

const t = plansVi.document;
type Format = 'docx' | 'pdf';

/** The plan's current text as printed; an issued plan shows its number and date. */
export function planPreviewDraft(plan: PlanDetail): DocumentDraft | null {
  const parsed = DocumentDraft.safeParse(plan.draft);
  if (!parsed.success) return null;
  return {
    ...parsed.data,
    number: plan.document.number ?? parsed.data.number,
    date: plan.document.issuedDate ?? parsed.data.date,
  };
}

/** DOCX and PDF of the plan (the issued version once issued); without LibreOffice the server offers DOCX only. */
function PlanDownloads({ planId }: { planId: number }) {
  const [busy, setBusy] = useState<Format | null>(null);
  const [error, setError] = useState<unknown>(null);
  const download = async (format: Format) => {
    setError(null);
    setBusy(format);
    try {
      await downloadFile('get', '/api/plans/{id}/file', {
        params: { path: { id: planId }, query: { format } },
        fallbackName: `ke-hoach.${format}`,
      });
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(null);
    }
  };
  return (
    <Stack gap="xs">
      <Group gap="xs">
        <Button variant="default" loading={busy === 'docx'} onClick={() => void download('docx')}>
          {vi.documents.downloadDocx}
        </Button>
        <Button variant="default" loading={busy === 'pdf'} onClick={() => void download('pdf')}>
          {vi.documents.downloadPdf}
        </Button>
      </Group>
      {isApiError(error) && error.code === 'pdf_unavailable' ? (
        <Alert color="yellow" variant="light" role="alert">
          {error.message}
        </Alert>
      ) : (
        <ErrorAlert error={error} />
      )}
    </Stack>
  );
}

/** Văn bản: the A4 preview, downloads, the versions and a diff between any two of them. */
export function PlanDocumentTab({ plan }: { plan: PlanDetail }) {
  const draft = planPreviewDraft(plan);
  return (
    <Stack gap="md">
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 5 }} miw={0}>
          <Stack gap="sm">
            <PlanDownloads planId={plan.id} />
            {plan.resultsSummary && (
              <SectionCard titleId="plan-results" title={plansVi.detail.results}>
                <Text style={{ whiteSpace: 'pre-wrap' }}>{plan.resultsSummary}</Text>
              </SectionCard>
            )}
            <SectionCard titleId="plan-versions" title={t.versions}>
              <List spacing={4} size="sm">
                {plan.versions.map((v) => (
                  <List.Item key={v.version}>
                    {t.version(v.version)}
                    {v.version === plan.issuedVersion && ` (${t.issuedVersion})`} · {dateTimeVn(v.createdAt)}
                  </List.Item>
                ))}
              </List>
            </SectionCard>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 7 }} miw={0}>
          {draft ? (
            <DocumentPreview draft={draft} />
          ) : (
            <Alert color="yellow" variant="light">
              {t.badDraft}
            </Alert>
          )}
        </Grid.Col>
      </Grid>
      <SectionCard titleId="plan-compare" title={t.compare}>
        <VersionCompare plan={plan} />
      </SectionCard>
    </Stack>
  );
}
