import type { Db } from '../platform/database';
import { actorForToken } from '../features/auth/sessions.service';

export async function actorForTokenOrThrow(db: Db, token: string) {
  const actor = await actorForToken(db, token, null, new Date());
  if (!actor) throw new Error('no actor for token');
  return actor;
}
