import { describe, expect, it } from 'vitest';
import { inspectDocx } from './inspect-docx';
import { renderInvitationBatch } from './invitation-batch';
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
