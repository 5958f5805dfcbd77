import fs from 'node:fs/promises';
import { AppError } from '../server/platform/errors';
import { ParseRunner } from '../server/features/imports/parse-runner';
import { MAX_IMPORT_BYTES } from '../server/features/imports/readers';

/**
 * `plan import FILE --json`: the draft read from a plan file, as JSON on stdout and nothing else. A plan read with
 * warnings exits 0 (the warnings are in the JSON); a file that cannot be read exits 2 with the reason on stderr. The
 * file is read in a worker thread within the server's bounds (parse-runner.ts), so a zip bomb or a file too slow to
 * read is a reason too.
 */
export async function planImport(file: string): Promise<void> {
  const fail = (message: string) => {
    console.error(`Không đọc được tệp ${file}: ${message}`);
    process.exitCode = 2;
  };
  let size: number;
  try {
    size = (await fs.stat(file)).size;
  } catch {
    return fail('không tìm thấy tệp hoặc không có quyền đọc.');
  }
  if (size > MAX_IMPORT_BYTES) return fail(`tệp lớn hơn ${MAX_IMPORT_BYTES / 1024 / 1024} MB.`);
  const runner = new ParseRunner();
  try {
    const { draft } = await runner.parse(new Uint8Array(await fs.readFile(file)), file);
    process.stdout.write(`${JSON.stringify(draft, null, 2)}\n`);
  } catch (error) {
    // Refused (415), too large when inflated or too heavy to read (413), too slow (415 timeout): the reason.
    if (error instanceof AppError && error.code !== 'INTERNAL') return fail(error.message);
    throw error;
  } finally {
    await runner.close();
  }
}
