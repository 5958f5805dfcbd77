import { and, desc, eq, gte, isNull, like, lte, or, sql } from 'drizzle-orm';
import { nameMappings } from '../../db/schema/plans';
import { units } from '../../db/schema/units';
import type { Db } from '../../platform/database';

const areaUnitColumns = {
  id: units.id,
  code: units.code,
  path: units.path,
  level: units.level,
  parent_id: units.parentId,
  name: units.name,
  full_name: units.fullName,
  short_name: units.shortName,
};

export interface AreaUnit {
  id: number;
  code: string;
  path: string;
  level: string;
  parent_id: number | null;
  name: string;
  full_name: string;
  short_name: string | null;
}

/** The units under a path that are valid on `today`. */
export function selectAreaUnits(db: Db, path: string, today: string): Promise<AreaUnit[]> {
  return db
    .select(areaUnitColumns)
    .from(units)
    .where(
      and(
        like(units.path, path + '%'),
        or(isNull(units.validTo), gte(units.validTo, today)),
        or(isNull(units.validFrom), lte(units.validFrom, today)),
      ),
    );
}

/** The names of an area's plans mapped to a unit or a position. */
export function selectNameMappings(db: Db, areaUnitId: number) {
  return db
    .select({ nameKey: nameMappings.nameKey, unitId: nameMappings.unitId, position: nameMappings.position })
    .from(nameMappings)
    .where(eq(nameMappings.areaUnitId, areaUnitId));
}

/** A unit by id or code, wherever it is; the latest valid one of a code. */
export async function findAnyUnit(db: Db, ref: number | string): Promise<AreaUnit | undefined> {
  const [unit] = await db
    .select(areaUnitColumns)
    .from(units)
    .where(typeof ref === 'number' ? eq(units.id, ref) : eq(units.code, ref))
    .orderBy(sql`${desc(units.validFrom)} NULLS LAST`)
    .limit(1);
  return unit;
}
