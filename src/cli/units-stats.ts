import { IsoDate } from '../contracts/common';
import type { Config } from '../server/platform/config';
import { unitStats } from '../server/features/units/units.service';
import { todayInVietnam } from '../core/dates/vn-dates';
import { withDatabase } from './with-database';
import type { CliOptions } from './main';

export async function unitsStats(config: Config, options: CliOptions): Promise<void> {
  const at = IsoDate.safeParse(options.at ?? todayInVietnam());
  if (!at.success) throw new Error(`Ngày không hợp lệ: ${options.at}`);
  const stats = await withDatabase({ ...config, seedDemo: config.seedDemo }, (db) => unitStats(db, at.data));
  if (options.json) console.log(JSON.stringify(stats));
  else
    console.log(
      `Ngày ${at.data}: ${stats.province} tỉnh, ${stats.district} huyện, ${stats.commune} xã, ${stats.village} thôn/tổ dân phố.`,
    );
}
