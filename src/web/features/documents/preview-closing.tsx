import type { DocumentDraft } from '../../../contracts/documents';
import { recipientLines } from '../../../core/documents/nd30';

/** Element 7: titles upper case bold, room for signature and seal, then the name in bold. */
function SignerBlock({ lines, name }: { lines: (string | null)[]; name: string }) {
  // A title may hold two lines (NĐ 30, Art. 13): "TRƯỞNG BAN\nCHỦ TỊCH UBND XÃ".
  const titles = lines
    .flatMap((l) => (l ?? '').split('\n'))
    .map((l) => l.trim())
    .filter(Boolean);
  return (
    <div style={{ marginTop: '12pt' }}>
      {titles.map((title, i) => (
        <p key={i} className="nd30-signer-title">
          {title}
        </p>
      ))}
      <div className="nd30-signature-space" />
      <p className="nd30-center nd30-bold">{name}</p>
    </div>
  );
}

/** Element 9b: "Nơi nhận:" bold italic 12 pt, the list 11 pt. */
function Recipients({ draft }: { draft: DocumentDraft }) {
  if (draft.kind === 'GM' && draft.recipients.length === 0) return null;
  return (
    <div>
      <p className="nd30-recipients-title">Nơi nhận:</p>
      {recipientLines(draft.recipients).map((line, i) => (
        <p key={i} className="nd30-recipients">
          {line}
        </p>
      ))}
    </div>
  );
}

/** The closing two columns: Nơi nhận left, signer right; a Biên bản is signed by the secretary and the chair. */
export function PreviewClosing({ draft }: { draft: DocumentDraft }) {
  const s = draft.signer;
  if (draft.kind === 'BB' && draft.minutes) {
    return (
      <>
        <div className="nd30-two nd30-closing">
          <SignerBlock lines={['THƯ KÝ']} name={draft.minutes.secretary} />
          <SignerBlock lines={['CHỦ TỌA']} name={draft.minutes.chair} />
        </div>
        <div className="nd30-two nd30-closing">
          <Recipients draft={draft} />
        </div>
      </>
    );
  }
  return (
    <div className="nd30-two nd30-closing">
      <Recipients draft={draft} />
      <SignerBlock lines={[s.authority, s.delegation, s.position]} name={s.name} />
    </div>
  );
}
