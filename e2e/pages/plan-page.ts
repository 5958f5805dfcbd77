import { expect, type Locator, type Page } from '@playwright/test';

/** /ke-hoach/<id>: a plan's header, its life-cycle buttons and its tabs. */
export class PlanPage {
  constructor(private readonly page: Page) {}

  async goto(url: string): Promise<void> {
    await this.page.goto(url);
    await expect(
      this.page.getByRole('heading', { name: /^Kế hoạch/ }).first(),
      "the plan's heading",
    ).toBeVisible();
  }

  status(label: string): Locator {
    return this.page.getByText(label, { exact: true });
  }

  /** Clicks a life-cycle button (Gửi duyệt, Duyệt…) and waits for the notice it leads to. */
  private async act(button: string, notice: string): Promise<void> {
    const action = this.page.getByRole('button', { name: button, exact: true });
    await expect(action.first(), `the button "${button}"`).toBeVisible();
    await action.click();
    await expect(
      this.page.getByRole('status').filter({ hasText: notice }).first(),
      `the notice "${notice}"`,
    ).toBeVisible();
  }

  async submit(): Promise<void> {
    await this.act('Gửi duyệt', 'Đã gửi kế hoạch để lãnh đạo duyệt.');
  }

  async approve(): Promise<void> {
    await this.act('Duyệt', 'Đã duyệt kế hoạch.');
  }

  /** Issues with the given signing date (YYYY-MM-DD) and returns the number the page announces. */
  async issue(date: string): Promise<string> {
    const button = this.page.getByRole('button', { name: 'Ban hành', exact: true });
    await expect(button.first(), 'the button "Ban hành"').toBeVisible();
    await button.click();
    const dialog = this.page.getByRole('dialog', { name: 'Ban hành kế hoạch' });
    await expect(dialog.first(), 'the dialog "Ban hành kế hoạch"').toBeVisible();
    await dialog.getByLabel('Ngày ký').fill(date);
    await dialog.getByRole('button', { name: 'Ban hành', exact: true }).click();
    const notice = this.page.getByText(/Đã ban hành kế hoạch số /);
    await expect(notice.first(), 'the notice "Đã ban hành kế hoạch số …"').toBeVisible();
    const text = await notice.first().innerText();
    return text.replace(/^.*Đã ban hành kế hoạch số\s*/, '').replace(/\.\s*$/, '');
  }

  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }
}
