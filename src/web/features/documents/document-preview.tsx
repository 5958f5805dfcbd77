import { useElementSize } from '@mantine/hooks';
import type { DocumentDraft } from '../../../contracts/documents';
import { vi } from '../../i18n/vi';
import { PreviewBody } from './preview-body';
import { PreviewClosing } from './preview-closing';
import { PreviewLetterhead, PreviewTypeAndTitle } from './preview-header';
import './document-preview.css';

const A4_WIDTH_PX = (210 / 25.4) * 96;
// useElementSize reports the frame's border box; its padding (8 px a side, document-preview.css) is not the page's.
const FRAME_PADDING_PX = 16;

/** The draft as the printed A4 page, scaled down to the column's width (never up). */
export function DocumentPreview({ draft }: { draft: DocumentDraft }) {
  const { ref, width } = useElementSize();
  const zoom = width > 0 ? Math.min(1, (width - FRAME_PADDING_PX) / A4_WIDTH_PX) : 1;
  return (
    <div ref={ref} className="nd30-frame" role="region" aria-label={vi.documents.previewLabel}>
      <div className="nd30-page" style={{ zoom }} lang="vi">
        {draft.urgency && <p className="nd30-bold">{draft.urgency}</p>}
        <PreviewLetterhead draft={draft} />
        <PreviewTypeAndTitle draft={draft} />
        <PreviewBody draft={draft} />
        <PreviewClosing draft={draft} />
      </div>
    </div>
  );
}
