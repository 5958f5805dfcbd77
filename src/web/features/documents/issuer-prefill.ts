import { useQueryClient } from '@tanstack/react-query';
import { useRef } from 'react';
import type { UnitSummary } from '../../../contracts/units';
import { unitDetailQuery } from '../units/units.queries';

export interface IssuerPrefill {
  issuerParent: string;
  issuerName: string;
  place: string;
}

const isAdminUnit = (unit: UnitSummary) => unit.level !== 'organization';
/** How an administrative unit's people's committee is printed in a letterhead. */
const committee = (unit: UnitSummary, short: boolean) =>
  `${short ? 'UBND' : 'ỦY BAN NHÂN DÂN'} ${unit.fullName}`.toUpperCase();

/**
 * The letterhead lines for an issuing unit, upper case as printed (NĐ 30, element 2), and the place name:
 * an organization under xã Cẩm Xuyên → "UBND XÃ CẨM XUYÊN" / its name / "Cẩm Xuyên".
 */
export function issuerPrefill(unit: UnitSummary, parent: UnitSummary | null): IssuerPrefill {
  if (isAdminUnit(unit)) {
    return {
      issuerParent: parent && isAdminUnit(parent) ? committee(parent, true) : '',
      issuerName: committee(unit, false),
      place: unit.name,
    };
  }
  return {
    issuerParent: parent ? (isAdminUnit(parent) ? committee(parent, true) : parent.name.toUpperCase()) : '',
    issuerName: unit.name.toUpperCase(),
    place: parent && isAdminUnit(parent) ? parent.name : '',
  };
}

const PREFILLED: (keyof IssuerPrefill)[] = ['issuerParent', 'issuerName', 'place'];

/**
 * Letterhead lines that follow the issuing unit until the user types their own. Returns the function to call with
 * the unit chosen; `apply` receives how to turn the current lines into the patch to set.
 */
export function useIssuerPrefill(
  apply: (patchOf: (current: IssuerPrefill) => Partial<IssuerPrefill>) => void,
): (unit: UnitSummary | null) => Promise<void> {
  const queryClient = useQueryClient();
  const last = useRef<IssuerPrefill>({ issuerParent: '', issuerName: '', place: '' });
  return async (unit) => {
    if (!unit) return;
    const parent = unit.parentCode
      ? await queryClient.fetchQuery(unitDetailQuery(unit.parentCode, undefined)).catch(() => null)
      : null;
    const next = issuerPrefill(unit, parent);
    apply((current) => {
      const patch: Partial<IssuerPrefill> = {};
      for (const key of PREFILLED)
        if (current[key].trim() === '' || current[key] === last.current[key]) patch[key] = next[key];
      last.current = next;
      return patch;
    });
  };
}
