import path from 'node:path';
import type { Page } from 'playwright-core';
import { expectVisible, TIMEOUT } from './expect';
import { LoginPage } from './pages/login-page';

export const name =
  'a commune officer imports seed 003 from its text file, checks it beside the original, fills the missing letterhead and saves a draft plan';

const seedFile = path.resolve('src/core/import/fixtures/seed-003.txt');

export async function run(page: Page, baseUrl: string): Promise<void> {
  const login = new LoginPage(page, baseUrl);
  await login.goto();
  await login.login('xa.camxuyen', 'e2e-pass-123');

  await page.goto(`${baseUrl}/ke-hoach`);
  await page.getByRole('link', { name: 'Nhập từ tệp' }).click();
  await expectVisible(page.getByRole('heading', { name: 'Nhập kế hoạch từ tệp' }), 'the import page');
  await page.locator('input[type="file"]').setInputFiles(seedFile);

  // The review: what was found, the original text, and the warning about the missing letterhead.
  await expectVisible(page.getByText(/tìm thấy 5 chỉ tiêu, \d+ nhiệm vụ/), 'the summary of 5 targets');
  await expectVisible(page.getByText('Văn bản gốc', { exact: true }).first(), 'the original text pane');
  await expectVisible(page.getByText('Số: 34/KH-BCĐ').first(), 'the number line of the original');
  await expectVisible(page.getByText(/cơ quan ban hành/i).first(), 'the warning about the issuing body');

  const issuer = page.getByLabel('Cơ quan ban hành (in hoa)');
  if ((await issuer.inputValue()) === '')
    await issuer.fill('BAN CHỈ ĐẠO PHONG TRÀO “TĐĐKXDĐSVH” XÃ CẨM XUYÊN');
  await page.getByRole('button', { name: 'Lưu thành kế hoạch dự thảo' }).click();

  try {
    await page.waitForURL(/\/ke-hoach\/\d+/, { timeout: TIMEOUT });
  } catch {
    throw new Error('saving the imported plan did not open the plan page');
  }
  await expectVisible(page.getByText('Dự thảo').first(), 'the new plan in draft');
  await page.getByRole('tab', { name: 'Nhiệm vụ' }).click();
  await expectVisible(
    page
      .getByText('Tham mưu trình công nhận danh hiệu “Cơ quan, đơn vị đạt chuẩn văn hóa”', { exact: false })
      .first(),
    'a task read from the text',
  );
}
