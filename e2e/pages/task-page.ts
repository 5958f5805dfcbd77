import { expect, type Locator, type Page } from '@playwright/test';
import { TIMEOUT } from '../timeouts';

export interface ProgressReport {
  text: string;
  /** A task status as the list shows it, e.g. "Đang thực hiện". */
  status?: string;
  file?: { name: string; mimeType: string; buffer: Buffer };
}

/** /viec/<id>: one task, its "Báo cáo tiến độ" form and the reports sent. */
export class TaskPage {
  constructor(private readonly page: Page) {}

  private get form(): Locator {
    return this.page.getByRole('form', { name: 'Gửi báo cáo mới' });
  }

  get reports(): Locator {
    return this.page.getByRole('region', { name: 'Báo cáo tiến độ' });
  }

  /** Fills and sends the report form, then waits for its "sent" notice. */
  async report(report: ProgressReport): Promise<void> {
    await expect(this.form.first(), 'the form "Gửi báo cáo mới"').toBeVisible();
    await this.form.getByLabel('Nội dung báo cáo').fill(report.text);
    if (report.status) {
      await this.form.getByRole('combobox', { name: 'Cập nhật trạng thái (không bắt buộc)' }).click();
      const option = this.page.getByRole('option', { name: report.status, exact: true });
      await expect(option.first(), `the status "${report.status}" in its list`).toBeVisible();
      await option.click();
    }
    if (report.file) {
      const [chooser] = await Promise.all([
        this.page.waitForEvent('filechooser', { timeout: TIMEOUT }),
        this.form.getByLabel('Tệp đính kèm').click(),
      ]);
      await chooser.setFiles(report.file);
      await expect(
        this.form.getByText(report.file.name).first(),
        `the chosen file "${report.file.name}"`,
      ).toBeVisible();
    }
    await this.form.getByRole('button', { name: 'Gửi báo cáo' }).click();
    await expect(
      this.form.getByRole('status').filter({ hasText: 'Đã gửi báo cáo tiến độ.' }).first(),
      'the notice "Đã gửi báo cáo tiến độ."',
    ).toBeVisible();
  }

  /** A sent report in the list, by its text. */
  sentReport(text: string): Locator {
    return this.reports.getByRole('listitem').filter({ hasText: text });
  }
}
