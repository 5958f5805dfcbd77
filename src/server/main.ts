import { loadConfig } from './platform/config';
import { buildApp } from './app';
import { prepareDatabase, readDemoAccounts } from './bootstrap';
import { DataDirLockedError } from './platform/data-dir-lock';

// config -> database -> app -> listen
const config = loadConfig();
const started = Date.now();
try {
  const { database, unitsSeeded } = await prepareDatabase(config);
  const app = await buildApp({ database, config, logger: true });
  await app.listen({ port: config.port, host: config.host });
  if (unitsSeeded) console.log(`Đã nạp ${unitsSeeded.units} đơn vị hành chính và ${unitsSeeded.successions} liên kết sáp nhập.`);
  const demo = readDemoAccounts(config.dataDir);
  if (demo) console.log(`\n${demo}`);
  console.log(
    `PhongTrào sẵn sàng tại http://localhost:${config.port} (${database.kind === 'pglite' ? `PGlite, ${config.dataDir}` : 'PostgreSQL'}) sau ${((Date.now() - started) / 1000).toFixed(1)} giây.`,
  );
  const stop = async () => {
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
} catch (error) {
  if (error instanceof DataDirLockedError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
