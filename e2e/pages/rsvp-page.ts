import { expect, type Locator, type Page } from '@playwright/test';

/** /moi/<token>: a delegate's personal link (no account): the giấy mời, the answer, the QR code. */
export class RsvpPage {
  constructor(private readonly page: Page) {}

  async goto(link: string): Promise<void> {
    await this.page.goto(link);
    await expect(
      this.page.getByRole('heading', { level: 1 }).first(),
      "the conference's title on the RSVP page",
    ).toBeVisible();
  }

  /** Picks one of "Sẽ tham dự", "Không tham dự", "Cử người đi thay", sends it and waits for the thanks. */
  async answer(choice: 'Sẽ tham dự' | 'Không tham dự' | 'Cử người đi thay'): Promise<void> {
    await this.page.getByRole('radio', { name: choice, exact: true }).click();
    await this.page.getByRole('button', { name: /^(Gửi trả lời|Đổi câu trả lời)$/ }).click();
    await expect(
      this.page.getByRole('status').filter({ hasText: 'Đã ghi nhận trả lời' }).first(),
      'the notice "Đã ghi nhận trả lời"',
    ).toBeVisible();
  }

  /** The badge of the answer on record ("Trả lời hiện tại"). */
  currentAnswer(label: string): Locator {
    return this.page.getByText(label, { exact: true }).first();
  }

  get qrCode(): Locator {
    return this.page.getByRole('img', { name: 'Mã QR điểm danh của đại biểu' });
  }
}
