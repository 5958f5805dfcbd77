import type { Db } from '../../../platform/database';
import { AppError } from '../../../platform/errors';
import { PartyResolver, type PlanArea } from '../../plans/parties';
import { findUnitRef } from './conference.repo';
import { conferenceMessages as m } from './conference.messages';

/** A unit named in a conference: matched (id and path), or kept as the text written (unitId null). */
export interface UnitRef {
  unitId: number | null;
  path: string | null;
  name: string;
}

const CODE = /^\d+(-[A-Z0-9]+)*$/;

/**
 * Resolves the units a conference names (point hosts, units joining at a point, checklist owners, presenters): an id
 * or a code anywhere (units are reference data), a name within the host's area through the plans' name matching;
 * a name that matches nothing is kept as text for the organiser to complete.
 */
export class UnitRefs {
  private constructor(private readonly resolver: PartyResolver) {}

  static async forArea(db: Db, area: PlanArea, today: string): Promise<UnitRefs> {
    return new UnitRefs(await PartyResolver.forArea(db, area, today));
  }

  async resolve(db: Db, ref: number | string): Promise<UnitRef> {
    if (typeof ref === 'number' || CODE.test(ref.trim())) {
      const unit = await findUnitRef(db, typeof ref === 'number' ? ref : ref.trim());
      if (!unit) throw new AppError('VALIDATION_FAILED', m.unitCodeNotFound(ref), { unit: ref });
      return { unitId: unit.id, path: unit.path, name: unit.full_name };
    }
    const name = ref.trim();
    const found = this.resolver.describe(name);
    return found.kind === 'unit' && found.unitCode
      ? this.resolve(db, found.unitCode)
      : { unitId: null, path: null, name };
  }
}
