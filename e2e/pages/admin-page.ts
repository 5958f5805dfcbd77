import type { Locator, Page } from 'playwright-core';

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

  /** Status of a GET made by the page itself, with its session cookie. */
  async apiStatus(path: string): Promise<number> {
    return this.page.evaluate(async (url) => (await fetch(url, { credentials: 'same-origin' })).status, path);
  }
}
