import type { Role } from '../../contracts/auth';
import type { Actor } from '../platform/actor';
import { AppError } from '../platform/errors';

/**
 * The accounts of the policies' table tests: a province /1/ with the commune /1/2/ and a neighbour commune /1/4/;
 * another province /9/. Every account captures in the commune /1/2/ and views the province /1/, but the system
 * administrator (`accountFor`: null scopes, all).
 */
export const actor = (role: Role, capture: string | null = '/1/2/', view: string | null = '/1/'): Actor => ({
  id: 7,
  username: 'u',
  role,
  unitId: 2,
  captureScope: capture === null ? null : { id: 2, path: capture },
  viewScope: view === null ? null : { id: 1, path: view },
  ip: null,
});
export const accountFor = (role: Role) => (role === 'system_admin' ? actor(role, null, null) : actor(role));

/** The refusal a policy throws, or null when it allows; anything but an AppError is a bug and is rethrown. */
export function errorOf(run: () => void): AppError | null {
  try {
    run();
    return null;
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return error;
  }
}
export const codeOf = (run: () => void): string | null => errorOf(run)?.code ?? null;
