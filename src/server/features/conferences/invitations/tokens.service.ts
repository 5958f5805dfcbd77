import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * The delegate's token, printed as a QR code on the giấy mời and carried by the personal link:
 * `<conference>.<delegate>.<version>.<expiry day>.<signature>` (numbers in base 36, the signature the first 16 bytes
 * of HMAC-SHA256 under the conference's own secret, base64url). It names one delegate and nothing else; raising the
 * delegate's `token_version` revokes the printed one. About 40 characters, so the QR stays small and easy to scan.
 */
export interface TokenClaims {
  conferenceId: number;
  delegateId: number;
  version: number;
  /** The last day (UTC, ISO) the token is accepted. */
  expires: string;
}

const DAY_MS = 86_400_000;
const PATTERN = /^([0-9a-z]{1,10})\.([0-9a-z]{1,10})\.([0-9a-z]{1,6})\.([0-9a-z]{1,6})\.([A-Za-z0-9_-]{22})$/;

export const newConferenceSecret = () => randomBytes(32).toString('base64url');

function signature(secret: string, payload: string): string {
  return createHmac('sha256', secret).update(payload).digest().subarray(0, 16).toString('base64url');
}

export function signToken(secret: string, claims: TokenClaims): string {
  const day = Math.floor(Date.parse(`${claims.expires}T00:00:00Z`) / DAY_MS);
  const payload = [claims.conferenceId, claims.delegateId, claims.version, day]
    .map((n) => n.toString(36))
    .join('.');
  return `${payload}.${signature(secret, payload)}`;
}

/** The token's claims before its signature is checked (to find the conference whose secret checks it); null if malformed. */
export function readToken(token: string): (TokenClaims & { payload: string; sig: string }) | null {
  const text = extractToken(token);
  const m = PATTERN.exec(text);
  if (!m) return null;
  const [conferenceId, delegateId, version, day] = [m[1], m[2], m[3], m[4]].map((s) => parseInt(s!, 36)) as [
    number,
    number,
    number,
    number,
  ];
  if (!conferenceId || !delegateId) return null;
  return {
    conferenceId,
    delegateId,
    version,
    expires: new Date(day * DAY_MS).toISOString().slice(0, 10),
    payload: text.slice(0, text.lastIndexOf('.')),
    sig: m[5]!,
  };
}

export type TokenCheck =
  { ok: true; claims: TokenClaims } | { ok: false; reason: 'malformed' | 'forged' | 'expired' };

/** Checks the signature with the conference's secret, then the expiry against `today` (ISO). */
export function verifyToken(token: string, secret: string, today: string): TokenCheck {
  return checkSigned(readToken(token), secret, today);
}

/** The one check of both kinds of token: present, signed with this secret, not past its last day. */
function checkSigned<C extends { expires: string }>(
  read: (C & { payload: string; sig: string }) | null,
  secret: string,
  today: string,
): { ok: true; claims: C } | { ok: false; reason: 'malformed' | 'forged' | 'expired' } {
  if (!read) return { ok: false, reason: 'malformed' };
  const expected = Buffer.from(signature(secret, read.payload));
  const given = Buffer.from(read.sig);
  if (expected.length !== given.length || !timingSafeEqual(expected, given))
    return { ok: false, reason: 'forged' };
  if (read.expires < today) return { ok: false, reason: 'expired' };
  const { payload: _p, sig: _s, ...claims } = read;
  return { ok: true, claims: claims as unknown as C };
}

/**
 * The unit's token, printed on a giấy mời addressed to a unit (mode `unit`): `u-<conference>.<unit>.<expiry day>.
 * <signature>`, base 36, signed like a delegate token under the conference secret but over a payload that starts with
 * `u-`. The prefix keeps the kinds apart both ways: `-` is no base-36 digit, so readToken never matches a unit token
 * (check-in refuses it as TOKEN_INVALID), and no delegate payload starts with `u-`, so no delegate signature is ever
 * a unit signature. (A `u.` prefix would not do: `u` is conference 30 in base 36.) `unit` is the id of the unit
 * (units.id); a unit known only by its name is named by its first seat, as a negative number (`-<delegate id>`).
 * It opens the list of the unit's seats, each with its own delegate token; it answers for no one.
 */
export interface UnitTokenClaims {
  conferenceId: number;
  /** units.id, or minus the id of the first seat of a unit known only by name. */
  unit: number;
  expires: string;
}

const UNIT_PATTERN = /^u-([0-9a-z]{1,10})\.(-?[0-9a-z]{1,10})\.([0-9a-z]{1,6})\.([A-Za-z0-9_-]{22})$/;

export function signUnitToken(secret: string, claims: UnitTokenClaims): string {
  const day = Math.floor(Date.parse(`${claims.expires}T00:00:00Z`) / DAY_MS);
  const payload = `u-${[claims.conferenceId, claims.unit, day].map((n) => n.toString(36)).join('.')}`;
  return `${payload}.${signature(secret, payload)}`;
}

/** A unit token's claims before its signature is checked; null if it is no unit token. */
export function readUnitToken(token: string): (UnitTokenClaims & { payload: string; sig: string }) | null {
  const text = extractToken(token);
  const m = UNIT_PATTERN.exec(text);
  if (!m) return null;
  const [conferenceId, unit, day] = [m[1], m[2], m[3]].map((s) => parseInt(s!, 36)) as [
    number,
    number,
    number,
  ];
  if (!conferenceId || !unit) return null;
  return {
    conferenceId,
    unit,
    expires: new Date(day * DAY_MS).toISOString().slice(0, 10),
    payload: text.slice(0, text.lastIndexOf('.')),
    sig: m[4]!,
  };
}

export type UnitTokenCheck =
  { ok: true; claims: UnitTokenClaims } | { ok: false; reason: 'malformed' | 'forged' | 'expired' };

/** Checks a unit token as verifyToken checks a delegate token. */
export function verifyUnitToken(token: string, secret: string, today: string): UnitTokenCheck {
  return checkSigned(readUnitToken(token), secret, today);
}

/** A scanned QR may hold the personal link (https://…/moi/<token>) or the bare token. */
export function extractToken(scanned: string): string {
  const text = scanned.trim();
  const m = /\/moi\/([^/?#\s]+)/.exec(text);
  return m ? decodeURIComponent(m[1]!) : text;
}

/** Tokens stay valid until two days after the conference (late scans of a long day), else for 400 days. */
export function tokenExpiry(conferenceDate: string | null, today: string): string {
  const base = conferenceDate ?? today;
  const days = conferenceDate ? 2 : 400;
  return new Date(Date.parse(`${base}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}
