import { expect, type Locator, type Page } from '@playwright/test';
import { CreateAccountDialog } from './create-account-dialog';

export class AdminPage {
  constructor(
    private readonly page: Page,
    private readonly baseUrl: string,
  ) {}

  /** The administration page of a unit: /don-vi/<code>/quan-tri. */
  async goto(unitCode: string): Promise<void> {
    await this.page.goto(`${this.baseUrl}/don-vi/${encodeURIComponent(unitCode)}/quan-tri`);
  }

  get forbidden(): Locator {
    return this.page.getByText('Không có quyền truy cập');
  }

  /** Opens the "Tạo tài khoản" dialog from the account list. */
  async openCreateAccount(): Promise<CreateAccountDialog> {
    const button = this.page.getByRole('button', { name: 'Tạo tài khoản' });
    await expect(button.first(), 'the button "Tạo tài khoản" on the administration page').toBeVisible();
    await button.first().click();
    const dialog = new CreateAccountDialog(this.page);
    await expect(dialog.root.first(), 'the dialog "Tạo tài khoản"').toBeVisible();
    return dialog;
  }

  /** An account in the list, by its exact username (table cell on wide screens, card on phones). */
  listedAccount(username: string): Locator {
    return this.page.getByText(username, { exact: true });
  }

  /** Status of a GET made by the page itself, with its session cookie. */
  async apiStatus(path: string): Promise<number> {
    return this.page.evaluate(async (url) => (await fetch(url, { credentials: 'same-origin' })).status, path);
  }
}
