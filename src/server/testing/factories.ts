import { todayInVietnam } from '../../core/dates/vn-dates';
import type { FastifyInstance } from 'fastify';
import type { Role } from '../../contracts/auth';
import type { CreateUnitBody } from '../../contracts/units';
import type { Db } from '../platform/database';
import { SYSTEM_ACTOR } from '../platform/actor';
import { actorForTokenOrThrow } from './session';
import { createUser } from '../features/users/users.service';
import { createUnit } from '../features/units/units.service';

export { SYSTEM_ACTOR };
export const TEST_PASSWORD = 'mat-khau-thu-123';

let counter = 0;

/** Creates an account through the service and logs it in over HTTP; returns its cookie and actor. */
export async function buildUser(
  app: FastifyInstance,
  db: Db,
  options: {
    role: Role;
    unit: string;
    captureScope?: string | null;
    viewScope?: string | null;
    username?: string;
    email?: string;
  },
) {
  const username = options.username ?? `user${++counter}.${options.role.replace('_', '')}`;
  const account = await createUser(
    db,
    SYSTEM_ACTOR,
    {
      username,
      password: TEST_PASSWORD,
      fullName: `Người dùng ${username}`,
      role: options.role,
      unit: options.unit,
      captureScope: options.captureScope,
      viewScope: options.viewScope,
      email: options.email ?? null,
    },
    todayInVietnam(new Date()),
  );
  const response = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username, password: TEST_PASSWORD },
  });
  if (response.statusCode !== 200) throw new Error(`login failed for ${username}: ${response.body}`);
  const cookie = response.cookies.find((c) => c.name === 'pt_session')!;
  return {
    account,
    cookie: `pt_session=${cookie.value}`,
    actor: await actorForTokenOrThrow(db, cookie.value),
  };
}

export function buildVillage(db: Db, parent: string, name = `Thôn ${++counter}`) {
  return createUnit(
    db,
    SYSTEM_ACTOR,
    { parent, level: 'village', type: 'thôn', name },
    todayInVietnam(new Date()),
  );
}

export function buildUnit(db: Db, body: CreateUnitBody) {
  return createUnit(db, SYSTEM_ACTOR, body, todayInVietnam(new Date()));
}
