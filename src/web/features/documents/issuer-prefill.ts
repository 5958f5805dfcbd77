import type { UnitSummary } from '../../../contracts/units';

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
