import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { inspectDocx } from './inspect-docx';
import { inviteeLine, renderInvitationBatch, renderInvitationPages } from './invitation-batch';
import { qrPng } from './qr';
import { SAMPLES } from './samples';

describe('a batch of giấy mời from one template', () => {
  it('gives each invitee a page of their own, escaped, with the layout of the template', async () => {
    const invitees = [
      'Ông Nguyễn Văn An',
      'Bà Trần Thị Bình',
      'Ông Lê & Cộng sự <Hợp tác xã>',
      'Bà Phạm Thị Dung',
      'Ông Võ Văn Em',
    ];
    const docx = await inspectDocx(await renderInvitationBatch(SAMPLES.GM, invitees));
    const invites = docx.paragraphs.filter((p) => p.text.includes('trân trọng kính mời'));
    expect(invites.map((p) => p.text.replace(/^.*kính mời: /, ''))).toEqual(invitees);
    expect(docx.paragraphs.filter((p) => p.text === 'GIẤY MỜI')).toHaveLength(5);
    expect((docx.document.match(/<w:br w:type="page"\/>/g) ?? []).length).toBe(4);
    expect((docx.document.match(/<w:sectPr/g) ?? []).length).toBe(1);
    expect(docx.document).not.toContain('⟦');
    expect(docx.find('Địa điểm: Hội trường UBND xã Cẩm Xuyên').sizes).toEqual([14, 14]);
  });

  it('refuses a template that is not a giấy mời', async () => {
    await expect(renderInvitationBatch(SAMPLES.KH, ['Ông A'])).rejects.toThrow(/giấy mời/);
  });
});

describe('a batch of giấy mời with a QR code and a personal link on each page', () => {
  const links = [1, 2, 3].map((i) => `https://pt.example.vn/moi/1.${i}.1.k3.${'x'.repeat(21)}${i}`);
  const pages = links.map((link, i) => ({
    invitee: `Ông/Bà Nguyễn Văn ${i + 1}, Trưởng thôn ${i + 1}`,
    lines: i === 1 ? [{ label: 'Điểm cầu', text: 'UBND xã Cẩm Bình & Cẩm Thành' }] : [],
    link,
    qrPng: qrPng(link),
  }));

  it('gives each page its own image part, relationship and drawing id, and its link in text', async () => {
    const bytes = await renderInvitationPages(SAMPLES.GM, pages);
    const docx = await inspectDocx(bytes);
    const zip = await JSZip.loadAsync(bytes);
    const media = Object.keys(zip.files).filter((f) => f.startsWith('word/media/') && !zip.files[f]!.dir);
    expect(media.sort()).toEqual(['word/media/qr1.png', 'word/media/qr2.png', 'word/media/qr3.png']);
    const rels = await zip.file('word/_rels/document.xml.rels')!.async('string');
    const embeds = [...docx.document.matchAll(/r:embed="([^"]+)"/g)].map((m) => m[1]!);
    expect(embeds).toEqual(['rIdQr1', 'rIdQr2', 'rIdQr3']);
    for (const [i, id] of embeds.entries()) {
      const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)![1]!;
      expect(await zip.file(`word/${target}`)!.async('uint8array')).toEqual(pages[i]!.qrPng);
    }
    expect([...docx.document.matchAll(/<wp:docPr id="(\d+)"/g)].map((m) => m[1])).toEqual(['1', '2', '3']);
    expect(links.map((l) => docx.paragraphs.filter((p) => p.text === l).length)).toEqual([1, 1, 1]);
    expect(docx.paragraphs.filter((p) => p.text.startsWith('Điểm cầu: ')).map((p) => p.text)).toEqual([
      'Điểm cầu: UBND xã Cẩm Bình & Cẩm Thành',
    ]);
    expect(docx.paragraphs.filter((p) => p.text.startsWith('Địa điểm: '))).toHaveLength(3);
    expect((docx.document.match(/<w:br w:type="page"\/>/g) ?? []).length).toBe(2);
    expect(docx.document).not.toContain('⟦');
  });

  it('prints the plain merge without any image', async () => {
    const zip = await JSZip.loadAsync(await renderInvitationBatch(SAMPLES.GM, ['Ông A', 'Bà B']));
    expect(Object.keys(zip.files).filter((f) => f.startsWith('word/media/'))).toEqual([]);
    expect(await zip.file('word/document.xml')!.async('string')).not.toContain('<w:drawing>');
  });
});

describe('how a page names its delegate', () => {
  it.each([
    [
      { name: 'Nguyễn Văn An', position: 'Trưởng thôn', unitName: 'Thôn 1' },
      'Ông/Bà Nguyễn Văn An, Trưởng thôn, Thôn 1',
    ],
    [{ name: 'Lê Thị Mai', position: null, unitName: null }, 'Ông/Bà Lê Thị Mai'],
    [{ name: null, position: 'Chủ tịch', unitName: 'UBND xã Cẩm Bình' }, 'Chủ tịch UBND xã Cẩm Bình'],
    [
      { name: null, position: 'Chủ tịch UBND xã Cẩm Bình', unitName: 'UBND xã Cẩm Bình' },
      'Chủ tịch UBND xã Cẩm Bình',
    ],
    [{ name: '  ', position: null, unitName: 'Hội Nông dân' }, 'Đại biểu Hội Nông dân'],
  ])('%j → %s', (delegate, line) => {
    expect(inviteeLine(delegate)).toBe(line);
  });
});

describe('QR codes as PNG', () => {
  it('writes a valid greyscale PNG whose side grows with the scale', () => {
    const small = qrPng('https://pt.example.vn/moi/abc', { scale: 4 });
    const large = qrPng('https://pt.example.vn/moi/abc', { scale: 8 });
    expect([...small.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const side = (png: Uint8Array) => new DataView(png.buffer, png.byteOffset).getUint32(16);
    expect(side(large)).toBe(side(small) * 2);
    expect(side(small) % 4).toBe(0);
  });
});
