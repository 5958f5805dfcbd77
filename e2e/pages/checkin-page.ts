import { expect, type Locator, type Page } from '@playwright/test';

/** /diem-danh/<id>: the staff's check-in phone (point, camera, result card, search by name). */
export class CheckinPage {
  constructor(
    private readonly page: Page,
    private readonly baseUrl: string,
  ) {}

  async open(conferenceId: number): Promise<void> {
    await this.page.goto(`${this.baseUrl}/diem-danh/${conferenceId}`);
    await expect(
      this.page.getByRole('heading', { name: 'Điểm danh đại biểu' }).first(),
      'the check-in page',
    ).toBeVisible();
  }

  /** Picks the bridge point (the page remembers it; with one point it is already picked). */
  async choosePoint(name: string): Promise<void> {
    const select = this.page.getByRole('combobox', { name: 'Điểm cầu điểm danh' });
    await expect(select.first(), 'the point picker "Điểm cầu điểm danh"').toBeVisible();
    // A native <select>: its options are the phone's own list, picked by their label.
    await select.first().selectOption({ label: name });
  }

  /** The result card of a check-in: 'checked_in' (green), 'already' (amber), 'refused' (red), 'queued'. */
  result(kind: 'checked_in' | 'already' | 'refused' | 'queued'): Locator {
    return this.page.locator(`[data-result="${kind}"]`);
  }

  /** "Tắt máy ảnh" then "Bật máy ảnh": the code in front of the camera is read again as a new scan. */
  async restartCamera(): Promise<void> {
    await this.page.getByRole('button', { name: 'Tắt máy ảnh' }).click();
    await this.page.getByRole('button', { name: 'Bật máy ảnh' }).click();
  }

  /** The badge "Đang chờ gửi: N" of the offline queue. */
  pending(count: number): Locator {
    return this.page.getByText(`Đang chờ gửi: ${count}`, { exact: true });
  }

  get camera(): Locator {
    return this.page.getByLabel('Hình ảnh máy ảnh để quét mã QR');
  }

  /** "Có mặt N/M" for the chosen point. */
  get counter(): Locator {
    return this.page.getByLabel('Số đại biểu có mặt tại điểm cầu');
  }
}
