import { IsoDate } from '../contracts/common';
import type { Config } from '../server/platform/config';
import { unitStats } from '../server/features/units/units.service';
import { vietnamToday, type Clock } from '../server/platform/clock';
import { withDatabase } from './with-database';
import type { CliOptions } from './main';

export async function unitsStats(config: Config, options: CliOptions, clock: Clock): Promise<void> {
  const at = IsoDate.safeParse(options.at ?? vietnamToday(clock));
  if (!at.success) throw new Error(`Ngày không hợp lệ: ${options.at}`);
  const stats = await withDatabase({ ...config, seedDemo: config.seedDemo }, clock, (db) =>
    unitStats(db, at.data),
  );
  if (options.json) console.log(JSON.stringify(stats));
  else
    console.log(
      `Ngày ${at.data}: ${stats.province} tỉnh, ${stats.district} huyện, ${stats.commune} xã, ${stats.village} thôn/tổ dân phố.`,
    );
}
