import { Paragraph } from 'docx';
import type { DocModel } from './model';
import { recipientLines } from './nd30';
import { centred, plain, run, twoColumns } from './docx-parts';

/** Room for the signature and the seal between the title and the name. */
const signatureSpace = () => [0, 1, 2, 3].map(() => new Paragraph({ children: [run('', { size: 14 })] }));

function signerBlock(lines: string[], name: string): Paragraph[] {
  // A title may hold two lines: an advisory body's title over the agency title (NĐ 30, Art. 13), "TRƯỞNG BAN\nCHỦ TỊCH UBND XÃ".
  const titles = lines
    .flatMap((l) => l.split('\n'))
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l, i) => centred(l.toUpperCase(), { size: 14, bold: true }, { before: i === 0 ? 240 : 0 }));
  return [...titles, ...signatureSpace(), centred(name, { size: 14, bold: true })];
}

/** Nơi nhận: "Nơi nhận:" bold italic 12 pt, the list 11 pt (Phụ lục I, element 9b). */
function recipientsBlock(doc: DocModel): Paragraph[] {
  if (doc.kind === 'GM' && doc.recipients.length === 0) return [];
  return [
    plain('Nơi nhận:', { size: 12, bold: true, italics: true }, { spacing: { before: 240, after: 0 } }),
    ...recipientLines(doc.recipients).map((line) => plain(line, { size: 11 })),
  ];
}

/** The closing two-column block: Nơi nhận on the left, the signer on the right; a Biên bản signs twice. */
export function closing(doc: DocModel, textWidth: number) {
  const left = Math.round(textWidth * 0.45);
  const widths: [number, number] = [left, textWidth - left];
  const s = doc.signer;
  const signer = signerBlock([s.authority ?? '', s.delegation ?? '', s.position], s.name);
  if (doc.kind === 'BB' && doc.minutes) {
    return [
      twoColumns(widths, [
        [signerBlock(['THƯ KÝ'], doc.minutes.secretary), signerBlock(['CHỦ TỌA'], doc.minutes.chair)],
      ]),
      twoColumns(widths, [[recipientsBlock(doc), []]]),
    ];
  }
  return [twoColumns(widths, [[recipientsBlock(doc), signer]])];
}
