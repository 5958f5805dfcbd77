import { tableDate } from '../../core/dates/vn-dates';
import { vi } from '../i18n/vi';

const VIETNAM_OFFSET_MS = 7 * 3600_000;

/** A timestamp as dd/mm/yyyy HH:mm (or HH:mm:ss) in Vietnam's time zone (UTC+7, no daylight saving). */
export function dateTimeVn(iso: string, withSeconds = false): string {
  const time = new Date(iso).getTime();
  if (Number.isNaN(time)) return iso;
  const shifted = new Date(time + VIETNAM_OFFSET_MS).toISOString();
  const day = tableDate(shifted.slice(0, 10));
  return `${day} ${shifted.slice(11, withSeconds ? 19 : 16)}`;
}

/** dd/mm/yyyy, or a dash when the date is unknown. */
export function TableDate({ iso }: { iso: string | null | undefined }) {
  return <>{iso ? tableDate(iso) : vi.common.none}</>;
}

/** The validity of a unit: "Hiện hành" when it has no end date. */
export function validityText(validFrom: string | null, validTo: string | null): string {
  return vi.units.validity(validFrom ? tableDate(validFrom) : null, validTo ? tableDate(validTo) : null);
}
