import { describe, expect, it } from 'vitest';
import { DocumentXmlScanner, documentXmlLines } from './document-xml';

/** A small deterministic generator, so that a failure names its case. */
function random(seed: number) {
  let state = seed;
  return () => (state = (state * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
}

/** Pieces of WordprocessingML and of what a broken or hostile part holds. */
const ATOMS = [
  '<w:p>',
  '</w:p>',
  '<w:p/>',
  '<w:p w:rsidR="00A1">',
  '<w:r>',
  '</w:r>',
  '<w:t>',
  '</w:t>',
  '<w:t xml:space="preserve">',
  '<w:t/>',
  '<w:tab/>',
  '<w:tab w:val="left"/>',
  '<w:br/>',
  '<w:br>',
  '</w:tab>',
  'Kế hoạch',
  ' ',
  '&amp;',
  '&#x110000;',
  '<',
  '>',
  '/',
  '<w:',
  '</w:t',
  '<>',
  '</>',
  '<w:bodyPrVeryLongName a="1">',
];

describe('scanning document.xml as it inflates', () => {
  it('reads paragraphs, runs, tabs and breaks', () => {
    const xml =
      '<w:body><w:p><w:r><w:t>Kế hoạch &amp; </w:t></w:r><w:r><w:tab/><w:t xml:space="preserve">số 12</w:t></w:r>' +
      '<w:r><w:br/><w:t>ngày</w:t></w:r></w:p><w:p/><w:p><w:pPr><w:tabs><w:tab w:val="left"/></w:tabs></w:pPr></w:p></w:body>';
    expect(documentXmlLines(xml)).toEqual(['Kế hoạch & \tsố 12\nngày', '', '']);
  });

  it('gives the same lines however the part is cut into pieces', () => {
    const next = random(20261207);
    for (let n = 0; n < 3_000; n++) {
      const xml = Array.from(
        { length: 1 + Math.floor(next() * 30) },
        () => ATOMS[Math.floor(next() * ATOMS.length)],
      ).join('');
      const whole = documentXmlLines(xml);
      const scanner = new DocumentXmlScanner();
      for (let at = 0; at < xml.length;) {
        const length = 1 + Math.floor(next() * 6);
        scanner.push(xml.slice(at, at + length));
        at += length;
      }
      expect(scanner.end(), xml).toEqual(whole);
    }
  });

  it('keeps nothing of the white space between paragraphs, and nothing after an unclosed tag', () => {
    const spaces = ' '.repeat(1024 * 1024);
    const scanner = new DocumentXmlScanner();
    scanner.push('<w:body><w:p><w:t>Mở đầu</w:t></w:p>');
    for (let i = 0; i < 40; i++) scanner.push(spaces);
    scanner.push('<w:p><w:t>Kết thúc</w:t></w:p><w:p ');
    for (let i = 0; i < 40; i++) scanner.push(spaces);
    expect(scanner.end()).toEqual(['Mở đầu', 'Kết thúc']);
  });
});
