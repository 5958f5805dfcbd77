import { expect, type Locator, type Page } from '@playwright/test';
import { TIMEOUT } from '../timeouts';

export interface NewAccount {
  username: string;
  fullName: string;
  /** The role as the form lists it, e.g. "Cán bộ". */
  role: string;
  password: string;
}

/** The "Tạo tài khoản" modal of an administration page. */
export class CreateAccountDialog {
  constructor(private readonly page: Page) {}

  get root(): Locator {
    return this.page.getByRole('dialog', { name: 'Tạo tài khoản' });
  }

  async fill(account: NewAccount): Promise<void> {
    await this.root.getByLabel('Tên đăng nhập').fill(account.username);
    await this.root.getByLabel('Họ và tên').fill(account.fullName);
    await this.root.getByRole('combobox', { name: 'Vai trò' }).click();
    // The list of roles opens in a portal outside the dialog.
    const option = this.page.getByRole('option', { name: account.role, exact: true });
    await expect(option.first(), `the role "${account.role}" in the list of roles`).toBeVisible();
    await option.click();
    await this.root.getByLabel('Mật khẩu ban đầu').fill(account.password);
  }

  async submit(): Promise<void> {
    await this.root.getByRole('button', { name: 'Tạo tài khoản' }).click();
  }

  /** Waits until the dialog has gone, which it does only when the account was created. */
  async waitClosed(): Promise<void> {
    try {
      await this.root.waitFor({ state: 'hidden', timeout: TIMEOUT });
    } catch {
      const text = await this.root.innerText().catch(() => '');
      throw new Error(`the dialog "Tạo tài khoản" stayed open: ${text.replace(/\s+/g, ' ').slice(0, 300)}`);
    }
  }

  async cancel(): Promise<void> {
    await this.root.getByRole('button', { name: 'Hủy' }).click();
    await this.root.waitFor({ state: 'hidden', timeout: TIMEOUT });
  }
}
