const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** A character reference's code point, or null when it names none (past U+10FFFF, a surrogate, too long). */
function codePoint(digits: string, radix: 16 | 10): string | null {
  if (digits.length > 8) return null;
  const n = parseInt(digits, radix);
  return Number.isInteger(n) && n <= 0x10ffff && !(n >= 0xd800 && n <= 0xdfff)
    ? String.fromCodePoint(n)
    : null;
}

/** XML entities and character references; one that names no character (`&#x110000;`) is kept as written. */
export const decodeXml = (text: string) =>
  text.includes('&')
    ? text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (all, entity: string) =>
        entity.startsWith('#x') || entity.startsWith('#X')
          ? (codePoint(entity.slice(2), 16) ?? all)
          : entity.startsWith('#')
            ? (codePoint(entity.slice(1), 10) ?? all)
            : (ENTITIES[entity] ?? all),
      )
    : text;

/** The first characters of a tag kept to name it: the longest name looked for (`/w:tab`) and one more. */
const HEAD = 8;
const DELIMITER = /[\s/>]/;

/**
 * The text of WordprocessingML paragraphs (`<w:p>` … `</w:p>`, `<w:p/>`), one line each: `<w:t>` text, a run's
 * `<w:tab/>` as a tab, `<w:br/>` as a line break; fed a piece at a time as the part inflates. A tag runs from its `<`
 * to the first `>` after it; it is named by the characters after `<` (and one `/`) up to white space, `/` or `>`.
 * What lies between tags is kept only after a `<w:t>` inside a paragraph, and only when `</w:t>` follows it; the
 * rest is dropped as it comes, so the memory holds the text read, whatever the part's size (a bomb of white space
 * between paragraphs keeps nothing). Linear in the input however it is cut: each piece is searched once with indexOf.
 * A paragraph opened inside another (a text box) continues the outer one, and one never closed is dropped.
 */
export class DocumentXmlScanner {
  private readonly lines: string[] = [];
  private line: string | null = null;
  private mode: 'drop' | 'text' | 'tag' = 'drop';
  /** The text after the last `<w:t>`, kept until the next tag tells whether it is `</w:t>`. */
  private text: string[] | null = null;
  /** The tag being read: its first characters after `<`, how many there are in all, the last one. */
  private head = '';
  private length = 0;
  private last = '<';

  push(piece: string): void {
    let at = 0;
    while (at < piece.length) {
      if (this.mode === 'tag') {
        const close = piece.indexOf('>', at);
        const end = close === -1 ? piece.length : close;
        if (end > at) {
          if (this.head.length < HEAD)
            this.head += piece.slice(at, Math.min(end, at + HEAD - this.head.length));
          this.length += end - at;
          this.last = piece[end - 1]!;
        }
        if (close === -1) return;
        this.closeTag();
        at = close + 1;
        continue;
      }
      const open = piece.indexOf('<', at);
      if (this.mode === 'text') this.text!.push(piece.slice(at, open === -1 ? piece.length : open));
      if (open === -1) return;
      this.mode = 'tag';
      this.head = '';
      this.length = 0;
      this.last = '<';
      at = open + 1;
    }
  }

  /** The lines read; text after an unclosed tag or `<w:t>` at the end is dropped. */
  end(): string[] {
    return this.lines;
  }

  private closeTag(): void {
    let end = this.head[0] === '/' ? 1 : 0;
    while (end < this.head.length && !DELIMITER.test(this.head[end]!)) end++;
    // A name longer than the characters kept is none of those looked for.
    const name = end === this.head.length && this.length > end ? '' : this.head.slice(0, end);
    const selfClosing = this.last === '/';
    // `close - at` of a one-pass scan: the characters inside the tag, and its `<`.
    const span = this.length + 1;
    if (this.text) {
      if (name === '/w:t' && span === 5) this.line = `${this.line ?? ''}${decodeXml(this.text.join(''))}`;
      this.text = null;
    }
    this.mode = 'drop';
    if (name === 'w:p') {
      if (selfClosing) {
        if (this.line === null) this.lines.push('');
      } else this.line ??= '';
    } else if (name === '/w:p') {
      if (this.line !== null) this.lines.push(this.line);
      this.line = null;
    } else if (this.line !== null) {
      if (name === 'w:t' && !selfClosing) {
        this.mode = 'text';
        this.text = [];
      } else if (name === 'w:tab' && span === 7)
        this.line += '\t'; // a run's <w:tab/>, not a tab stop's
      else if (name === 'w:br' && selfClosing) this.line += '\n';
    }
  }
}

/** The lines of a whole document.xml held as one string (DocumentXmlScanner fed once). */
export function documentXmlLines(xml: string): string[] {
  const scanner = new DocumentXmlScanner();
  scanner.push(xml);
  return scanner.end();
}
