import type { Config } from '../server/platform/config';
import { DEFAULT_ROLES, setupRoles, setupRolesSql, urlForRole } from '../server/platform/roles';

export interface SetupRolesOptions {
  'owner-role'?: string;
  'app-role'?: string;
  'owner-password'?: string;
  'app-password'?: string;
  print?: boolean;
}

/**
 * `db setup-roles`: run with an administrator's DATABASE_URL, creates the owner and runtime roles when missing,
 * makes the owner own the database and its objects, grants the runtime role its rights and prints the two URLs.
 * Passwords come from the options or PHONGTRAO_OWNER_PASSWORD / PHONGTRAO_APP_PASSWORD (an unset one is left
 * as it is). `--print` writes the SQL instead of running it.
 */
export async function dbSetupRoles(
  config: Config,
  options: SetupRolesOptions,
  env: NodeJS.ProcessEnv = process.env,
): Promise<void> {
  const roles = {
    owner: options['owner-role'] ?? DEFAULT_ROLES.owner,
    runtime: options['app-role'] ?? DEFAULT_ROLES.runtime,
  };
  const passwords = {
    owner: options['owner-password'] ?? (env.PHONGTRAO_OWNER_PASSWORD?.trim() || null),
    runtime: options['app-password'] ?? (env.PHONGTRAO_APP_PASSWORD?.trim() || null),
  };
  if (options.print) {
    console.log(`${setupRolesSql(roles, passwords).join(';\n\n')};`);
    return;
  }
  if (!config.databaseUrl)
    throw new Error(
      'db setup-roles cần PostgreSQL: đặt DATABASE_URL là địa chỉ của một quản trị viên (superuser).',
    );
  await setupRoles(config.databaseUrl, roles, passwords);
  const shown = (role: string, password: string | null) =>
    urlForRole(config.databaseUrl!, role, password ? 'MAT_KHAU' : null).replace('MAT_KHAU', '***');
  console.log(
    [
      `Đã thiết lập vai trò ${roles.owner} (sở hữu, chạy cập nhật cấu trúc) và ${roles.runtime} (máy chủ chạy bằng vai trò này).`,
      'Đặt cho máy chủ và dòng lệnh (*** là mật khẩu đã đặt):',
      `DATABASE_URL=${shown(roles.runtime, passwords.runtime)}`,
      `DATABASE_OWNER_URL=${shown(roles.owner, passwords.owner)}`,
      ...(passwords.owner && passwords.runtime
        ? []
        : ['Vai trò chưa có mật khẩu trong lần chạy này giữ mật khẩu cũ (vai trò mới: chưa có mật khẩu).']),
    ].join('\n'),
  );
}
