import { expect, type Locator, type Page } from '@playwright/test';

/** /nhat-ky: the audit log, newest entry first. */
export class AuditPage {
  constructor(
    private readonly page: Page,
    private readonly baseUrl: string,
  ) {}

  async goto(): Promise<void> {
    await this.page.goto(`${this.baseUrl}/nhat-ky`);
    await expect(
      this.page.getByRole('heading', { name: 'Nhật ký', exact: true }).first(),
      'the heading "Nhật ký"',
    ).toBeVisible();
  }

  async filter({ actor, action }: { actor?: string; action?: string }): Promise<void> {
    if (actor !== undefined) await this.page.getByLabel('Người thực hiện').fill(actor);
    if (action !== undefined) await this.page.getByLabel('Hành động').fill(action);
    await this.page.getByRole('button', { name: 'Lọc', exact: true }).click();
  }

  /** Entries (table rows on wide screens) whose text shows `action`. */
  entries(action: string): Locator {
    return this.page.getByRole('row').filter({ hasText: action });
  }

  /** Opens the details ("Xem") of the newest entry with `action`; they show the record before and after. */
  async openNewest(action: string): Promise<void> {
    const entry = this.entries(action).first();
    await expect(entry.first(), `an entry "${action}" in the audit log`).toBeVisible();
    await entry.getByRole('button', { name: 'Xem' }).click();
  }

  /** Text in an opened entry's details, e.g. `"username": "canbo.e2e1"` of the record after the change. */
  details(text: string): Locator {
    return this.page.getByText(text);
  }
}
