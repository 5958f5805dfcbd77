import { nameMappings } from '../../db/schema/plans';
import type { Db } from '../../platform/database';

/** Remembers what a name means in an area (by its key), replacing what it meant before. */
export async function upsertMapping(
  db: Db,
  key: { areaUnitId: number; nameKey: string },
  meaning: { name: string; unitId: number | null; position: string | null; createdBy: number | null },
): Promise<void> {
  await db
    .insert(nameMappings)
    .values({ ...key, ...meaning })
    .onConflictDoUpdate({ target: [nameMappings.areaUnitId, nameMappings.nameKey], set: meaning });
}
