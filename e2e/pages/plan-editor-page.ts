import { expect, type Locator, type Page } from '@playwright/test';
import { TIMEOUT } from '../timeouts';

export interface PlanHeaderInput {
  symbol: string;
  title: string;
  body: string;
  signerPosition: string;
  signerName: string;
  recipients: string;
}

export interface TargetInput {
  text: string;
  indicator: string;
  /** As the list shows it, e.g. "≥ trở lên". */
  comparator: string;
  value: string;
  unit: string;
}

export interface TaskInput {
  text: string;
  lead: string[];
  support: string[];
  deadline: string;
}

/** /ke-hoach/moi: the structured plan editor beside its live NĐ 30 preview. */
export class PlanEditorPage {
  constructor(
    private readonly page: Page,
    private readonly baseUrl: string,
  ) {}

  /** Opens a new plan and waits until its letterhead has been filled from the account's unit. */
  async gotoNew(): Promise<void> {
    await this.page.goto(`${this.baseUrl}/ke-hoach/moi`);
    await expect(
      this.page.getByRole('heading', { name: 'Lập kế hoạch', exact: true }).first(),
      'the heading "Lập kế hoạch"',
    ).toBeVisible();
    const issuer = this.page.getByLabel('Cơ quan ban hành (in hoa)');
    await expect(issuer.first(), 'the field "Cơ quan ban hành (in hoa)"').toBeVisible();
    await this.page.waitForFunction(
      (el) => (el as HTMLInputElement | null)?.value !== '',
      await issuer.elementHandle(),
      { timeout: TIMEOUT },
    );
  }

  /** Letterhead, title, first part and signer (the title's "năm 2023" sets the plan's year for deadlines). */
  async fillHeader(input: PlanHeaderInput): Promise<void> {
    await this.page.getByLabel('Ký hiệu').fill(input.symbol);
    await this.page.getByLabel('Trích yếu').fill(input.title);
    await this.page.getByLabel('Nội dung (mỗi dòng một đoạn)').fill(input.body);
    await this.page.getByLabel('Chức vụ người ký').fill(input.signerPosition);
    await this.page.getByLabel('Họ tên người ký').fill(input.signerName);
    await this.page.getByLabel('Nơi nhận (mỗi dòng một nơi)').fill(input.recipients);
  }

  private get targets(): Locator {
    return this.page.getByRole('group', { name: 'Chỉ tiêu', exact: true });
  }

  private get tasks(): Locator {
    return this.page.getByRole('group', { name: 'Nhiệm vụ và phân công thực hiện', exact: true });
  }

  /** Adds a row under "Chỉ tiêu" and fills it. */
  async addTarget(target: TargetInput): Promise<void> {
    const texts = this.targets.getByLabel('Nội dung chỉ tiêu (in trong kế hoạch)');
    const index = await texts.count();
    await this.targets.getByRole('button', { name: 'Thêm chỉ tiêu' }).click();
    await expect(texts.nth(index).first(), `the fields of target ${index + 1}`).toBeVisible();
    await texts.nth(index).fill(target.text);
    await this.targets.getByLabel('Chỉ số theo dõi').nth(index).fill(target.indicator);
    // A new row starts at "≥ trở lên"; picking the chosen option again would clear it.
    const comparator = this.targets.getByRole('combobox', { name: 'So sánh' }).nth(index);
    if ((await comparator.inputValue()) !== target.comparator) {
      await comparator.click();
      const option = this.page.getByRole('option', { name: target.comparator, exact: true });
      await expect(option.first(), `the comparator "${target.comparator}" in its list`).toBeVisible();
      await option.click();
    }
    if ((await comparator.inputValue()) !== target.comparator)
      throw new Error(`the comparator of target ${index + 1} is not "${target.comparator}"`);
    await this.targets.getByLabel('Giá trị').nth(index).fill(target.value);
    await this.targets.getByLabel('Đơn vị tính').nth(index).fill(target.unit);
  }

  /** Adds a row under "Nhiệm vụ và phân công thực hiện" and fills it; parties are typed and confirmed with Enter. */
  async addTask(task: TaskInput): Promise<void> {
    const texts = this.tasks.getByLabel('Nội dung nhiệm vụ');
    const index = await texts.count();
    await this.tasks.getByRole('button', { name: 'Thêm nhiệm vụ' }).click();
    await expect(texts.nth(index).first(), `the fields of task ${index + 1}`).toBeVisible();
    await texts.nth(index).fill(task.text);
    await this.typeParties(
      this.tasks.getByRole('combobox', { name: 'Chủ trì thực hiện' }).nth(index),
      task.lead,
    );
    await this.typeParties(
      this.tasks.getByRole('combobox', { name: 'Phối hợp thực hiện' }).nth(index),
      task.support,
    );
    await this.deadlineField(index).fill(task.deadline);
  }

  private async typeParties(input: Locator, names: string[]): Promise<void> {
    for (const name of names) {
      await input.fill(name);
      await input.press('Enter');
      // The picker turns the typed name into a pill and empties itself.
      try {
        await this.page.waitForFunction(
          (el) => (el as HTMLInputElement | null)?.value === '',
          await input.elementHandle(),
          {
            timeout: TIMEOUT,
          },
        );
      } catch {
        throw new Error(`the party "${name}" was not taken by its picker`);
      }
    }
  }

  /** The "Thời hạn" field of the task row at `index` (0-based). */
  deadlineField(index: number): Locator {
    return this.tasks.getByLabel('Thời hạn').nth(index);
  }

  /** What the editor understood of a task's deadline, shown under the field (e.g. "Từ 01/01/2023 đến 31/03/2023"). */
  async deadlineReading(index: number): Promise<string> {
    const field = this.deadlineField(index);
    const id = await field.getAttribute('aria-describedby');
    if (!id) throw new Error(`the deadline of task ${index + 1} shows no reading of its dates`);
    const reading = this.page.locator(`[id="${id}"]`);
    await expect(reading.first(), `the reading of the deadline of task ${index + 1}`).toBeVisible();
    return reading.innerText();
  }

  get preview(): Locator {
    return this.page.getByRole('region', { name: 'Bản xem trước văn bản' });
  }

  /** Saves the new plan and waits for its own page (/ke-hoach/<id>); returns that address. */
  async save(): Promise<string> {
    await this.page.getByRole('button', { name: 'Lưu kế hoạch' }).click();
    try {
      await this.page.waitForURL(/\/ke-hoach\/\d+$/, { timeout: TIMEOUT });
    } catch {
      const alerts = await this.page.getByRole('alert').allInnerTexts();
      throw new Error(`saving the plan did not reach its page: ${alerts.join(' | ').slice(0, 300)}`);
    }
    return this.page.url();
  }
}
