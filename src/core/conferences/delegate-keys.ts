import { foldVietnamese } from '../vn-text/fold';
import { partyKey } from '../vn-text/party-names';

/**
 * A phone number as digits only, the country code +84 (or 84) written as the leading 0.
 * @example phoneDigits("+84 912.345.678") === "0912345678"
 */
export function phoneDigits(phone: string | null | undefined): string {
  let digits = (phone ?? '').replace(/\D+/g, '');
  if (digits.startsWith('00')) digits = digits.slice(2);
  // A Vietnamese number is 10 (mobile) or 11 (landline) digits with its 0; with +84 instead, 11 or 12.
  if (digits.startsWith('84') && (digits.length === 11 || digits.length === 12)) return `0${digits.slice(2)}`;
  return digits;
}

/** A post compared loosely: folded, abbreviations expanded, a trailing level word dropped ("Chủ tịch UBND xã"). */
export function postKey(post: string): string {
  return partyKey(post)
    .replace(/\buy ban mat tran\b/g, 'mat tran')
    .replace(/ (xa|phuong|thi tran|huyen|quan|thi xa|thanh pho|tinh|thon|to dan pho)$/, '')
    .trim();
}

export interface DelegateKeyInput {
  name?: string | null;
  position?: string | null;
  email?: string | null;
  phone?: string | null;
  unitId?: number | null;
  unitName?: string | null;
}

const unitPart = (d: DelegateKeyInput) => (d.unitId ? `u${d.unitId}` : foldVietnamese(d.unitName ?? ''));

/** The key of a seat (a post in a unit, not yet named): two seats of one post in one unit are one. */
export function seatKey(position: string, unitId: number | null, unitName?: string | null): string {
  return `seat:${postKey(position)}|${unitPart({ unitId, unitName: unitName ?? null })}`;
}

/**
 * What makes two delegates of one conference the same person: the e-mail (lower case), else the phone's digits,
 * else the folded name with the unit; an unnamed seat is its post in its unit.
 * @example delegateKey({ phone: "+84 912 345 678" }) === "tel:0912345678"
 */
export function delegateKey(d: DelegateKeyInput): string {
  const email = (d.email ?? '').trim().toLowerCase();
  if (email) return `mail:${email}`;
  const phone = phoneDigits(d.phone);
  if (phone.length >= 8) return `tel:${phone}`;
  const name = foldVietnamese(d.name ?? '');
  if (name) return `name:${name}|${unitPart(d)}`;
  return seatKey(d.position ?? '', d.unitId ?? null, d.unitName);
}
