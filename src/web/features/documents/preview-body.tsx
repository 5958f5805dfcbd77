import type { DocumentDraft, DocumentSection } from '../../../contracts/documents';
import { addresseeLines, labelLevel, legalBasisLines } from '../../../core/documents/nd30';
import { printedSections } from '../../../core/documents/plan-parts';

function Section({ section }: { section: DocumentSection }) {
  const level = labelLevel(section.label);
  const label = section.label ? `${section.label} ` : '';
  let own = null;
  if (section.title) {
    const title = level === 1 ? section.title.toUpperCase() : section.title;
    own = (
      <p className="nd30-body">
        <span
          style={{
            fontWeight: level <= 2 ? 'bold' : undefined,
            fontStyle: level === 3 ? 'italic' : undefined,
          }}
        >
          {label}
          {title}
        </span>
        {section.text && ` ${section.text}`}
      </p>
    );
  } else if (section.text !== null || section.label) {
    own = (
      <p className="nd30-body">
        {label}
        {section.text ?? ''}
      </p>
    );
  }
  return (
    <>
      {own}
      {section.children.map((child, i) => (
        <Section key={i} section={child} />
      ))}
    </>
  );
}

const Labelled = ({ label, value }: { label: string; value: string }) => (
  <p className="nd30-body">
    {label}: {value}
  </p>
);

/** Element 9a, Kính gửi: one addressee on the line; several as a list under it. */
function Addressees({ recipientsTo }: { recipientsTo: string[] }) {
  const lines = addresseeLines(recipientsTo);
  if (recipientsTo.every((r) => !r.trim())) return null;
  return (
    <div style={{ marginTop: '12pt', marginBottom: '6pt' }}>
      <p className="nd30-center">{lines[0]}</p>
      {lines.slice(1).map((line, i) => (
        <p key={i} className="nd30-addressee-list">
          {line}
        </p>
      ))}
    </div>
  );
}

function InvitationBody({ draft }: { draft: DocumentDraft }) {
  const inv = draft.invitation!;
  return (
    <>
      <p className="nd30-body">
        {inv.host ?? draft.issuer.name} trân trọng kính mời:{' '}
        {inv.invitee ? <b>{inv.invitee}</b> : '……………………………………………'}
      </p>
      <p className="nd30-body">Tới dự {inv.event.replace(/[.;]\s*$/, '')}.</p>
      {inv.chair && <Labelled label="Chủ trì" value={inv.chair} />}
      <Labelled label="Thời gian" value={inv.time} />
      <Labelled label="Địa điểm" value={inv.place} />
      {inv.closing && <p className="nd30-body">{inv.closing}</p>}
    </>
  );
}

function MinutesOpening({ draft }: { draft: DocumentDraft }) {
  const m = draft.minutes!;
  return (
    <>
      <Labelled label="Thời gian bắt đầu" value={m.startTime} />
      <Labelled label="Địa điểm" value={m.place} />
      <p className="nd30-body">Thành phần tham dự:</p>
      {m.attendees.map((a, i) => (
        <p key={i} className="nd30-body">
          - {a}
        </p>
      ))}
      <Labelled label="Chủ trì" value={m.chair} />
      <Labelled label="Thư ký (người ghi biên bản)" value={m.secretary} />
      <p className="nd30-body">Nội dung (theo diễn biến cuộc họp/hội nghị/hội thảo):</p>
    </>
  );
}

function DecisionArticles({ draft }: { draft: DocumentDraft }) {
  return (
    <>
      <p className="nd30-center nd30-bold" style={{ margin: '12pt 0 6pt' }}>
        QUYẾT ĐỊNH:
      </p>
      {draft.decision!.articles.map((article, i) => (
        <div key={i}>
          <p className="nd30-body">
            <b>Điều {i + 1}.</b> {article.text}
          </p>
          {article.items.map((item, j) => (
            <p key={j} className="nd30-body">
              {item}
            </p>
          ))}
        </div>
      ))}
    </>
  );
}

/** Everything between the trích yếu and the closing block, in the DOCX builder's order (docx-body.ts). */
export function PreviewBody({ draft }: { draft: DocumentDraft }) {
  return (
    <>
      {draft.kind === 'QĐ' && draft.decision && (
        <p className="nd30-center nd30-bold nd30-upper" style={{ marginTop: '12pt' }}>
          {draft.decision.authorityLine}
        </p>
      )}
      <Addressees recipientsTo={draft.recipientsTo} />
      {legalBasisLines(draft.legalBases).map((line, i) => (
        <p key={i} className="nd30-body nd30-italic">
          {line}
        </p>
      ))}
      {draft.kind === 'GM' && draft.invitation && <InvitationBody draft={draft} />}
      {draft.kind === 'BB' && draft.minutes && <MinutesOpening draft={draft} />}
      {draft.kind === 'QĐ' && draft.decision && <DecisionArticles draft={draft} />}
      {printedSections(draft).map((section, i) => (
        <Section key={i} section={section} />
      ))}
      {draft.kind === 'BB' && draft.minutes && (
        <p className="nd30-body">Cuộc họp kết thúc vào {draft.minutes.endTime}./.</p>
      )}
    </>
  );
}
