import { z } from 'zod';
import type { delegates } from '../../../db/schema/conferences';
import type { Db } from '../../../platform/database';
import { AppError } from '../../../platform/errors';
import type { DelegateImportResult } from '../../../../contracts/conferences';
import { delegateKey } from '../../../../core/conferences/delegate-keys';
import { foldVietnamese } from '../../../../core/vn-text/fold';
import type { Actor } from '../../../platform/actor';
import { parseRunner } from '../../imports/parse-runner';
import {
  assertChangesConference,
  auditConference,
  requireConference,
} from '../conference/conference-access.service';
import { isXlsx, type SheetRow } from './delegate-sheet.import';
import { UnitMatcher } from './delegate-units.service';
import { dedupeLabels, groupsAndPointsForImport, insertDelegates } from './delegates.repo';
import { delegatesMessages as m } from './delegates.messages';

export interface Upload {
  fileName: string;
  data: Buffer;
}

const Email = z.email();
const CHUNK = 500;

/** Folded titles of the conference's groups and points, for matching the names a sheet gives. */
async function namesOf(db: Db, conferenceId: number) {
  const { groups, points } = await groupsAndPointsForImport(db, conferenceId);
  const groupByKey = new Map(groups.map((g) => [foldVietnamese(g.title), g]));
  const pointByKey = new Map<string, number>();
  for (const p of points)
    for (const name of [p.name, p.name.replace(/^điểm cầu\s+/iu, ''), p.unit_name])
      if (name && !pointByKey.has(foldVietnamese(name))) pointByKey.set(foldVietnamese(name), p.id);
  return { groupByKey, pointByKey };
}

/**
 * POST /api/conferences/:id/delegates/import: the delegates of an Excel list. Rows without a name, with a bad
 * e-mail or naming an unknown group or point are reported by row; rows already in the list (or twice in the file)
 * are reported as duplicates; the rest are added in one transaction, with one audit row for the import.
 * The file is read only after the scope check, and checked by its bytes before it is parsed.
 */
export async function importDelegates(
  db: Db,
  actor: Actor,
  conferenceId: number,
  readUpload: () => Promise<Upload>,
  today: string,
): Promise<DelegateImportResult> {
  const conference = await requireConference(db, conferenceId);
  assertChangesConference(actor, conference);
  const upload = await readUpload();
  if (!(await isXlsx(upload.data)))
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', m.notAWorkbook(upload.fileName), {
      fileName: upload.fileName,
    });
  // Read in a parse worker (delegate-sheet.import.ts readDelegateSheet), never on the event loop.
  const { rows } = await parseRunner().readSheet('delegates', upload.data);
  const { groupByKey, pointByKey } = await namesOf(db, conferenceId);
  const matcher = await UnitMatcher.forConference(db, conference, today);
  const existing = new Map((await dedupeLabels(db, conferenceId)).map((d) => [d.dedupe_key, d.label]));
  const result: DelegateImportResult = { imported: 0, duplicates: [], errors: [] };
  const inFile = new Map<string, number>();
  const toInsert: (typeof delegates.$inferInsert & { row: number })[] = [];
  for (const entry of rows) {
    const values = readRow(entry, groupByKey, pointByKey, matcher);
    if ('error' in values) {
      result.errors.push({ row: entry.row, message: m.rowError(entry.row, values.error) });
      continue;
    }
    const dedupeKey = delegateKey(values);
    const before = inFile.get(dedupeKey);
    if (before !== undefined) {
      result.duplicates.push({
        row: entry.row,
        name: values.name,
        reason: m.sameAsRow(before),
      });
      continue;
    }
    inFile.set(dedupeKey, entry.row);
    if (existing.has(dedupeKey)) {
      result.duplicates.push({
        row: entry.row,
        name: values.name,
        reason: m.alreadyListedAs(existing.get(dedupeKey)),
      });
      continue;
    }
    toInsert.push({ ...values, conferenceId, source: 'import', dedupeKey, row: entry.row });
  }
  await db.transaction(async (tx) => {
    for (let i = 0; i < toInsert.length; i += CHUNK) {
      const chunk = toInsert.slice(i, i + CHUNK);
      const saved = await insertDelegates(
        tx,
        chunk.map(({ row: _row, ...values }) => values),
      );
      result.imported += saved.length;
      // Added by someone else while this file was read: a duplicate too.
      if (saved.length < chunk.length) {
        const keys = new Set(saved.map((s) => s.dedupeKey));
        for (const d of chunk.filter((c) => !keys.has(c.dedupeKey)))
          result.duplicates.push({
            row: d.row,
            name: d.name ?? '',
            reason: m.alreadyInList,
          });
      }
    }
    await auditConference(tx, actor, conference, 'delegate.import', {
      entityType: 'conference',
      entityId: conference.id,
      after: {
        fileName: upload.fileName,
        rows: rows.length,
        imported: result.imported,
        duplicates: result.duplicates.length,
        errors: result.errors.length,
      },
    });
  });
  result.duplicates.sort((a, b) => a.row - b.row);
  return result;
}

function readRow(
  entry: SheetRow,
  groupByKey: Map<string, { id: number; point_id: number | null }>,
  pointByKey: Map<string, number>,
  matcher: UnitMatcher,
):
  | {
      name: string;
      position: string | null;
      unitId: number | null;
      unitName: string | null;
      phone: string | null;
      email: string | null;
      groupId: number | null;
      pointId: number | null;
      seat: string | null;
    }
  | { error: string } {
  const name = entry.name?.trim() ?? '';
  if (!/\p{L}/u.test(name)) return { error: m.rowNoName };
  const email = entry.email
    ? entry.email
        .replace(/^mailto:/i, '')
        .trim()
        .toLowerCase()
    : null;
  if (email && !Email.safeParse(email).success) return { error: m.rowBadEmail(entry.email) };
  let group: { id: number; point_id: number | null } | null = null;
  if (entry.group) {
    group = groupByKey.get(foldVietnamese(entry.group)) ?? null;
    if (!group) return { error: m.rowNoGroup(entry.group) };
  } else if (entry.section) group = groupByKey.get(foldVietnamese(entry.section)) ?? null;
  let pointId: number | null = null;
  if (entry.point) {
    pointId = pointByKey.get(foldVietnamese(entry.point)) ?? null;
    if (!pointId) return { error: m.rowNoPoint(entry.point) };
  }
  // A phone typed as a number loses its leading 0 (912345678).
  const phone = entry.phone ? (/^[1-9]\d{8}$/.test(entry.phone) ? `0${entry.phone}` : entry.phone) : null;
  const unitName = entry.unit?.trim() || null;
  return {
    name: name.slice(0, 200),
    position: entry.position?.slice(0, 300) ?? null,
    unitId: unitName ? matcher.match(unitName) : null,
    unitName: unitName?.slice(0, 500) ?? null,
    phone: phone?.slice(0, 30) ?? null,
    email,
    groupId: group?.id ?? null,
    pointId: pointId ?? group?.point_id ?? null,
    seat: entry.seat?.slice(0, 50) ?? null,
  };
}
