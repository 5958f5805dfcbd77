import JSZip from 'jszip';
import { Document, ImageRun, Packer, Paragraph } from 'docx';
import type { DocLayout, DocModel } from './model';
import { DEFAULT_LAYOUT } from './model';
import { documentSection } from './build-docx';
import { A4, FONT, mmToTwips, plain, pt, twoColumns } from './docx-parts';
import { qrPng } from './qr';

const INVITEE = '⟦NGƯỜI-ĐƯỢC-MỜI⟧';
const AFTER_PLACE = '⟦SAU-ĐỊA-ĐIỂM⟧';
const LINK = '⟦ĐƯỜNG-DẪN⟧';
const SLOT = { place: '⟦ĐOẠN-ĐỊA-ĐIỂM⟧', image: '⟦ĐOẠN-MÃ-QR⟧', link: '⟦ĐOẠN-ĐƯỜNG-DẪN⟧' };

const escapeXml = (text: string) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');

/** One page of a batch: whom it invites, and what is printed for that person alone. */
export interface InvitationPage {
  /** "Ông/Bà Nguyễn Văn An, Trưởng thôn 1", or a seat: "Chủ tịch UBND xã Cẩm Bình". */
  invitee: string;
  /** Lines printed under "Địa điểm" in its style, e.g. { label: 'Điểm cầu', text: 'UBND xã Cẩm Bình' }. */
  lines?: { label: string; text: string }[];
  /** The personal link, printed under the QR code. */
  link?: string | null;
  /** The QR code (PNG) printed on the page; see qr.ts. */
  qrPng?: Uint8Array | null;
}

export interface InvitationBatchOptions {
  /** The printed side of the QR code. */
  qrSizeMm?: number;
  /** The sentence beside the QR code, before the link. */
  qrCaption?: string;
}

const CAPTION =
  'Mã QR và đường dẫn riêng của Ông (Bà): xác nhận tham dự trước hội nghị, đưa mã để điểm danh khi đến.';

/** The paragraph that holds position `index` of the XML: from its `<w:p>` or `<w:p …>` to its `</w:p>`. */
function enclosingParagraph(xml: string, index: number): [number, number] {
  const start = Math.max(xml.lastIndexOf('<w:p>', index), xml.lastIndexOf('<w:p ', index));
  const end = xml.indexOf('</w:p>', index) + '</w:p>'.length;
  if (start < 0 || end < index) throw new Error('the template lost a paragraph it marks');
  return [start, end];
}

/** Cuts the paragraph holding `marker` out of `page`, leaving `slot` in its place. */
function cutParagraph(page: string, marker: string, slot: string): { page: string; paragraph: string } {
  const at = page.indexOf(marker);
  if (at < 0) throw new Error(`the template lost its marker ${marker}`);
  const [start, end] = enclosingParagraph(page, at);
  return { page: page.slice(0, start) + slot + page.slice(end), paragraph: page.slice(start, end) };
}

/** The QR code beside its caption and the link: a borderless two-column block under the signature. */
function qrBlock(layout: DocLayout, sizeMm: number, caption: string) {
  const textWidth = A4.width - mmToTwips(layout.marginsMm.left) - mmToTwips(layout.marginsMm.right);
  const left = mmToTwips(sizeMm + 4);
  const px = Math.round((sizeMm / 25.4) * 96);
  const image = new Paragraph({
    children: [new ImageRun({ type: 'png', data: qrPng('⟦QR⟧'), transformation: { width: px, height: px } })],
  });
  return twoColumns(
    [left, textWidth - left],
    [
      [
        [image],
        [
          plain(caption, { size: 11, italics: true }, { spacing: { before: 240, after: 60 } }),
          plain(LINK, { size: 11 }),
        ],
      ],
    ],
  );
}

/**
 * One DOCX of many giấy mời from one template, a page each: a mail merge at the XML level. The template is built
 * once with placeholders (the invitee, the lines under the place, the QR code and the link); its body is repeated per
 * page with page breaks between, in one section. Each page's QR code is its own image part with its own relationship
 * (`word/media/qr<n>.png`). A giấy mời (Mẫu 1.7) fits on one page, where NĐ 30 prints no page number, so the batch
 * has none. Building 3,000 documents as objects costs seconds and gigabytes; this costs a string copy per page.
 */
export async function renderInvitationPages(
  template: DocModel,
  pages: InvitationPage[],
  layout: DocLayout = DEFAULT_LAYOUT,
  options: InvitationBatchOptions = {},
): Promise<Uint8Array> {
  if (!template.invitation) throw new Error('renderInvitationBatch needs a giấy mời template (invitation)');
  const hasQr = pages.some((p) => p.qrPng || p.link);
  const section = documentSection(
    {
      ...template,
      invitation: {
        ...template.invitation,
        invitee: INVITEE,
        place: template.invitation.place + AFTER_PLACE,
      },
    },
    layout,
    { pageNumbers: false },
  );
  if (hasQr) section.children.push(qrBlock(layout, options.qrSizeMm ?? 25, options.qrCaption ?? CAPTION));
  const doc = new Document({
    creator: 'PhongTrào',
    styles: { default: { document: { run: { font: FONT, size: pt(layout.bodySizePt) } } } },
    sections: [section],
  });
  const zip = await JSZip.loadAsync(await Packer.toArrayBuffer(doc));
  const xml = await zip.file('word/document.xml')!.async('string');
  const open = xml.indexOf('<w:body>') + '<w:body>'.length;
  const sectPr = xml.lastIndexOf('<w:sectPr');
  const close = xml.lastIndexOf('</w:body>');
  let page = xml.slice(open, sectPr);
  if (!page.includes(INVITEE)) throw new Error('the template lost its invitee placeholder');

  const place = cutParagraph(page, AFTER_PLACE, SLOT.place);
  page = place.page;
  const placeAt = place.paragraph.indexOf(AFTER_PLACE);
  const valueStart = place.paragraph.lastIndexOf('>', placeAt) + 1;
  const placeLine = place.paragraph.replace(AFTER_PLACE, '');
  const extraLine = (label: string, text: string) =>
    place.paragraph.slice(0, valueStart).replace('Địa điểm: ', `${escapeXml(label)}: `) +
    escapeXml(text) +
    place.paragraph.slice(placeAt + AFTER_PLACE.length);

  let image = '';
  let linkLine = '';
  let placeholderRel: string | null = null;
  if (hasQr) {
    const drawing = page.indexOf('<w:drawing>');
    const [start, end] = enclosingParagraph(page, drawing);
    image = page.slice(start, end);
    page = page.slice(0, start) + SLOT.image + page.slice(end);
    placeholderRel = /r:embed="([^"]+)"/.exec(image)![1]!;
    const link = cutParagraph(page, LINK, SLOT.link);
    page = link.page;
    linkLine = link.paragraph;
  }

  // The page as pieces: fixed text, and the slots each page fills.
  const pieces = page.split(/(⟦[^⟧]+⟧)/);
  const rels: string[] = [];
  const pageBreak = '<w:p><w:r><w:br w:type="page"/></w:r></w:p>';
  const body = pages.map((p, i) => {
    const n = i + 1;
    const values: Record<string, string> = {
      [INVITEE]: escapeXml(p.invitee),
      [SLOT.place]: placeLine + (p.lines ?? []).map((l) => extraLine(l.label, l.text)).join(''),
      [SLOT.image]: '<w:p/>',
      [SLOT.link]: p.link ? linkLine.replace(LINK, escapeXml(p.link)) : '<w:p/>',
    };
    if (p.qrPng) {
      const id = `rIdQr${n}`;
      // Small images, stored as they are: deflating 3,000 of them would cost more than it saves.
      zip.file(`word/media/qr${n}.png`, p.qrPng, { compression: 'STORE' });
      rels.push(
        `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/qr${n}.png"/>`,
      );
      values[SLOT.image] = image
        .replace(`r:embed="${placeholderRel}"`, `r:embed="${id}"`)
        .replace(/<wp:docPr id="\d+" name="[^"]*"/, `<wp:docPr id="${n}" name="QR ${n}"`);
    }
    return pieces.map((piece) => values[piece] ?? piece).join('');
  });
  zip.file(
    'word/document.xml',
    xml.slice(0, open) + body.join(pageBreak) + xml.slice(sectPr, close) + xml.slice(close),
  );
  if (placeholderRel) {
    // The placeholder image goes; each page's own takes its place.
    const relsPath = 'word/_rels/document.xml.rels';
    const relsXml = await zip.file(relsPath)!.async('string');
    const placeholder = new RegExp(`<Relationship Id="${placeholderRel}"[^>]*Target="([^"]+)"/>`).exec(
      relsXml,
    )!;
    zip.remove(`word/${placeholder[1]!}`);
    zip.file(
      relsPath,
      relsXml.replace(placeholder[0], '').replace('</Relationships>', `${rels.join('')}</Relationships>`),
    );
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}

/** The plain merge: one page per invitee, without QR codes or links. */
export function renderInvitationBatch(
  template: DocModel,
  invitees: string[],
  layout: DocLayout = DEFAULT_LAYOUT,
): Promise<Uint8Array> {
  return renderInvitationPages(
    template,
    invitees.map((invitee) => ({ invitee })),
    layout,
  );
}

/** How a page names its delegate: "Ông/Bà <name>, <position>, <unit>", or the seat "<position> <unit>". */
export function inviteeLine(delegate: {
  name: string | null;
  position: string | null;
  unitName: string | null;
}): string {
  const position = delegate.position?.trim() || null;
  const unit = delegate.unitName?.trim() || null;
  // "Chủ tịch UBND xã Cẩm Bình" of "UBND xã Cẩm Bình" already names the unit.
  const unitNamed = !!unit && !!position && position.toLowerCase().includes(unit.toLowerCase());
  if (delegate.name?.trim()) {
    return [`Ông/Bà ${delegate.name.trim()}`, position, unitNamed ? null : unit].filter(Boolean).join(', ');
  }
  return [position ?? 'Đại biểu', unitNamed ? null : unit].filter(Boolean).join(' ');
}
