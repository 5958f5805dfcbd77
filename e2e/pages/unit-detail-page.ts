import type { Locator, Page } from 'playwright-core';
import { expectVisible } from '../expect';

export class UnitDetailPage {
  constructor(private readonly page: Page) {}

  get historyHeading(): Locator {
    return this.page.getByRole('heading', { name: 'Lịch sử', exact: true });
  }

  /** The text of the section under the heading "Lịch sử". */
  async historyText(): Promise<string> {
    await expectVisible(this.historyHeading, 'the heading "Lịch sử"');
    const section = this.page.locator('section, [role="region"]').filter({ has: this.historyHeading });
    const container =
      (await section.count()) > 0 ? section.first() : this.historyHeading.first().locator('xpath=..');
    return container.innerText();
  }
}
