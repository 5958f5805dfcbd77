import { AdminPage } from './pages/admin-page';
import { LoginPage } from './pages/login-page';
import { UnitDetailPage } from './pages/unit-detail-page';
import { UnitsPage } from './pages/units-page';
import { expect, test } from './fixtures';

test("a commune officer logs in, finds their commune and its history, and is refused another province's administration page", async ({
  page,
  baseUrl,
}) => {
  const login = new LoginPage(page, baseUrl);
  await login.goto();
  await login.login('xa.camxuyen', 'e2e-pass-123');

  const units = new UnitsPage(page, baseUrl);
  await units.goto();
  await units.search('cam xuyen');
  await units.openResult('Xã Cẩm Xuyên');

  const detail = new UnitDetailPage(page);
  await expect(detail.historyHeading.first(), 'the heading "Lịch sử" on Xã Cẩm Xuyên').toBeVisible();
  await expect(
    page.getByText('Thị trấn Cẩm Xuyên').first(),
    'the old township "Thị trấn Cẩm Xuyên" on Xã Cẩm Xuyên',
  ).toBeVisible();
  expect(await detail.historyText(), 'the history section').toContain('Thị trấn Cẩm Xuyên');

  // 01 is Hà Nội: outside the officer's view scope (Hà Tĩnh).
  const admin = new AdminPage(page, baseUrl);
  await admin.goto('01');
  await expect(
    admin.forbidden.first(),
    'the text "Không có quyền truy cập" on /don-vi/01/quan-tri',
  ).toBeVisible();
  expect(await admin.apiStatus('/api/users?unit=01'), 'the status of GET /api/users?unit=01').toBe(403);
});
