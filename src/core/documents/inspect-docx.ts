import JSZip from 'jszip';

/** A paragraph of a DOCX as the conformance tests read it: its text and the properties that NĐ 30 rules. */
export interface InspectedParagraph {
  text: string;
  sizes: number[];
  isBold: boolean;
  isItalic: boolean;
  align: string | null;
  firstLineIndent: number | null;
  spacingBefore: number | null;
  line: { value: number; rule: string | null } | null;
  hasBottomBorder: boolean;
  leftIndent: number;
  rightIndent: number;
  pageBreakBefore: boolean;
}

const attr = (xml: string, tag: string, name: string): string | null => {
  const m = new RegExp(`<${tag}\\b[^>]*\\b${name}="([^"]*)"`).exec(xml);
  return m ? m[1]! : null;
};
const flag = (rPr: string, tag: string) => new RegExp(`<${tag}(\\s*/>|\\s+w:val="(true|1|on)")`).test(rPr);

function unescape(text: string) {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

export function paragraphsOf(xml: string): InspectedParagraph[] {
  return [...xml.matchAll(/<w:p\b[^>]*>([\s\S]*?)<\/w:p>/g)].map(([, inner]) => {
    const pPr = /<w:pPr>([\s\S]*?)<\/w:pPr>/.exec(inner!)?.[1] ?? '';
    const runs = [...inner!.matchAll(/<w:r\b[^>]*>([\s\S]*?)<\/w:r>/g)].map(([, r]) => r!);
    const textRuns = runs.filter((r) => /<w:t\b[^>]*>[^<]+<\/w:t>/.test(r));
    const rPrs = textRuns.map((r) => /<w:rPr>([\s\S]*?)<\/w:rPr>/.exec(r)?.[1] ?? '');
    const line = attr(pPr, 'w:spacing', 'w:line');
    return {
      text: unescape(
        textRuns
          .map((r) => [...r.matchAll(/<w:t\b[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''))
          .join(''),
      ),
      sizes: rPrs.map((r) => Number(attr(r, 'w:sz', 'w:val') ?? 0) / 2),
      isBold: rPrs.length > 0 && rPrs.every((r) => flag(r, 'w:b')),
      isItalic: rPrs.length > 0 && rPrs.every((r) => flag(r, 'w:i')),
      align: attr(pPr, 'w:jc', 'w:val'),
      firstLineIndent:
        attr(pPr, 'w:ind', 'w:firstLine') === null ? null : Number(attr(pPr, 'w:ind', 'w:firstLine')),
      spacingBefore:
        attr(pPr, 'w:spacing', 'w:before') === null ? null : Number(attr(pPr, 'w:spacing', 'w:before')),
      line: line === null ? null : { value: Number(line), rule: attr(pPr, 'w:spacing', 'w:lineRule') },
      hasBottomBorder: /<w:pBdr>[\s\S]*<w:bottom\b[^>]*w:val="single"/.test(pPr),
      leftIndent: Number(attr(pPr, 'w:ind', 'w:left') ?? 0),
      rightIndent: Number(attr(pPr, 'w:ind', 'w:right') ?? 0),
      pageBreakBefore: /<w:pageBreakBefore/.test(pPr),
    };
  });
}

export interface InspectedDocx {
  document: string;
  paragraphs: InspectedParagraph[];
  headers: Record<string, string>;
  styles: string;
  find(text: string | RegExp): InspectedParagraph;
}

/** Opens DOCX bytes and returns its main XML parts, for tests that check NĐ 30 rule by rule. */
export async function inspectDocx(bytes: Uint8Array): Promise<InspectedDocx> {
  const zip = await JSZip.loadAsync(bytes);
  const read = (name: string) => zip.file(name)!.async('string');
  const document = await read('word/document.xml');
  const headers: Record<string, string> = {};
  for (const name of Object.keys(zip.files).filter((n) => /^word\/header\d+\.xml$/.test(n)))
    headers[name] = await read(name);
  const paragraphs = paragraphsOf(document);
  return {
    document,
    paragraphs,
    headers,
    styles: await read('word/styles.xml'),
    find(text) {
      const found = paragraphs.find((p) => (typeof text === 'string' ? p.text === text : text.test(p.text)));
      if (!found)
        throw new Error(
          `no paragraph ${String(text)}; have: ${paragraphs
            .map((p) => p.text)
            .filter(Boolean)
            .slice(0, 40)
            .join(' | ')}`,
        );
      return found;
    },
  };
}
