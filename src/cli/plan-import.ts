import fs from 'node:fs/promises';
import { parsePlanText } from '../core/import/parse-plan';
import { MAX_IMPORT_BYTES, readPlanFile, UnreadableFileError } from '../server/features/imports/readers';

/**
 * `plan import FILE --json`: the draft read from a plan file, as JSON on stdout and nothing else. A plan read with
 * warnings exits 0 (the warnings are in the JSON); a file that cannot be read exits 2 with the reason on stderr.
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
  try {
    const { text } = await readPlanFile(new Uint8Array(await fs.readFile(file)), file);
    process.stdout.write(`${JSON.stringify(parsePlanText(text, { fileName: file }), null, 2)}\n`);
  } catch (error) {
    if (error instanceof UnreadableFileError) return fail(error.message);
    throw error;
  }
}
