import type { Locator, Page } from 'playwright-core';
import { expectVisible, TIMEOUT } from '../expect';

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
    await expectVisible(this.form, 'the form "Gửi báo cáo mới"');
    await this.form.getByLabel('Nội dung báo cáo').fill(report.text);
    if (report.status) {
      await this.form.getByRole('combobox', { name: 'Cập nhật trạng thái (không bắt buộc)' }).click();
      const option = this.page.getByRole('option', { name: report.status, exact: true });
      await expectVisible(option, `the status "${report.status}" in its list`);
      await option.click();
    }
    if (report.file) {
      const [chooser] = await Promise.all([
        this.page.waitForEvent('filechooser', { timeout: TIMEOUT }),
        this.form.getByLabel('Tệp đính kèm').click(),
      ]);
      await chooser.setFiles(report.file);
      await expectVisible(this.form.getByText(report.file.name), `the chosen file "${report.file.name}"`);
    }
    await this.form.getByRole('button', { name: 'Gửi báo cáo' }).click();
    await expectVisible(
      this.form.getByRole('status').filter({ hasText: 'Đã gửi báo cáo tiến độ.' }),
      'the notice "Đã gửi báo cáo tiến độ."',
    );
  }

  /** A sent report in the list, by its text. */
  sentReport(text: string): Locator {
    return this.reports.getByRole('listitem').filter({ hasText: text });
  }
}
