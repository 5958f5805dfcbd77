import { expect, type Locator, type Page } from '@playwright/test';
import { TIMEOUT } from '../timeouts';

/** /viec: the tasks the account's unit and organization lead or coordinate. */
export class InboxPage {
  constructor(
    private readonly page: Page,
    private readonly baseUrl: string,
  ) {}

  async goto(): Promise<void> {
    await this.page.goto(`${this.baseUrl}/viec`);
    await expect(
      this.page.getByRole('heading', { name: 'Việc của đơn vị', exact: true }).first(),
      'the heading "Việc của đơn vị"',
    ).toBeVisible();
  }

  /** Types in "Tìm trong nội dung" and waits until the address (and so the list) has taken it, after a pause. */
  async search(text: string): Promise<void> {
    await this.page.getByRole('searchbox', { name: 'Tìm trong nội dung' }).fill(text);
    try {
      await this.page.waitForURL((url) => url.searchParams.get('q') === text.trim(), { timeout: TIMEOUT });
    } catch {
      throw new Error(`the inbox did not take the search ${JSON.stringify(text)} (at ${this.page.url()})`);
    }
  }

  /** A listed task, by the link of its whole text. */
  task(text: string): Locator {
    return this.page.getByRole('link', { name: text, exact: true });
  }

  /** The table row of a listed task (wide screens). */
  row(text: string): Locator {
    return this.page.getByRole('row').filter({ has: this.task(text) });
  }

  /** Opens a listed task, waits for its page (/viec/<id>) and returns the task's id. */
  async open(text: string): Promise<number> {
    await expect(this.task(text).first(), `the task "${text.slice(0, 60)}…" in the inbox`).toBeVisible();
    await this.task(text).first().click();
    await this.page.waitForURL(/\/viec\/\d+$/, { timeout: TIMEOUT });
    return Number(/\/viec\/(\d+)$/.exec(this.page.url())![1]);
  }
}
