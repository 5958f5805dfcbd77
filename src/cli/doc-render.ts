import fs from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { DocumentDraft } from '../contracts/documents';
import { renderDocx } from '../core/documents/build-docx';
import type { Config } from '../server/platform/config';
import { docxToPdf, isPdfAvailable, PdfUnavailableError } from '../server/platform/pdf';
import type { CliOptions } from './main';

/** The Vietnamese name of each top-level field of a draft, so an error names what the officer knows. */
const FIELD_NAMES: Record<string, string> = {
  kind: 'loại văn bản',
  issuer: 'cơ quan ban hành',
  number: 'số',
  symbol: 'ký hiệu',
  place: 'địa danh',
  date: 'ngày ban hành',
  title: 'trích yếu',
  recipientsTo: 'kính gửi',
  legalBases: 'căn cứ',
  sections: 'nội dung',
  signer: 'người ký',
  recipients: 'nơi nhận',
  urgency: 'độ khẩn',
  invitation: 'giấy mời',
  decision: 'quyết định',
  minutes: 'biên bản',
};

/** `sections[0].title (nội dung)`: the path as in the JSON file, then the field's Vietnamese name. */
function describePath(issuePath: readonly PropertyKey[]): string {
  if (issuePath.length === 0) return 'bản thảo';
  const written = issuePath
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`))
    .join('');
  const name = FIELD_NAMES[String(issuePath[0])];
  return name ? `${written} (${name})` : written;
}

/** Each zod issue on its own line, in Vietnamese; a missing field says so plainly. */
export function describeIssues(issues: readonly z.core.$ZodIssue[]): string[] {
  return issues.map((issue) => {
    if (issue.code === 'invalid_type' && issue.input === undefined)
      return `${describePath(issue.path)}: bắt buộc nhưng chưa có`;
    const given = issue.code === 'invalid_value' ? ` (đang là ${JSON.stringify(issue.input)})` : '';
    return `${describePath(issue.path)}: ${issue.message}${given}`;
  });
}

async function readDraft(file: string): Promise<DocumentDraft> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (error) {
    throw new Error(`Không đọc được tệp ${file}: ${(error as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`Tệp ${file} không phải JSON hợp lệ: ${(error as Error).message}`);
  }
  z.config(z.locales.vi());
  const parsed = DocumentDraft.safeParse(json, { reportInput: true });
  if (!parsed.success) {
    const lines = describeIssues(parsed.error.issues);
    throw new Error(
      `Bản thảo ${file} không hợp lệ (${lines.length} lỗi):\n${lines.map((l) => `  - ${l}`).join('\n')}`,
    );
  }
  return parsed.data;
}

/** `phongtrao doc render DRAFT.json -o OUT.docx|OUT.pdf`: renders a draft by NĐ 30, without the database. */
export async function docRender(config: Config, draftFile: string, options: CliOptions): Promise<void> {
  const output = options.output;
  if (!output) throw new Error('Thiếu tệp kết quả: thêm -o TỆP.docx hoặc -o TỆP.pdf');
  const format = path.extname(output).toLowerCase();
  if (format !== '.docx' && format !== '.pdf')
    throw new Error(`Tệp kết quả phải có đuôi .docx hoặc .pdf, không phải "${format || output}"`);
  if (format === '.pdf' && !(await isPdfAvailable())) throw new PdfUnavailableError();

  const draft = await readDraft(draftFile);
  const docx = await renderDocx(draft);
  const bytes =
    format === '.pdf' ? await docxToPdf(docx, { cacheDir: path.join(config.dataDir, 'cache', 'pdf') }) : docx;
  await fs.mkdir(path.dirname(path.resolve(output)), { recursive: true });
  await fs.writeFile(output, bytes);
  console.log(`Đã ghi ${output} (${(bytes.byteLength / 1024).toFixed(1).replace('.', ',')} kB).`);
}
