import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../../platform/database';
import { AppError } from '../../../platform/errors';
import { PartyResolver, type PlanArea } from '../../plans/parties';

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

  static async forArea(db: Db, area: PlanArea): Promise<UnitRefs> {
    return new UnitRefs(await PartyResolver.forArea(db, area));
  }

  async resolve(db: Db, ref: number | string): Promise<UnitRef> {
    if (typeof ref === 'number' || CODE.test(ref.trim())) {
      const where = typeof ref === 'number' ? sql`id = ${ref}` : sql`code = ${ref.trim()}`;
      const [unit] = await queryRows<{ id: number; path: string; full_name: string }>(
        db,
        sql`SELECT id, path, full_name FROM units WHERE ${where}
            ORDER BY (valid_to IS NULL) DESC, valid_from DESC NULLS LAST LIMIT 1`,
      );
      if (!unit)
        throw new AppError('VALIDATION_FAILED', `Không tìm thấy đơn vị ${String(ref)}.`, { unit: ref });
      return { unitId: unit.id, path: unit.path, name: unit.full_name };
    }
    const name = ref.trim();
    const found = this.resolver.describe(name);
    return found.kind === 'unit' && found.unitCode
      ? this.resolve(db, found.unitCode)
      : { unitId: null, path: null, name };
  }
}
