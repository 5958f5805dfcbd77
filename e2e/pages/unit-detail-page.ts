import { expect, type Locator, type Page } from '@playwright/test';

export class UnitDetailPage {
  constructor(private readonly page: Page) {}

  get historyHeading(): Locator {
    return this.page.getByRole('heading', { name: 'Lịch sử', exact: true });
  }

  /** The text of the section under the heading "Lịch sử". */
  async historyText(): Promise<string> {
    await expect(this.historyHeading.first(), 'the heading "Lịch sử"').toBeVisible();
    const section = this.page.locator('section, [role="region"]').filter({ has: this.historyHeading });
    const container =
      (await section.count()) > 0 ? section.first() : this.historyHeading.first().locator('xpath=..');
    return container.innerText();
  }
}
