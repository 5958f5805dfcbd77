/**
 * The two PostgreSQL roles the application runs with, and the one place their SQL is written (used by
 * `db setup-roles`, by the grants re-applied after every migration and by the tests).
 *
 * - The owner owns the database, its schemas (`public`, `drizzle`, `pgboss`) and every table, sequence and function
 *   in them; it runs the migrations and pg-boss's schema install. It is not a superuser.
 * - The runtime role is what the server logs in as: it owns nothing, reads and writes the application's rows, works
 *   pg-boss's tables, and may only SELECT and INSERT on `audit_log`. Not being the owner, it can neither
 *   `DISABLE TRIGGER` nor `DROP`/`ALTER` a table; not being a superuser, it cannot `SET session_replication_role`.
 */
import pg from 'pg';
import { JOBS_SCHEMA } from './jobs';
import { platformMessages as pm } from './platform.messages';

export interface RoleNames {
  owner: string;
  runtime: string;
}

export const DEFAULT_ROLES: RoleNames = { owner: 'phongtrao_owner', runtime: 'phongtrao_app' };

/** Schemas whose objects the owner owns: the application's, drizzle's migration journal, pg-boss's queues. */
export const OWNED_SCHEMAS = ['public', 'drizzle', JOBS_SCHEMA] as const;

/** pg-boss functions that create or drop a queue's partition, run with the owner's rights (see `runtimeGrantsSql`). */
const JOBS_DEFINER_FUNCTIONS = ['create_queue(text, json)', 'delete_queue(text)'];

const ROLE_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/** A role name we write into SQL unquoted: lower-case letters, digits and `_`, at most 63. */
export function assertRoleName(name: string): string {
  if (!ROLE_NAME.test(name)) throw new Error(pm.badRoleName(name));
  return name;
}

/** A string literal, for passwords (standard_conforming_strings is on since PostgreSQL 9.1). */
export function quoteLiteral(value: string): string {
  if (value.includes('\0')) throw new Error(pm.passwordWithNul);
  return `'${value.replaceAll("'", "''")}'`;
}

function checked(roles: RoleNames): RoleNames {
  assertRoleName(roles.owner);
  assertRoleName(roles.runtime);
  if (roles.owner === roles.runtime) throw new Error(pm.sameRoles);
  return roles;
}

/**
 * Creates both roles when missing and (re)sets their attributes; a password is set only when given. Cluster-wide;
 * run by an administrator (CREATEROLE or superuser). Two runs at once may both try to create: the loser moves on.
 */
export function createRolesSql(
  rolesIn: RoleNames,
  passwords: { owner?: string | null; runtime?: string | null } = {},
): string[] {
  const roles = checked(rolesIn);
  const create = (role: string) => `DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${role}') THEN
    CREATE ROLE ${role};
  END IF;
EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
END $$`;
  const attributes = 'LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS';
  const password = (value: string | null | undefined) => (value ? ` PASSWORD ${quoteLiteral(value)}` : '');
  return [
    create(roles.owner),
    create(roles.runtime),
    `ALTER ROLE ${roles.owner} ${attributes}${password(passwords.owner)}`,
    // NOINHERIT as well: were it ever made a member of another role, it would not silently gain that role's rights.
    `ALTER ROLE ${roles.runtime} ${attributes} NOINHERIT${password(passwords.runtime)}`,
    // Neither role is a member of the other (a member of the owner could act as the owner).
    `DO $$
BEGIN
  IF pg_has_role('${roles.runtime}', '${roles.owner}', 'MEMBER') THEN REVOKE ${roles.owner} FROM ${roles.runtime}; END IF;
  IF pg_has_role('${roles.owner}', '${roles.runtime}', 'MEMBER') THEN REVOKE ${roles.runtime} FROM ${roles.owner}; END IF;
END $$`,
  ];
}

/**
 * Makes the owner own the current database and everything of ours in it: the schemas, their tables, views and
 * stand-alone sequences (a serial's sequence follows its table), functions and types. Objects of extensions stay
 * with the extension. Whatever the runtime role owns is handed to the owner. Run by an administrator in the
 * database concerned; idempotent.
 */
export function takeOwnershipSql(rolesIn: RoleNames): string[] {
  const { owner, runtime } = checked(rolesIn);
  const schemas = OWNED_SCHEMAS.map((s) => `'${s}'`).join(', ');
  const notInExtension = (catalog: string, oid: string) =>
    `NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = '${catalog}'::regclass AND d.objid = ${oid} AND d.deptype = 'e')`;
  return [
    `DO $$ BEGIN EXECUTE format('ALTER DATABASE %I OWNER TO ${owner}', current_database()); END $$`,
    `REASSIGN OWNED BY ${runtime} TO ${owner}`,
    `DO $$
DECLARE
  item record;
BEGIN
  FOR item IN SELECT n.nspname FROM pg_namespace n WHERE n.nspname IN (${schemas}) LOOP
    EXECUTE format('ALTER SCHEMA %I OWNER TO ${owner}', item.nspname);
  END LOOP;
  FOR item IN
    SELECT c.oid::regclass AS name, c.relkind FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname IN (${schemas}) AND c.relkind IN ('r', 'p', 'v', 'm', 'f', 'S') AND NOT c.relispartition
      AND ${notInExtension('pg_class', 'c.oid')}
      -- a sequence owned by a column changes owner with its table
      AND NOT (c.relkind = 'S' AND EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass
               AND d.objid = c.oid AND d.refclassid = 'pg_class'::regclass AND d.deptype IN ('a', 'i')))
  LOOP
    EXECUTE format('ALTER %s %s OWNER TO ${owner}',
      CASE item.relkind WHEN 'S' THEN 'SEQUENCE' WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW'
        WHEN 'f' THEN 'FOREIGN TABLE' ELSE 'TABLE' END, item.name);
  END LOOP;
  -- partitions (pg-boss has one per queue) are tables of their own
  FOR item IN
    SELECT c.oid::regclass AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname IN (${schemas}) AND c.relkind IN ('r', 'p') AND c.relispartition
  LOOP
    EXECUTE format('ALTER TABLE %s OWNER TO ${owner}', item.name);
  END LOOP;
  FOR item IN
    SELECT p.oid::regprocedure AS name, p.prokind FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
    WHERE n.nspname IN (${schemas}) AND ${notInExtension('pg_proc', 'p.oid')}
  LOOP
    EXECUTE format('ALTER %s %s OWNER TO ${owner}', CASE item.prokind WHEN 'p' THEN 'PROCEDURE' WHEN 'a' THEN 'AGGREGATE' ELSE 'FUNCTION' END, item.name);
  END LOOP;
  FOR item IN
    SELECT t.oid::regtype AS name FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
    WHERE n.nspname IN (${schemas}) AND t.typtype IN ('e', 'd', 'r') AND ${notInExtension('pg_type', 't.oid')}
  LOOP
    EXECUTE format('ALTER TYPE %s OWNER TO ${owner}', item.name);
  END LOOP;
END $$`,
  ];
}

/**
 * The runtime role's rights, re-applied as the owner after every migration (so a table added by a later migration
 * gets them) and by `db setup-roles`. Idempotent; `audit_log` loses UPDATE, DELETE and TRUNCATE every time.
 */
export function runtimeGrantsSql(rolesIn: RoleNames): string[] {
  const { owner, runtime } = checked(rolesIn);
  const rows = 'SELECT, INSERT, UPDATE, DELETE';
  return [
    `DO $$ BEGIN EXECUTE format('GRANT CONNECT ON DATABASE %I TO ${runtime}', current_database()); END $$`,
    // Databases made before PostgreSQL 15 let everyone create in public.
    'REVOKE CREATE ON SCHEMA public FROM PUBLIC',
    `REVOKE CREATE ON SCHEMA public FROM ${runtime}`,
    `GRANT USAGE ON SCHEMA public TO ${runtime}`,
    `GRANT ${rows} ON ALL TABLES IN SCHEMA public TO ${runtime}`,
    `GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO ${runtime}`,
    // History: read and append only. Its sequence may be advanced (nextval), not set back. (Before the first
    // migration there is no audit_log yet.)
    `DO $$
BEGIN
  IF to_regclass('public.audit_log') IS NULL THEN RETURN; END IF;
  REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON public.audit_log FROM ${runtime};
  EXECUTE format('REVOKE UPDATE ON SEQUENCE %s FROM ${runtime}', pg_get_serial_sequence('public.audit_log', 'id'));
END $$`,
    `ALTER DEFAULT PRIVILEGES FOR ROLE ${owner} IN SCHEMA public GRANT ${rows} ON TABLES TO ${runtime}`,
    `ALTER DEFAULT PRIVILEGES FOR ROLE ${owner} IN SCHEMA public GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO ${runtime}`,
    // pg-boss: the runtime role works the queues. A queue is a partition of pgboss.job, which only the table's owner
    // may attach: its create/delete functions run with the owner's rights, on a fixed search path.
    `DO $$
BEGIN
  IF to_regnamespace('${JOBS_SCHEMA}') IS NULL THEN RETURN; END IF;
  GRANT USAGE ON SCHEMA ${JOBS_SCHEMA} TO ${runtime};
  GRANT ${rows} ON ALL TABLES IN SCHEMA ${JOBS_SCHEMA} TO ${runtime};
  GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA ${JOBS_SCHEMA} TO ${runtime};
  ALTER DEFAULT PRIVILEGES FOR ROLE ${owner} IN SCHEMA ${JOBS_SCHEMA} GRANT ${rows} ON TABLES TO ${runtime};
${JOBS_DEFINER_FUNCTIONS.map(
  (fn) => `  IF to_regprocedure('${JOBS_SCHEMA}.${fn}') IS NOT NULL THEN
    ALTER FUNCTION ${JOBS_SCHEMA}.${fn} SECURITY DEFINER SET search_path = pg_catalog, ${JOBS_SCHEMA}, pg_temp;
  END IF;`,
).join('\n')}
END $$`,
  ];
}

/** Everything `db setup-roles` runs, in order, as printed by `--print`. */
export function setupRolesSql(
  roles: RoleNames,
  passwords: { owner?: string | null; runtime?: string | null } = {},
): string[] {
  return [...createRolesSql(roles, passwords), ...takeOwnershipSql(roles), ...runtimeGrantsSql(roles)];
}

/**
 * Runs `setupRolesSql` on the database `adminUrl` names, as that (administrator) URL's role, holding an advisory
 * lock so that two runs on one cluster do not create or alter the roles at the same moment.
 */
export async function setupRoles(
  adminUrl: string,
  roles: RoleNames = DEFAULT_ROLES,
  passwords: { owner?: string | null; runtime?: string | null } = {},
): Promise<void> {
  const statements = setupRolesSql(roles, passwords);
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock(727003)');
    for (const statement of statements) await client.query(statement);
  } finally {
    await client.query('SELECT pg_advisory_unlock(727003)').catch(() => undefined);
    await client.end();
  }
}

/** `url` with another user and password (the password left out when null). */
export function urlForRole(url: string, role: string, password: string | null): string {
  const result = new URL(url);
  result.username = role;
  result.password = password ?? '';
  return result.toString();
}
