import fs from 'node:fs';
import { CreateUnitBody } from '../contracts/units';
import type { Config } from '../server/platform/config';
import { vietnamToday, type Clock } from '../server/platform/clock';
import { SYSTEM_ACTOR } from '../server/platform/actor';
import { seedAdminUnits } from '../server/features/units/units.seed';
import { createUnit, unitStats } from '../server/features/units/units.service';
import { withDatabase } from './with-database';
import type { CliOptions } from './main';

/** Loads the official units when missing; with --villages, adds villages and organizations from a CSV in one transaction. */
export async function unitsImport(config: Config, options: CliOptions, clock: Clock): Promise<void> {
  await withDatabase(config, clock, async (db) => {
    const report = await seedAdminUnits(db, clock);
    const today = vietnamToday(clock);
    const stats = await unitStats(db, '2025-07-01');
    console.log(
      report
        ? `Đã nạp ${report.units} đơn vị và ${report.successions} liên kết.`
        : `Danh mục đơn vị đã có (${stats.province} tỉnh, ${stats.commune} xã hiện hành).`,
    );
    if (!options.villages) return;
    const [header, ...lines] = fs
      .readFileSync(options.villages, 'utf8')
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/);
    const columns = header!.split(',').map((c) => c.trim());
    const bodies = lines.map((line, index) => {
      const cells: Record<string, string> = Object.fromEntries(
        line.split(',').map((v, i) => [columns[i] ?? '', v.trim()]),
      );
      const parsed = CreateUnitBody.safeParse({
        parent: cells.parent,
        level: cells.level,
        type: cells.type,
        name: cells.name,
        shortName: cells.short_name || null,
      });
      if (!parsed.success)
        throw new Error(`Dòng ${index + 2}: ${parsed.error.issues.map((i) => i.message).join('; ')}`);
      return parsed.data;
    });
    await db.transaction(async (tx) => {
      for (const [index, body] of bodies.entries()) {
        await createUnit(tx, SYSTEM_ACTOR, body, today).catch((error: Error) => {
          throw new Error(`Dòng ${index + 2}: ${error.message}`);
        });
      }
    });
    console.log(`Đã thêm ${bodies.length} thôn, tổ dân phố hoặc cơ quan.`);
  });
}
