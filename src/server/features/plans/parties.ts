import type { Db } from '../../platform/database';
import { AppError } from '../../platform/errors';
import {
  collectiveLevel,
  isPosition,
  matchParty,
  partyKey,
  type PartyCandidate,
} from '../../../core/vn-text/party-names';
import { findAnyUnit, selectAreaUnits, selectNameMappings, type AreaUnit } from './parties.repo';
import { plansMessages as m } from './plans.messages';

/** The area a plan governs: its administrative unit (an organization's parent) and that unit's path. */
export interface PlanArea {
  unitId: number;
  path: string;
  name: string;
}

/** What a name in a plan stands for, as the review screen shows it. */
export interface NameResolution {
  name: string;
  kind: 'unit' | 'collective' | 'position' | 'unmatched';
  unitCode: string | null;
  unitName: string | null;
  /** 1 for the same name or a remembered mapping, lower for a looser match, 0 when nothing matched. */
  confidence: number;
  /** True when a person set this mapping before. */
  mapped: boolean;
  /** How many units a collective name ("các xã") stands for. */
  members: number;
}

export interface ResolvedParty {
  unitId: number;
  unitPath: string;
  position: string | null;
  name: string;
  matched: boolean;
}

/**
 * Resolves the lead or coordinating parties of tasks against the units of one plan's area, loading the area's units
 * once for a whole batch of tasks.
 */
export class PartyResolver {
  private constructor(
    private readonly area: PlanArea,
    private readonly units: AreaUnit[],
    private readonly mappings: Map<string, { unitId: number | null; position: string | null }>,
  ) {}

  /** The area's units valid on `today` (the system's today for callers that do not pass one yet). */
  static async forArea(db: Db, area: PlanArea, today: string): Promise<PartyResolver> {
    // Villages far below a province are many; name matching needs the bodies and the units one level down.
    const rows = await selectAreaUnits(db, area.path, today);
    const mapped = await selectNameMappings(db, area.unitId);
    return new PartyResolver(
      area,
      rows,
      new Map(mapped.map((m) => [m.nameKey, { unitId: m.unitId, position: m.position }])),
    );
  }

  /** How a name resolves, without the unit ids: for an import's review screen. */
  describe(name: string): NameResolution {
    const mapping = this.mappings.get(partyKey(name));
    const unitOf = (id: number) => this.byId(id) ?? null;
    if (mapping) {
      const unit = mapping.unitId === null ? null : unitOf(mapping.unitId);
      return {
        name,
        kind: mapping.position ? 'position' : 'unit',
        unitCode: unit?.code ?? null,
        unitName: unit?.full_name ?? (mapping.position ? this.area.name : null),
        confidence: 1,
        mapped: true,
        members: 0,
      };
    }
    const level = collectiveLevel(name);
    if (level) {
      const members = this.units.filter((u) => u.level === level).length;
      if (members > 0)
        return {
          name,
          kind: 'collective',
          unitCode: null,
          unitName: null,
          confidence: 1,
          mapped: false,
          members,
        };
    }
    if (isPosition(name))
      return {
        name,
        kind: 'position',
        unitCode: null,
        unitName: this.area.name,
        confidence: 1,
        mapped: false,
        members: 0,
      };
    const match = matchParty(name, this.candidates());
    const unit = match ? unitOf(match.id) : null;
    return unit && match
      ? {
          name,
          kind: 'unit',
          unitCode: unit.code,
          unitName: unit.full_name,
          confidence: match.confidence,
          mapped: false,
          members: 0,
        }
      : { name, kind: 'unmatched', unitCode: null, unitName: null, confidence: 0, mapped: false, members: 0 };
  }

  private candidates(): PartyCandidate[] {
    return this.units
      .filter(
        (u) => u.level === 'organization' || u.parent_id === this.area.unitId || u.id === this.area.unitId,
      )
      .map((u) => ({
        id: u.id,
        level: u.level,
        names: [u.name, u.full_name, ...(u.short_name ? [u.short_name] : [])],
      }));
  }

  private byId(id: number): AreaUnit | undefined {
    return this.units.find((u) => u.id === id);
  }

  /** Parties for one list of references; an empty result for a non-empty list never happens. */
  async resolve(
    db: Db,
    refs: (number | string)[],
  ): Promise<{ parties: ResolvedParty[]; warnings: string[] }> {
    const parties: ResolvedParty[] = [];
    const warnings: string[] = [];
    const candidates = this.candidates();
    for (const ref of refs) {
      if (typeof ref === 'number' || /^\d+(-[A-Z0-9]+)*$/.test(ref)) {
        const unit =
          typeof ref === 'number'
            ? (this.byId(ref) ?? (await this.outside(db, ref)))
            : (this.units.find((u) => u.code === ref) ?? (await this.outside(db, ref)));
        parties.push({
          unitId: unit.id,
          unitPath: unit.path,
          position: null,
          name: unit.full_name,
          matched: true,
        });
        continue;
      }
      const name = ref.trim();
      const mapping = this.mappings.get(partyKey(name));
      if (mapping) {
        const unit = mapping.unitId === null ? null : this.byId(mapping.unitId);
        parties.push({
          unitId: unit?.id ?? this.area.unitId,
          unitPath: unit?.path ?? this.area.path,
          position: mapping.position,
          name,
          matched: true,
        });
        continue;
      }
      const level = collectiveLevel(name);
      if (level) {
        const members = this.units.filter((u) => u.level === level);
        if (members.length > 0) {
          for (const u of members)
            parties.push({ unitId: u.id, unitPath: u.path, position: null, name, matched: true });
          continue;
        }
      }
      const match = isPosition(name) ? null : matchParty(name, candidates);
      if (match) {
        const unit = this.byId(match.id)!;
        parties.push({ unitId: unit.id, unitPath: unit.path, position: null, name, matched: true });
        continue;
      }
      // A post in the plan's own unit ("Công chức Văn hóa - Xã hội xã"), or a name to map later.
      const positional = isPosition(name);
      parties.push({
        unitId: this.area.unitId,
        unitPath: this.area.path,
        position: name,
        name,
        matched: positional,
      });
      if (!positional) warnings.push(m.partyUnmatched(name, this.area.name));
    }
    return { parties: dedupe(parties), warnings };
  }

  private async outside(db: Db, ref: number | string): Promise<AreaUnit> {
    const unit = await findAnyUnit(db, ref);
    if (!unit) throw new AppError('VALIDATION_FAILED', m.partyNotFound);
    throw new AppError('OUT_OF_SCOPE', m.partyOutsideArea(unit.full_name, this.area.name), {
      unit: unit.code,
    });
  }
}

function dedupe(parties: ResolvedParty[]): ResolvedParty[] {
  const seen = new Set<string>();
  return parties.filter((p) => {
    const key = `${p.unitId}|${p.position ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
