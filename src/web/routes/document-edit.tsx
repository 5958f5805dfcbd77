import { Group, Text } from '@mantine/core';
import { useState } from 'react';
import { DocumentDraft, type DocumentDetail } from '../../contracts/documents';
import { isForbidden } from '../api/client';
import { useMe } from '../features/auth/auth.queries';
import { DocumentEditor } from '../features/documents/document-editor';
import { IssuedDocumentView } from '../features/documents/document-view';
import { useDocumentDetail } from '../features/documents/documents.queries';
import { draftToForm, emptyForm, kindName } from '../features/documents/draft-form-state';
import { DocumentStatusBadge } from '../features/documents/status-badge';
import { vi } from '../i18n/vi';
import { ErrorAlert } from '../ui/error-alert';
import { ForbiddenPanel } from '../ui/forbidden-panel';
import { LoadingBlock } from '../ui/loading-block';
import { PageHeader } from '../ui/page-header';
import { AnchorLink } from '../ui/router-links';

const t = vi.documents;
const crumbs = [
  <AnchorLink key="documents" to="/van-ban">
    {t.breadcrumb}
  </AnchorLink>,
];

/** /van-ban/moi: a new draft, issued by the account's organization (else its unit) unless another is chosen. */
export function NewDocumentPage() {
  const me = useMe();
  return (
    <>
      <PageHeader title={t.newTitle} crumbs={crumbs} />
      <DocumentEditor documentId={null} initialForm={emptyForm(me.organization ?? me.unit)} />
    </>
  );
}

function DocumentHeader({ detail }: { detail: DocumentDetail }) {
  return (
    <PageHeader
      title={
        detail.number ? `${kindName(detail.kind)} số ${detail.number}` : t.editTitle(kindName(detail.kind))
      }
      crumbs={crumbs}
      description={
        <Group gap="xs" component="span">
          <DocumentStatusBadge status={detail.status} />
          <Text span size="sm">
            {detail.title} · {t.version(detail.currentVersion)}
          </Text>
        </Group>
      }
    />
  );
}

/** /van-ban/$id: a saved draft to edit and issue, or an issued document to read and download. */
export function DocumentPage({ id }: { id: number }) {
  const detail = useDocumentDetail(id);
  const [justIssued, setJustIssued] = useState(false);
  if (detail.isPending) return <LoadingBlock />;
  if (isForbidden(detail.error)) return <ForbiddenPanel message={detail.error.message} backTo="/van-ban" />;
  if (detail.error) return <ErrorAlert error={detail.error} />;
  const doc = detail.data;
  if (doc.status === 'issued')
    return (
      <>
        <DocumentHeader detail={doc} />
        <IssuedDocumentView detail={doc} justIssued={justIssued} />
      </>
    );
  const parsed = DocumentDraft.safeParse(doc.draft);
  return (
    <>
      <DocumentHeader detail={doc} />
      <DocumentEditor
        key={`${doc.id}-${doc.currentVersion}`}
        documentId={doc.id}
        initialForm={parsed.success ? draftToForm(parsed.data) : emptyForm(null)}
        onIssued={() => setJustIssued(true)}
      />
    </>
  );
}
