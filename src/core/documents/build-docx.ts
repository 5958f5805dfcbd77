import { AlignmentType, Document, Header, Packer, PageNumber, Paragraph, TextRun, type Table } from 'docx';
import type { DocLayout, DocModel } from './model';
import { DEFAULT_LAYOUT } from './model';
import { letterhead, typeAndTitle } from './docx-header';
import { decisionAppendix, documentBody } from './docx-body';
import { closing } from './docx-closing';
import { A4, FONT, mmToTwips, pt, run } from './docx-parts';

function pageNumberHeader(size: number) {
  // NĐ 30/2020, Phụ lục I: page numbers centred in the top margin, none on page 1 (titlePage + empty first header).
  return {
    default: new Header({
      children: [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: pt(size) })],
        }),
      ],
    }),
    first: new Header({ children: [new Paragraph({})] }),
  };
}

/** The children and page setup of one document, as a section (a merged file puts one per recipient). */
export function documentSection(
  doc: DocModel,
  layout: DocLayout = DEFAULT_LAYOUT,
  options = { pageNumbers: true },
) {
  const m = layout.marginsMm;
  const margin = {
    top: mmToTwips(m.top),
    bottom: mmToTwips(m.bottom),
    left: mmToTwips(m.left),
    right: mmToTwips(m.right),
    header: mmToTwips(10),
  };
  const textWidth = A4.width - margin.left - margin.right;
  const children: (Paragraph | Table)[] = [];
  if (doc.urgency) children.push(new Paragraph({ children: [run(doc.urgency, { size: 14, bold: true })] }));
  children.push(
    letterhead(doc, textWidth),
    ...typeAndTitle(doc, textWidth),
    ...documentBody(doc, layout.bodySizePt),
    ...closing(doc, textWidth),
  );
  children.push(...decisionAppendix(doc, textWidth));
  return {
    properties: {
      page: { size: { width: A4.width, height: A4.height }, margin, pageNumbers: { start: 1 } },
      titlePage: true,
    },
    ...(options.pageNumbers ? { headers: pageNumberHeader(layout.bodySizePt) } : {}),
    children,
  };
}

export function buildDocument(
  docs: DocModel[],
  layout: DocLayout = DEFAULT_LAYOUT,
  options = { pageNumbers: true },
): Document {
  return new Document({
    creator: 'PhongTrào',
    styles: { default: { document: { run: { font: FONT, size: pt(layout.bodySizePt) } } } },
    sections: docs.map((doc) => documentSection(doc, layout, options)),
  });
}

/** Renders one document as DOCX bytes. */
export async function renderDocx(doc: DocModel, layout: DocLayout = DEFAULT_LAYOUT): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(buildDocument([doc], layout)));
}
