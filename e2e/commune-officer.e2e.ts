import type { Page } from 'playwright-core';
import { expectContains, expectEqual, expectVisible } from './expect';
import { AdminPage } from './pages/admin-page';
import { LoginPage } from './pages/login-page';
import { UnitDetailPage } from './pages/unit-detail-page';
import { UnitsPage } from './pages/units-page';

export const name =
  "a commune officer logs in, finds their commune and its history, and is refused another province's administration page";

export async function run(page: Page, baseUrl: string): Promise<void> {
  const login = new LoginPage(page, baseUrl);
  await login.goto();
  await login.login('xa.camxuyen', 'e2e-pass-123');

  const units = new UnitsPage(page, baseUrl);
  await units.goto();
  await units.search('cam xuyen');
  await units.openResult('Xã Cẩm Xuyên');

  const detail = new UnitDetailPage(page);
  await expectVisible(detail.historyHeading, 'the heading "Lịch sử" on Xã Cẩm Xuyên');
  await expectVisible(
    page.getByText('Thị trấn Cẩm Xuyên'),
    'the old township "Thị trấn Cẩm Xuyên" on Xã Cẩm Xuyên',
  );
  expectContains(await detail.historyText(), 'Thị trấn Cẩm Xuyên', 'the history section');

  // 01 is Hà Nội: outside the officer's view scope (Hà Tĩnh).
  const admin = new AdminPage(page, baseUrl);
  await admin.goto('01');
  await expectVisible(admin.forbidden, 'the text "Không có quyền truy cập" on /don-vi/01/quan-tri');
  expectEqual(await admin.apiStatus('/api/users?unit=01'), 403, 'the status of GET /api/users?unit=01');
}
