import { inviteeLine, type InvitationPage } from '../../../../core/documents/invitation-batch';
import { qrPng } from '../../../../core/documents/qr';
import type { Db } from '../../../platform/database';
import {
  unitsByIds,
  type InvitationConference,
  type InvitationDelegate,
  type UnitSeatRow,
} from './invitations.repo';
import { committee, isAdminUnit, personalLink, pointLines } from './invitations.service';
import { signToken, signUnitToken, tokenExpiry } from './tokens.service';
import { invitationText as t } from './invitation-mail.messages';

/**
 * Giấy mời per unit (mode `unit`): one page per unit that has seats, addressed to the unit ("Ủy ban nhân dân xã …"),
 * listing its seats and carrying the unit's QR code and link (a unit token, see tokens.service.ts). A unit is its units.id;
 * seats without one are grouped by their unit name (the token then names the group's first seat); a seat with
 * neither gets its own page, as in the per-delegate mode.
 */

/** The key a unit token carries for a group of seats: units.id, or minus the first seat's id. */
export type UnitGroup =
  { unit: number; seats: InvitationDelegate[] } | { unit: null; seats: [InvitationDelegate] };

const nameKey = (name: string) => name.trim().toLowerCase();

/** The seats grouped by unit, in the order of the list (a unit where its first seat stands). */
export function groupByUnit(delegates: InvitationDelegate[]): UnitGroup[] {
  const groups: UnitGroup[] = [];
  const byKey = new Map<string, InvitationDelegate[]>();
  for (const d of delegates) {
    const key =
      d.unitId !== null ? `id:${d.unitId}` : d.unitName?.trim() ? `name:${nameKey(d.unitName)}` : null;
    if (key === null) {
      groups.push({ unit: null, seats: [d] });
      continue;
    }
    const seats = byKey.get(key);
    if (seats) seats.push(d);
    else {
      const created = [d];
      byKey.set(key, created);
      groups.push({ unit: d.unitId ?? -d.id, seats: created });
    }
  }
  return groups;
}

/** A seat as the unit's page lists it: "Ông/Bà Nguyễn Văn A - Bí thư Đoàn xã", or its position alone. */
export function seatLine(d: Pick<InvitationDelegate, 'name' | 'position'>): string {
  const position = d.position?.trim() || null;
  if (d.name?.trim()) return [t.seatName(d.name.trim()), position].filter(Boolean).join(' - ');
  return position ?? t.seatUnnamed;
}

export function unitLink(
  baseUrl: string,
  c: Pick<InvitationConference, 'id' | 'secret' | 'date'>,
  unit: number,
  today: string,
): string {
  const token = signUnitToken(c.secret, { conferenceId: c.id, unit, expires: tokenExpiry(c.date, today) });
  return `${baseUrl}/moi/${token}`;
}

/** The unit as the page addresses it: its committee for an administrative unit, else its name. */
async function unitAddresses(db: Db, ids: number[]): Promise<Map<number, string>> {
  if (ids.length === 0) return new Map();
  const rows = await unitsByIds(db, ids);
  return new Map(rows.map((u) => [u.id, isAdminUnit(u.level) ? committee(u.full_name) : u.name]));
}

/** "UBND xã Cẩm Bình" → "Ủy ban nhân dân xã Cẩm Bình"; other names as written. */
const spelledOut = (name: string) => name.trim().replace(/^UBND\s+/i, t.committeeSpelled);

/** The pages of the per-unit batch. */
export async function unitPages(
  db: Db,
  c: InvitationConference,
  delegates: InvitationDelegate[],
  baseUrl: string,
  today: string,
): Promise<InvitationPage[]> {
  const groups = groupByUnit(delegates);
  const addresses = await unitAddresses(db, [
    ...new Set(groups.flatMap((g) => (g.unit !== null && g.unit > 0 ? [g.unit] : []))),
  ]);
  return groups.map((g) => {
    const first = g.seats[0];
    const link =
      g.unit === null ? personalLink(baseUrl, c, first, today) : unitLink(baseUrl, c, g.unit, today);
    if (g.unit === null)
      return { invitee: inviteeLine(first), lines: pointLines(first), link, qrPng: qrPng(link) };
    const invitee = (g.unit > 0 ? addresses.get(g.unit) : undefined) ?? spelledOut(first.unitName ?? '');
    const points = new Map<string, { label: string; text: string }>();
    for (const s of g.seats) for (const l of pointLines(s)) points.set(l.text, l);
    return {
      invitee,
      lines: [{ label: t.seats, text: g.seats.map(seatLine).join('; ') }, ...points.values()],
      link,
      qrPng: qrPng(link),
    };
  });
}

export const UNIT_QR_CAPTION = t.unitQrCaption;

/** The seat's own token, as its personal link carries it. */
export const seatToken = (
  c: { id: number; secret: string; date: string | null },
  seat: Pick<UnitSeatRow, 'id' | 'token_version'>,
  today: string,
) =>
  signToken(c.secret, {
    conferenceId: c.id,
    delegateId: seat.id,
    version: seat.token_version,
    expires: tokenExpiry(c.date, today),
  });
