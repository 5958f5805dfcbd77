import type { Page } from '@playwright/test';
import { TIMEOUT } from '../timeouts';

export class LoginPage {
  constructor(
    private readonly page: Page,
    private readonly baseUrl: string,
  ) {}

  async goto(): Promise<void> {
    await this.page.goto(`${this.baseUrl}/dang-nhap`);
  }

  /** Signs in and waits until the app has left the login page. */
  async login(username: string, password: string): Promise<void> {
    await this.page.getByLabel('Tên đăng nhập').fill(username);
    await this.page.getByLabel('Mật khẩu').fill(password);
    await this.page.getByRole('button', { name: 'Đăng nhập' }).click();
    try {
      await this.page.waitForURL((url) => !url.pathname.startsWith('/dang-nhap'), { timeout: TIMEOUT });
    } catch {
      throw new Error(`login as ${username} did not leave /dang-nhap within ${TIMEOUT / 1000} s`);
    }
  }

  /** Signs out through the user menu ("Tài khoản của tôi" → "Đăng xuất") and waits for the login page. */
  async logout(): Promise<void> {
    await this.page.getByRole('button', { name: 'Tài khoản của tôi' }).click();
    await this.page.getByRole('menuitem', { name: 'Đăng xuất' }).click();
    try {
      await this.page.waitForURL((url) => url.pathname.startsWith('/dang-nhap'), { timeout: TIMEOUT });
    } catch {
      throw new Error(`signing out did not reach /dang-nhap within ${TIMEOUT / 1000} s`);
    }
  }
}
