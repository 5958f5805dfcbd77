import { CreateUserBody } from '../contracts/auth';
import type { Config } from '../server/platform/config';
import { vietnamToday, type Clock } from '../server/platform/clock';
import { SYSTEM_ACTOR } from '../server/platform/actor';
import { createUser } from '../server/features/users/users.service';
import { withDatabase } from './with-database';
import type { CliOptions } from './main';

const scope = (value: string | undefined) =>
  value === undefined ? undefined : value === 'all' ? null : value;

export async function usersCreate(config: Config, options: CliOptions, clock: Clock): Promise<void> {
  const body = CreateUserBody.safeParse({
    username: options.username,
    password: options.password,
    fullName: options.name ?? options.username,
    position: options.position ?? null,
    role: options.role,
    unit: options.unit,
    captureScope: scope(options.capture),
    viewScope: scope(options.view),
  });
  if (!body.success)
    throw new Error(body.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
  const account = await withDatabase(config, clock, (db) =>
    createUser(db, SYSTEM_ACTOR, body.data, vietnamToday(clock)),
  );
  console.log(`Đã tạo tài khoản ${account.username} (${account.role}) tại ${account.unit?.fullName ?? ''}.`);
}
