import { Alert, Button, Group } from '@mantine/core';
import { useState } from 'react';
import type { DocumentDraft } from '../../../contracts/documents';
import { download as downloadFile, isApiError } from '../../api/client';
import { vi } from '../../i18n/vi';
import { ErrorAlert } from '../../ui/error-alert';

type Format = 'docx' | 'pdf';

interface DownloadButtonsProps {
  /** A saved document whose stored version is what the user sees: GET /documents/{id}/file. */
  savedId: number | null;
  /** Otherwise the draft on screen, rendered by POST /documents/render; null when it does not validate. */
  currentDraft: () => DocumentDraft | null;
}

/** "Tải DOCX" and "Tải PDF"; a server without LibreOffice answers pdf_unavailable and DOCX stays offered. */
export function DownloadButtons({ savedId, currentDraft }: DownloadButtonsProps) {
  const [busy, setBusy] = useState<Format | null>(null);
  const [error, setError] = useState<unknown>(null);

  const download = async (format: Format) => {
    setError(null);
    const draft = savedId === null ? currentDraft() : null;
    if (savedId === null && !draft) return;
    setBusy(format);
    try {
      if (savedId !== null || !draft)
        await downloadFile('get', '/api/documents/{id}/file', {
          params: { path: { id: savedId! }, query: { format } },
          fallbackName: `van-ban.${format}`,
        });
      else
        await downloadFile('post', '/api/documents/render', {
          params: { query: { format } },
          body: draft,
          fallbackName: `du-thao.${format}`,
        });
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(null);
    }
  };

  const isPdfMissing = isApiError(error) && error.code === 'pdf_unavailable';
  return (
    <>
      <Button variant="default" loading={busy === 'docx'} onClick={() => void download('docx')}>
        {vi.documents.downloadDocx}
      </Button>
      <Button variant="default" loading={busy === 'pdf'} onClick={() => void download('pdf')}>
        {vi.documents.downloadPdf}
      </Button>
      {error !== null && (
        <Group w="100%">
          {isPdfMissing ? (
            <Alert color="yellow" variant="light" role="alert" w="100%">
              {error.message}
            </Alert>
          ) : (
            <div style={{ width: '100%' }}>
              <ErrorAlert error={error} />
            </div>
          )}
        </Group>
      )}
    </>
  );
}
