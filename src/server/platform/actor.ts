import type { Role } from '../../contracts/auth';

/** A unit subtree, by the unit's id and its path of ids ("/12/345/"). */
export interface ScopeRef {
  id: number;
  path: string;
}

/** The signed-in account as every service sees it. */
export interface Actor {
  id: number;
  username: string;
  role: Role;
  unitId: number;
  /** Null means the whole country. */
  captureScope: ScopeRef | null;
  viewScope: ScopeRef | null;
  ip: string | null;
}

/** The actor of work done by the system itself (first-run seed, CLI): a system administrator with no account. */
export const SYSTEM_ACTOR: Actor = {
  id: 0,
  username: 'system',
  role: 'system_admin',
  unitId: 0,
  captureScope: null,
  viewScope: null,
  ip: null,
};
