import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Db } from '../../platform/database';
import type { Clock } from '../../platform/clock';
import { typeFromFullName } from '../../../core/units/unit-types';
import { recordAudit } from '../audit/audit.service';
import { analyzeUnits, countOfficialUnits, loadUnits, takeUnitIds, unitKeys } from './units.repo';
import { SEED_UNIT_TYPES } from './units.messages';

export const referenceDir = fileURLToPath(new URL('../../../../reference-data/admin-units', import.meta.url));

/** The day the two-level structure took effect (Luật 72/2025/QH15, NQ 202/2025/QH15). */
export const REFORM_DATE = '2025-07-01';
const LAST_OLD_DAY = '2025-06-30';
/** Codes of the mapping that differ from the official list (reference-data/admin-units/README.md). */
const MAPPING_CODE_FIXES: Record<string, string> = { '06970': '06978', '23737': '23938' };

type Row = Record<string, string>;

function readCsv(file: string): Row[] {
  const [header, ...lines] = fs.readFileSync(`${referenceDir}/${file}`, 'utf8').trim().split(/\r?\n/);
  const columns = header!.split(',');
  return lines.map((line) => {
    const cells = line.split(',');
    return Object.fromEntries(columns.map((c, i) => [c, (cells[i] ?? '').normalize('NFC')]));
  });
}

interface NewUnit {
  id: number;
  code: string;
  level: 'province' | 'district' | 'commune';
  type: string;
  name: string;
  fullName: string;
  parentId: number | null;
  path: string;
  validFrom: string | null;
  validTo: string | null;
}

interface MergeFile {
  data: {
    level1_id: string;
    merges: { old_id: string; type: string }[];
    level2s: { level2_id: string; merges: { old_id: string; type: string }[] }[];
  }[];
}

export interface SeedReport {
  units: number;
  successions: number;
  skippedMappings: string[];
}

function requireType(level: NewUnit['level'], fullName: string): string {
  const type = typeFromFullName(level, fullName);
  if (!type) throw new Error(`Unknown ${level} type in "${fullName}"`);
  return type;
}

/** Loads both structures and their succession links, once; returns null when units are already there. */
export async function seedAdminUnits(db: Db, clock: Clock): Promise<SeedReport | null> {
  if ((await countOfficialUnits(db)) > 0) return null;

  const oldProvinces = readCsv('provinces_pre2025-07.csv');
  const oldDistricts = readCsv('districts_pre2025-07.csv');
  const oldCommunes = readCsv('communes_pre2025-07.csv');
  const newProvinces = readCsv('provinces_2025-07.csv');
  const newCommunes = readCsv('communes_2025-07.csv');
  const total =
    oldProvinces.length + oldDistricts.length + oldCommunes.length + newProvinces.length + newCommunes.length;

  const ids = await takeUnitIds(db, total);
  let next = 0;
  const takeId = () => ids[next++]!;

  const all: NewUnit[] = [];
  const byKey = new Map<string, NewUnit>();
  const add = (u: Omit<NewUnit, 'id' | 'path'>, parent: NewUnit | null, era: 'old' | 'new') => {
    const id = takeId();
    const unit = { ...u, id, path: `${parent?.path ?? '/'}${id}/` };
    all.push(unit);
    byKey.set(`${era}:${u.level}:${u.code}`, unit);
    return unit;
  };

  /** A unit from a CSV row of the given level, under `parent`, in the old or the new structure. */
  const addRow = (
    level: NewUnit['level'],
    row: Row,
    parent: NewUnit | null,
    era: 'old' | 'new',
    type?: string,
  ) =>
    add(
      {
        code: row.code!,
        level,
        type: type ?? requireType(level, row.full_name!),
        name: row.name!,
        fullName: row.full_name!,
        parentId: parent?.id ?? null,
        ...(era === 'old'
          ? { validFrom: null, validTo: LAST_OLD_DAY }
          : { validFrom: REFORM_DATE, validTo: null }),
      },
      parent,
      era,
    );

  for (const p of oldProvinces) addRow('province', p, null, 'old');
  for (const d of oldDistricts) {
    const parent = byKey.get(`old:province:${d.province_code}`)!;
    const type = requireType('district', d.full_name!);
    // A city inside a centrally-run city (Thủ Đức) is not a "thành phố thuộc tỉnh".
    const isCityInMunicipality =
      type === SEED_UNIT_TYPES.provincialCity && parent.type === SEED_UNIT_TYPES.municipality;
    addRow('district', d, parent, 'old', isCityInMunicipality ? SEED_UNIT_TYPES.cityInMunicipality : type);
  }
  for (const c of oldCommunes) addRow('commune', c, byKey.get(`old:district:${c.district_code}`)!, 'old');
  for (const p of newProvinces) addRow('province', p, null, 'new');
  for (const c of newCommunes) addRow('commune', c, byKey.get(`new:province:${c.province_code}`)!, 'new');

  const merges = JSON.parse(
    fs.readFileSync(`${referenceDir}/mapping_new_to_old_merges.json`, 'utf8'),
  ) as MergeFile;
  const links: { predecessorId: number; successorId: number; kind: string; effectiveDate: string }[] = [];
  const skipped: string[] = [];
  const link = (oldUnit: NewUnit | undefined, newUnit: NewUnit | undefined, kind: string, label: string) => {
    if (!oldUnit || !newUnit) {
      skipped.push(label);
      return;
    }
    links.push({
      predecessorId: oldUnit.id,
      successorId: newUnit.id,
      kind: kind === 'partial' ? 'partial' : 'full',
      effectiveDate: REFORM_DATE,
    });
  };
  for (const province of merges.data) {
    const newProvince = byKey.get(`new:province:${province.level1_id}`);
    for (const m of province.merges)
      link(byKey.get(`old:province:${m.old_id}`), newProvince, m.type, `province ${m.old_id}`);
    for (const commune of province.level2s) {
      const newCommune = byKey.get(
        `new:commune:${MAPPING_CODE_FIXES[commune.level2_id] ?? commune.level2_id}`,
      );
      for (const m of commune.merges) {
        const oldLevel = m.old_id.length === 3 ? 'district' : 'commune';
        link(byKey.get(`old:${oldLevel}:${m.old_id}`), newCommune, m.type, `${oldLevel} ${m.old_id}`);
      }
    }
  }

  await db.transaction(async (tx) => {
    const createdAt = clock.now().toISOString();
    const unitRows = all.map((u) => ({
      id: u.id,
      code: u.code,
      level: u.level,
      type: u.type,
      name: u.name,
      full_name: u.fullName,
      parent_id: u.parentId,
      path: u.path,
      valid_from: u.validFrom,
      valid_to: u.validTo,
      search_key: unitKeys(u.name).searchKey,
      tone_key: unitKeys(u.name).toneKey,
      is_official: true,
      created_at: createdAt,
    }));
    await loadUnits(tx, unitRows, links);
    await recordAudit(tx, null, {
      action: 'units.import',
      entityType: 'unit',
      entityId: null,
      unit: null,
      after: { units: all.length, successions: links.length, skippedMappings: skipped.length },
    });
  });
  await analyzeUnits(db);
  return { units: all.length, successions: links.length, skippedMappings: skipped };
}
