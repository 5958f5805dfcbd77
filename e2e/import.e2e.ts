import { fileURLToPath } from 'node:url';
import { LoginPage } from './pages/login-page';
import { expect, test } from './fixtures';

const seedFile = fileURLToPath(new URL('../src/core/import/fixtures/seed-003.txt', import.meta.url));

test('a commune officer imports seed 003 from its text file, checks it beside the original, fills the missing letterhead and saves a draft plan', async ({
  page,
  baseUrl,
}) => {
  const login = new LoginPage(page, baseUrl);
  await login.goto();
  await login.login('xa.camxuyen', 'e2e-pass-123');

  await page.goto(`${baseUrl}/ke-hoach`);
  await page.getByRole('link', { name: 'Nhập từ tệp' }).click();
  await expect(
    page.getByRole('heading', { name: 'Nhập kế hoạch từ tệp' }).first(),
    'the import page',
  ).toBeVisible();
  await page.locator('input[type="file"]').setInputFiles(seedFile);

  // The review: what was found, the original text, and the warning about the missing letterhead.
  await expect(
    page.getByText(/tìm thấy 5 chỉ tiêu, \d+ nhiệm vụ/).first(),
    'the summary of 5 targets',
  ).toBeVisible();
  await expect(
    page.getByText('Văn bản gốc', { exact: true }).first(),
    'the original text pane',
  ).toBeVisible();
  await expect(page.getByText('Số: 34/KH-BCĐ').first(), 'the number line of the original').toBeVisible();
  await expect(
    page.getByText(/cơ quan ban hành/i).first(),
    'the warning about the issuing body',
  ).toBeVisible();

  const issuer = page.getByLabel('Cơ quan ban hành (in hoa)');
  if ((await issuer.inputValue()) === '')
    await issuer.fill('BAN CHỈ ĐẠO PHONG TRÀO “TĐĐKXDĐSVH” XÃ CẨM XUYÊN');
  await page.getByRole('button', { name: 'Lưu thành kế hoạch dự thảo' }).click();

  await expect(page, 'saving the imported plan opens the plan page').toHaveURL(/\/ke-hoach\/\d+/);
  await expect(page.getByText('Dự thảo').first(), 'the new plan in draft').toBeVisible();
  await page.getByRole('tab', { name: 'Nhiệm vụ' }).click();
  await expect(
    page
      .getByText('Tham mưu trình công nhận danh hiệu “Cơ quan, đơn vị đạt chuẩn văn hóa”', { exact: false })
      .first(),
    'a task read from the text',
  ).toBeVisible();
});
