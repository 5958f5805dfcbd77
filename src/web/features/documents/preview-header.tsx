import type { DocumentDraft } from '../../../contracts/documents';
import { KIND_NAMES } from '../../../core/documents/kinds';
import { numberLine, placeDateLine, textWidthTwips } from '../../../core/documents/nd30';

const QUOC_HIEU = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
const TIEU_NGU = 'Độc lập - Tự do - Hạnh phúc';

/** A rule under a line of text, as a fraction of that text's printed width (twips → pt). */
function Rule({
  text,
  sizePt,
  fraction,
  minPt = 0,
}: {
  text: string;
  sizePt: number;
  fraction: number;
  minPt?: number;
}) {
  const widthPt = Math.max((textWidthTwips(text, sizePt, true) / 20) * fraction, minPt);
  return <div className="nd30-rule" style={{ width: `${widthPt}pt` }} />;
}

/** Phụ lục I, elements 1–4: issuer, rule and number on the left; Quốc hiệu, Tiêu ngữ and place-date on the right. */
export function PreviewLetterhead({ draft }: { draft: DocumentDraft }) {
  const issuerName = draft.issuer.name.toUpperCase();
  return (
    <div className="nd30-two nd30-letterhead">
      <div className="nd30-center" style={{ fontSize: '12pt' }}>
        {draft.issuer.parent && <p>{draft.issuer.parent.toUpperCase()}</p>}
        <p className="nd30-bold">{issuerName || '\u00a0'}</p>
        {/* NĐ 30: the rule under the issuing body is 1/3–1/2 of its text (the DOCX takes 40 %). */}
        <Rule text={issuerName} sizePt={12} fraction={0.4} minPt={30} />
      </div>
      <div className="nd30-center">
        <p className="nd30-bold" style={{ fontSize: '12pt' }}>
          {QUOC_HIEU}
        </p>
        <p className="nd30-bold" style={{ fontSize: '13pt' }}>
          <span className="nd30-motto">{TIEU_NGU}</span>
        </p>
      </div>
      <div className="nd30-center nd30-gap">
        <p style={{ fontSize: '13pt', whiteSpace: 'pre' }}>
          {numberLine(draft.number, draft.symbol, draft.kind)}
        </p>
        {draft.kind === 'CV' && (
          <p className="nd30-gap" style={{ fontSize: '12pt' }}>
            V/v {draft.title.replace(/^V\/v\s*/i, '')}
          </p>
        )}
      </div>
      <div className="nd30-center nd30-gap">
        <p className="nd30-italic" style={{ whiteSpace: 'pre-wrap' }}>
          {placeDateLine(draft.place, draft.date)}
        </p>
      </div>
    </div>
  );
}

/** Element 5a: tên loại and trích yếu, bold and centred, with a short rule; a công văn prints none. */
export function PreviewTypeAndTitle({ draft }: { draft: DocumentDraft }) {
  const name = KIND_NAMES[draft.kind];
  if (!name) return null;
  return (
    <div className="nd30-center nd30-bold nd30-type">
      <p>{name}</p>
      <p>{draft.title}</p>
      <Rule text={draft.title} sizePt={14} fraction={0.4} minPt={60} />
    </div>
  );
}
