import fs from 'node:fs/promises';
import { expect, type Locator, type Page } from '@playwright/test';
import { TIMEOUT } from '../timeouts';

export interface PlanDraftInput {
  symbol: string;
  title: string;
  body: string;
  signerPosition: string;
  signerName: string;
  recipients: string;
}

/** /van-ban and its editor (/van-ban/moi, /van-ban/<id>). */
export class DocumentsPage {
  constructor(
    private readonly page: Page,
    private readonly baseUrl: string,
  ) {}

  async goto(): Promise<void> {
    await this.page.goto(`${this.baseUrl}/van-ban`);
    await expect(
      this.page.getByRole('heading', { name: 'Văn bản', exact: true }).first(),
      'the heading "Văn bản"',
    ).toBeVisible();
  }

  async compose(): Promise<void> {
    await this.page.getByRole('link', { name: 'Soạn văn bản' }).click();
    await expect(
      this.page.getByRole('heading', { name: 'Soạn văn bản', exact: true }).first(),
      'the heading "Soạn văn bản"',
    ).toBeVisible();
  }

  private field(label: string): Locator {
    // Not exact: a required field's label ends with Mantine's asterisk.
    return this.page.getByLabel(label);
  }

  /** Fills a Kế hoạch (the default kind) once the letterhead has been filled from the issuing unit. */
  async fillPlan(input: PlanDraftInput): Promise<void> {
    const issuer = this.field('Cơ quan ban hành (in hoa)');
    await this.page.waitForFunction(
      (el) => (el as HTMLInputElement | null)?.value !== '',
      await issuer.elementHandle(),
      { timeout: TIMEOUT },
    );
    await this.field('Ký hiệu').fill(input.symbol);
    await this.field('Trích yếu').fill(input.title);
    await this.field('Nội dung (mỗi dòng một đoạn)').fill(input.body);
    await this.field('Chức vụ người ký').fill(input.signerPosition);
    await this.field('Họ tên người ký').fill(input.signerName);
    await this.field('Nơi nhận (mỗi dòng một nơi)').fill(input.recipients);
  }

  get preview(): Locator {
    return this.page.getByRole('region', { name: 'Bản xem trước văn bản' });
  }

  /** Saves the new draft and waits for its own page (/van-ban/<id>). */
  async saveDraft(): Promise<void> {
    await this.page.getByRole('button', { name: 'Lưu dự thảo' }).click();
    await this.page.waitForURL(/\/van-ban\/\d+$/, { timeout: TIMEOUT });
    await expect(
      this.page.getByRole('button', { name: 'Ban hành' }).first(),
      'the button "Ban hành"',
    ).toBeVisible();
  }

  /** Issues with the modal's defaults (today, one copy) and returns the number the page announces. */
  async issue(): Promise<string> {
    await this.page.getByRole('button', { name: 'Ban hành' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Ban hành văn bản' });
    await expect(dialog.first(), 'the dialog "Ban hành văn bản"').toBeVisible();
    await dialog.getByRole('button', { name: 'Ban hành', exact: true }).click();
    const notice = this.page.getByText(/Đã ban hành văn bản số /);
    await expect(notice.first(), 'the notice "Đã ban hành văn bản số …"').toBeVisible();
    const text = await notice.first().innerText();
    return text.replace(/^.*Đã ban hành văn bản số\s*/, '').replace(/\.$/, '');
  }

  /** Clicks "Tải DOCX" and returns the suggested file name and the first bytes of the file. */
  async downloadDocx(): Promise<{ filename: string; head: string }> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download', { timeout: TIMEOUT }),
      this.page.getByRole('button', { name: 'Tải DOCX' }).click(),
    ]);
    const file = await download.path();
    const bytes = await fs.readFile(file);
    return { filename: download.suggestedFilename(), head: bytes.subarray(0, 2).toString('latin1') };
  }
}
