import { randomInt } from 'node:crypto';
import { AdminPage } from './pages/admin-page';
import { AuditPage } from './pages/audit-page';
import { LoginPage } from './pages/login-page';
import { expect, test } from './fixtures';

/** Xã Cẩm Xuyên, inside Hà Tĩnh (the administrator's scope). */
const COMMUNE = '18673';

test('a province unit administrator creates an officer account for a commune, finds it in the audit log, and cannot reuse its username', async ({
  page,
  baseUrl,
}) => {
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
  await expect(
    admin.listedAccount(account.username).first(),
    `the new account ${account.username} in the list`,
  ).toBeVisible();

  const audit = new AuditPage(page, baseUrl);
  await audit.goto();
  await audit.filter({ actor: 'tinh.hatinh', action: 'user.create' });
  await audit.openNewest('user.create');
  await expect(
    audit.details(`"username": "${account.username}"`).first(),
    `the username ${account.username} in the details of the newest user.create entry`,
  ).toBeVisible();

  // Bad input: the same username again is refused with the API's Vietnamese message, on the username field.
  await admin.goto(COMMUNE);
  const again = await admin.openCreateAccount();
  await again.fill(account);
  await again.submit();
  await expect(
    again.root.getByText(`Tên đăng nhập ${account.username} đã có người dùng.`).first(),
    'the conflict message "Tên đăng nhập … đã có người dùng." in the dialog',
  ).toBeVisible();
});
