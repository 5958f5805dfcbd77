import { expect, type Page } from '@playwright/test';
import { TIMEOUT } from '../timeouts';

export class UnitsPage {
  constructor(
    private readonly page: Page,
    private readonly baseUrl: string,
  ) {}

  async goto(): Promise<void> {
    await this.page.goto(`${this.baseUrl}/don-vi`);
  }

  async search(text: string): Promise<void> {
    const box = this.page.getByLabel('Tìm đơn vị');
    await expect(box.first(), 'the unit search box "Tìm đơn vị"').toBeVisible();
    await box.fill(text);
  }

  /** Opens the result whose link reads exactly `name` and waits for its page. */
  async openResult(name: string): Promise<void> {
    const link = this.page.getByRole('link', { name, exact: true });
    await expect(link.first(), `a search result "${name}"`).toBeVisible();
    await link.first().click();
    try {
      await this.page.waitForURL((url) => /^\/don-vi\/[^/]+$/.test(url.pathname), { timeout: TIMEOUT });
    } catch {
      throw new Error(`opening "${name}" did not reach a unit page (at ${this.page.url()})`);
    }
  }
}
