import { expect, type Locator, type Page } from '@playwright/test';
import { TIMEOUT } from '../timeouts';

/** /hoi-nghi/<id>: a conference's header and its tabs (Tổng quan, Chương trình, Điểm cầu, Đại biểu, Giấy mời…). */
export class ConferencePage {
  constructor(
    private readonly page: Page,
    private readonly baseUrl: string,
  ) {}

  /** The id in the address of the conference page shown. */
  get id(): number {
    const match = /\/hoi-nghi\/(\d+)/.exec(this.page.url());
    if (!match) throw new Error(`expected a conference page, the address is ${this.page.url()}`);
    return Number(match[1]);
  }

  async open(id: number, tab?: string): Promise<void> {
    await this.page.goto(`${this.baseUrl}/hoi-nghi/${id}${tab ? `?tab=${tab}` : ''}`);
    await expect(
      this.page.getByRole('tab', { name: 'Tổng quan' }).first(),
      "the conference's tabs",
    ).toBeVisible();
  }

  async tab(name: string): Promise<void> {
    const tab = this.page.getByRole('tab', { name, exact: true });
    await expect(tab.first(), `the tab "${name}"`).toBeVisible();
    await tab.click();
  }

  /**
   * On a plan page (/ke-hoach/<id>) whose plan has conference facts: "Tạo hội nghị từ kế hoạch", then the new
   * conference's page. Returns its id.
   */
  async createFromPlan(planId: number): Promise<number> {
    await this.page.goto(`${this.baseUrl}/ke-hoach/${planId}`);
    const button = this.page.getByRole('button', { name: 'Tạo hội nghị từ kế hoạch', exact: true });
    await expect(button.first(), 'the button "Tạo hội nghị từ kế hoạch"').toBeVisible();
    await button.click();
    await this.page.waitForURL(/\/hoi-nghi\/\d+/, { timeout: TIMEOUT });
    await expect(
      this.page.getByRole('tab', { name: 'Tổng quan' }).first(),
      "the new conference's tabs",
    ).toBeVisible();
    return this.id;
  }

  /** Đại biểu → "Nhập từ Excel" with the file; returns the notice "Đã nhập N đại biểu." and the row errors under it. */
  async importDelegates(file: string): Promise<{ imported: number; text: string }> {
    await this.tab('Đại biểu');
    const chooser = this.page.waitForEvent('filechooser', { timeout: TIMEOUT });
    await this.page.getByRole('button', { name: 'Nhập từ Excel', exact: true }).click();
    await (await chooser).setFiles(file);
    const result = this.page.getByRole('status').filter({ hasText: /Đã nhập \d+ đại biểu/ });
    await expect(result.first(), 'the import result "Đã nhập N đại biểu."').toBeVisible();
    const text = await result.first().innerText();
    return { imported: Number(/Đã nhập (\d+) đại biểu/.exec(text)?.[1] ?? NaN), text };
  }

  /** Giấy mời → "Phát hành giấy mời" with the prefilled signer (or the one given); returns the number of invitations. */
  async generateInvitations(signer?: { position: string; name: string }): Promise<number> {
    await this.tab('Giấy mời');
    await this.page.getByRole('button', { name: 'Phát hành giấy mời', exact: true }).first().click();
    const dialog = this.page.getByRole('dialog', { name: 'Phát hành giấy mời' });
    await expect(dialog.first(), 'the dialog "Phát hành giấy mời"').toBeVisible();
    if (signer) {
      await dialog.getByLabel('Chức vụ', { exact: false }).fill(signer.position);
      await dialog.getByLabel('Họ và tên', { exact: false }).fill(signer.name);
    }
    await dialog.getByRole('button', { name: 'Phát hành giấy mời', exact: true }).click();
    const notice = this.page.getByRole('status').filter({ hasText: /Đã lập giấy mời cho \d+ đại biểu/ });
    await expect(notice.first(), 'the notice "Đã lập giấy mời cho N đại biểu."').toBeVisible();
    return Number(/cho (\d+) đại biểu/.exec(await notice.first().innerText())?.[1] ?? NaN);
  }

  /** Đại biểu: searches the list for the delegate and opens the "Giấy mời ▾" menu of its row (or card). */
  async openInvitationMenu(delegate: string): Promise<void> {
    await this.tab('Đại biểu');
    // The list is read again once the search settles; the menu is opened in the filtered list, not the old one.
    const search = this.page.getByRole('searchbox', { name: 'Tìm theo tên, chức vụ, đơn vị' });
    if ((await search.inputValue()) !== delegate) {
      const searched = this.page.waitForResponse(
        (r) => /\/api\/conferences\/\d+\/delegates\?/.test(r.url()) && new URL(r.url()).searchParams.has('q'),
        { timeout: TIMEOUT },
      );
      await search.fill(delegate);
      await searched;
    }
    const menu = this.page.getByRole('button', { name: `Giấy mời của ${delegate}`, exact: true });
    await expect(menu.first(), `the menu "Giấy mời ▾" of ${delegate}`).toBeVisible();
    await menu.click();
    await expect(this.page.getByRole('menuitem').first(), `the items of the menu "Giấy mời ▾"`).toBeVisible();
  }

  /** The confirmation dialog of "Cấp lại giấy mời" or "Hủy giấy mời", after its menu item is chosen. */
  async chooseInvitationAction(item: 'reissue' | 'cancel'): Promise<Locator> {
    const label = item === 'reissue' ? 'Cấp lại giấy mời (thu hồi liên kết cũ)' : 'Hủy giấy mời';
    await this.page.getByRole('menuitem', { name: label, exact: true }).click();
    const dialog = this.page.getByRole('dialog', {
      name: item === 'reissue' ? 'Cấp lại giấy mời' : 'Hủy giấy mời',
    });
    await expect(dialog.first(), `the confirmation "${label}"`).toBeVisible();
    return dialog;
  }

  /** Confirms the re-issue in its dialog; returns the new personal link the notice shows. */
  async confirmReissue(dialog: Locator): Promise<string> {
    await dialog.getByRole('button', { name: 'Cấp lại giấy mời', exact: true }).click();
    const notice = this.page.getByRole('status').filter({ hasText: 'Đã cấp lại giấy mời' });
    await expect(notice.first(), 'the notice "Đã cấp lại giấy mời…"').toBeVisible();
    const link = await notice.locator('a[data-new-link]').first().getAttribute('href');
    if (!link) throw new Error(`no new link in the notice: ${await notice.first().innerText()}`);
    return link;
  }

  /** Điểm danh: the "Có mặt" figure of the live totals. */
  async attendanceCount(): Promise<number> {
    await this.tab('Điểm danh');
    const figure = this.page.locator('[data-figure="Có mặt"]');
    await expect(figure.first(), 'the attendance figure "Có mặt"').toBeVisible();
    return Number((await figure.first().innerText()).trim());
  }

  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }
}
