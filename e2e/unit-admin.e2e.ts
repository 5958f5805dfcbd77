import { randomInt } from 'node:crypto';
import type { Page } from 'playwright-core';
import { expectVisible } from './expect';
import { AdminPage } from './pages/admin-page';
import { AuditPage } from './pages/audit-page';
import { LoginPage } from './pages/login-page';

export const name =
  'a province unit administrator creates an officer account for a commune, finds it in the audit log, and cannot reuse its username';

/** Xã Cẩm Xuyên, inside Hà Tĩnh (the administrator's scope). */
const COMMUNE = '18673';

export async function run(page: Page, baseUrl: string): Promise<void> {
  const login = new LoginPage(page, baseUrl);
  await login.goto();
  await login.login('tinh.hatinh', 'e2e-pass-123');

  const account = {
    username: `canbo.e2e${randomInt(100_000, 1_000_000)}`,
    fullName: 'Cán bộ Thử Nghiệm',
    role: 'Cán bộ',
    password: 'Thu-nghiem-2025',
  };
  const admin = new AdminPage(page, baseUrl);
  await admin.goto(COMMUNE);
  const dialog = await admin.openCreateAccount();
  await dialog.fill(account);
  await dialog.submit();
  await dialog.waitClosed();
  await expectVisible(
    admin.listedAccount(account.username),
    `the new account ${account.username} in the list`,
  );

  const audit = new AuditPage(page, baseUrl);
  await audit.goto();
  await audit.filter({ actor: 'tinh.hatinh', action: 'user.create' });
  await audit.openNewest('user.create');
  await expectVisible(
    audit.details(`"username": "${account.username}"`),
    `the username ${account.username} in the details of the newest user.create entry`,
  );

  // Bad input: the same username again is refused with the API's Vietnamese message, on the username field.
  await admin.goto(COMMUNE);
  const again = await admin.openCreateAccount();
  await again.fill(account);
  await again.submit();
  await expectVisible(
    again.root.getByText(`Tên đăng nhập ${account.username} đã có người dùng.`),
    'the conflict message "Tên đăng nhập … đã có người dùng." in the dialog',
  );
}
