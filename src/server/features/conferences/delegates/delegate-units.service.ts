import type { Db } from '../../../platform/database';
import { AppError } from '../../../platform/errors';
import { matchParty, partyKey, type PartyCandidate } from '../../../../core/vn-text/party-names';
import type { ConferenceRow } from '../conference/conference-access.service';
import { unitsAt, type AreaUnit } from './delegate-groups.repo';
import { unitByIdOrCode } from './delegates.repo';
import { delegatesMessages } from './delegates.messages';

/** A delegate's unit: a unit of the tree when one matched, and the name to show. */
export interface DelegateUnit {
  unitId: number | null;
  unitName: string | null;
}

const BODY_PREFIX = /^(uy ban nhan dan|hoi dong nhan dan|dang uy|mat tran to quoc|cong an|quan su) /;
const UNIT_CODE = /^\d+(-[A-Z0-9]+)*$/;

/**
 * Names a delegate's unit as the organiser wrote it ("UBND xã Cẩm Bình", "Phòng Văn hóa và Thông tin huyện") and
 * finds the unit of the conference's area it stands for: the same name (folded, abbreviations expanded, a leading
 * UBND/HĐND/Đảng ủy dropped), else a close match among the area's bodies and communes. Loaded once per import.
 */
export class UnitMatcher {
  private readonly cache = new Map<string, number | null>();
  private readonly exact = new Map<string, number | null>();

  private constructor(
    private readonly units: AreaUnit[],
    private readonly candidates: PartyCandidate[],
  ) {
    for (const u of units)
      for (const name of [u.name, u.full_name, u.short_name]) {
        if (!name) continue;
        const key = partyKey(name);
        // Two units of one name (two "Xã Hòa Bình" in a province): the name alone decides nothing.
        this.exact.set(key, this.exact.has(key) && this.exact.get(key) !== u.id ? null : u.id);
      }
  }

  static async forConference(
    db: Db,
    conference: Pick<ConferenceRow, 'areaPath' | 'date'>,
    today: string,
  ): Promise<UnitMatcher> {
    const units = await unitsAt(db, conference.date ?? today, {
      under: conference.areaPath,
      levels: ['district', 'commune', 'organization'],
    });
    const ancestors = conference.areaPath.split('/').filter(Boolean).map(Number);
    units.push(...(await unitsAt(db, today, { ids: ancestors.slice(0, -1) })));
    const candidates = units.map((u) => ({
      id: u.id,
      level: u.level,
      names: [u.name, u.full_name, ...(u.short_name ? [u.short_name] : [])],
    }));
    return new UnitMatcher(units, candidates);
  }

  /** The unit id for a written name, or null when none matches surely. */
  match(name: string): number | null {
    const key = partyKey(name);
    if (this.cache.has(key)) return this.cache.get(key)!;
    let id: number | null = null;
    for (const variant of [key, key.replace(BODY_PREFIX, '')]) {
      const hit = this.exact.get(variant);
      if (hit !== undefined) {
        id = hit;
        break;
      }
    }
    if (id === null && !this.exact.has(key)) {
      const fuzzy = matchParty(name, this.candidates);
      id = fuzzy && fuzzy.confidence >= 0.9 ? fuzzy.id : null;
    }
    this.cache.set(key, id);
    return id;
  }

  unit(id: number): AreaUnit | undefined {
    return this.units.find((u) => u.id === id);
  }
}

/**
 * A unit reference of the API: an id or a code names a unit of the tree (anywhere: a province leader attends a
 * district's conference); a name is matched in the area and kept as written.
 */
export async function resolveUnitRef(
  db: Db,
  conference: Pick<ConferenceRow, 'areaPath' | 'date'>,
  ref: number | string | null | undefined,
  today: string,
  matcher?: UnitMatcher,
): Promise<DelegateUnit> {
  if (ref === null || ref === undefined || ref === '') return { unitId: null, unitName: null };
  if (typeof ref === 'number' || UNIT_CODE.test(ref)) {
    const unit = await unitByIdOrCode(db, ref);
    if (!unit)
      throw new AppError('VALIDATION_FAILED', delegatesMessages.unitNotFound(ref), [
        { path: 'unit', message: delegatesMessages.noSuchUnit },
      ]);
    return { unitId: unit.id, unitName: unit.full_name };
  }
  const name = ref.normalize('NFC').trim();
  const m = matcher ?? (await UnitMatcher.forConference(db, conference, today));
  return { unitId: m.match(name), unitName: name };
}
