import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { sql } from 'drizzle-orm';
import { engines } from '../../../testing/test-db';
import { useTestApp } from '../../../testing/test-app';
import { buildUser } from '../../../testing/factories';
import { queryRows } from '../../../platform/database';
import { renderDocx } from '../../../../core/documents/build-docx';
import seed003 from '../../../../core/documents/fixtures/seed-003.json' with { type: 'json' };
import type { DocModel } from '../../../../core/documents/model';
import { multipartFile } from '../../../testing/multipart';
import { insertTestConference } from '../conference/conferences.testing';
import { cellText } from './delegate-sheet.import';

const bufferOf = async (book: ExcelJS.Workbook) => Buffer.from(await book.xlsx.writeBuffer());
const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Phan', 'Võ', 'Đặng', 'Bùi', 'Đỗ'];

describe.each(engines())('importing delegates from Excel on %s', (engine) => {
  const ctx = useTestApp(engine);
  const db = () => ctx.database.db;

  async function setUp() {
    const made = await insertTestConference(db(), { delegates: 0, points: ['18676'] });
    const { cookie } = await buildUser(ctx.app, db(), { role: 'officer', unit: '18673' });
    const upload = (fileName: string, bytes: Uint8Array | Buffer) =>
      ctx.app.inject({
        method: 'POST',
        url: `/api/conferences/${made.conference.id}/delegates/import`,
        ...(() => {
          const f = multipartFile(fileName, bytes);
          return { payload: f.payload, headers: { ...f.headers, cookie } };
        })(),
      });
    const count = async () =>
      (
        await queryRows<{ delegates: number; audits: number }>(
          db(),
          sql`SELECT (SELECT count(*)::int FROM delegates WHERE conference_id = ${made.conference.id}) AS delegates,
                     (SELECT count(*)::int FROM audit_log WHERE action = 'delegate.import') AS audits`,
        )
      )[0]!;
    return { ...made, cookie, upload, count };
  }

  it('imports a filled template: rows by name, a row without a name and a duplicate reported, once', async () => {
    const { conference, group, points, cookie, upload, count } = await setUp();
    const template = await ctx.app.inject({
      method: 'GET',
      url: `/api/conferences/${conference.id}/delegates/template.xlsx`,
      headers: { cookie },
    });
    expect(template.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(template.rawPayload as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('Đại biểu')!;
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9].map((c) => cellText(sheet.getCell(1, c)))).toEqual([
      'STT',
      'Họ và tên',
      'Chức vụ',
      'Đơn vị',
      'Điện thoại',
      'Email',
      'Nhóm',
      'Điểm cầu',
      'Ghi chú',
    ]);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getCell('G4').dataValidation).toMatchObject({
      type: 'list',
      formulae: ["'Danh mục'!$A$2:$A$2"],
    });
    expect(sheet.getCell('H4').dataValidation).toMatchObject({ formulae: ["'Danh mục'!$B$2:$B$3"] });
    expect(cellText(book.getWorksheet('Danh mục')!.getCell('B3'))).toBe(points[1]!.name);

    // 20 delegates below the two example rows, typed the ways people type them.
    for (let i = 0; i < 20; i++) {
      const row = sheet.getRow(4 + i);
      row.getCell(1).value = i === 0 ? { formula: 'ROW()-3', result: 1 } : i + 1;
      const name = `${SURNAMES[i % 10]} Văn Đại ${i + 1}`;
      row.getCell(2).value =
        i === 1
          ? { richText: [{ text: name.slice(0, 4), font: { bold: true } }, { text: name.slice(4) }] }
          : name;
      row.getCell(3).value = 'Chuyên viên';
      row.getCell(4).value = i % 2 ? 'UBND xã Cẩm Xuyên' : 'Xã Thiên Cầm';
      // A phone typed as a number loses its 0.
      row.getCell(5).value = i % 3 === 0 ? 912000000 + i : `09130000${String(i).padStart(2, '0')}`;
      row.getCell(6).value =
        i === 2
          ? { text: 'dai.bieu3@example.vn', hyperlink: 'mailto:dai.bieu3@example.vn' }
          : i % 4
            ? null
            : `db${i}@example.vn`;
      row.getCell(7).value = i < 10 ? group.title.toUpperCase() : null;
      row.getCell(8).value = i === 5 ? points[1]!.name : null;
    }
    sheet.getRow(24).values = [21, null, 'Chuyên viên', 'Xã Thiên Cầm'];
    sheet.getRow(25).values = [22, 'Phạm Văn Đại 4', 'Chuyên viên', 'Xã Thiên Cầm', '+84 912 000 003'];
    const filled = await bufferOf(book);

    const result = await upload('danh-sach.xlsx', filled);
    expect(result.statusCode, result.body).toBe(200);
    expect(result.json()).toEqual({
      imported: 20,
      errors: [{ row: 24, message: 'Dòng 24: thiếu họ và tên' }],
      duplicates: [{ row: 25, name: 'Phạm Văn Đại 4', reason: 'Trùng với dòng 7 trong tệp' }],
    });
    const saved = await queryRows<{
      name: string;
      phone: string;
      email: string | null;
      group_id: number | null;
      point_id: number | null;
      source: string;
    }>(
      db(),
      sql`SELECT name, phone, email, group_id, point_id, source FROM delegates WHERE conference_id = ${conference.id} ORDER BY id`,
    );
    expect(saved).toHaveLength(20);
    expect(saved[0]).toMatchObject({
      name: 'Nguyễn Văn Đại 1',
      phone: '0912000000',
      email: 'db0@example.vn',
      group_id: group.id,
      source: 'import',
    });
    expect(saved[1]!.name).toBe('Trần Văn Đại 2');
    expect(saved[2]!.email).toBe('dai.bieu3@example.vn');
    expect(saved[5]!.point_id).toBe(points[1]!.id);
    expect(saved.filter((d) => d.group_id === group.id)).toHaveLength(10);
    expect(await count()).toEqual({ delegates: 20, audits: 1 });
    const [audit] = await queryRows<{ after: Record<string, unknown> }>(
      db(),
      sql`SELECT after FROM audit_log WHERE action = 'delegate.import' ORDER BY id DESC LIMIT 1`,
    );
    expect(audit!.after).toMatchObject({ imported: 20, duplicates: 1, errors: 1 });

    const again = (await upload('danh-sach.xlsx', filled)).json();
    expect(again.imported).toBe(0);
    expect(again.duplicates).toHaveLength(21);
    expect(
      again.duplicates.filter((d: { reason: string }) => d.reason.startsWith('Đã có trong danh sách')),
    ).toHaveLength(20);
    expect(await count()).toEqual({ delegates: 20, audits: 2 });
  });

  it('refuses a DOCX named .xlsx, a file over 5 MB, a text file and a conference of another unit, writing nothing', async () => {
    const { upload, count, cookie } = await setUp();
    const before = await count();
    const docx = await upload('danh-sach.xlsx', await renderDocx(seed003 as unknown as DocModel));
    expect(docx.statusCode).toBe(415);
    expect(docx.json().error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    expect(docx.json().error.message).toContain('không phải bảng tính Excel');
    const big = await upload('lon.xlsx', Buffer.alloc(5 * 1024 * 1024 + 10, 0x50));
    expect(big.statusCode).toBe(413);
    const text = await upload('ghi-chu.xlsx', Buffer.from('Họ và tên;Chức vụ\nAn;Chủ tịch'));
    expect(text.statusCode).toBe(415);
    // A real workbook sent to another unit's conference is refused before it is read.
    const foreign = await insertTestConference(db(), { unit: '00004', delegates: 0 });
    const book = new ExcelJS.Workbook();
    book.addWorksheet('DS').addRows([
      ['Họ và tên', 'Chức vụ'],
      ['Người Lạ', 'Khách'],
    ]);
    const f = multipartFile('ds.xlsx', await bufferOf(book));
    const outside = await ctx.app.inject({
      method: 'POST',
      url: `/api/conferences/${foreign.conference.id}/delegates/import`,
      headers: { ...f.headers, cookie },
      payload: f.payload,
    });
    expect(outside.statusCode).toBe(403);
    expect(await count()).toEqual(before);
  });

  it('reads a list under merged titles with headings in another order and words, and never fails on odd workbooks', async () => {
    const { conference, group, upload, count } = await setUp();
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('DS');
    sheet.mergeCells('A1:G1');
    sheet.getCell('A1').value = 'DANH SÁCH ĐẠI BIỂU DỰ HỘI NGHỊ';
    sheet.mergeCells('A2:G2');
    sheet.getCell('A2').value = '(Kèm theo Giấy mời số 12/GM-UBND)';
    sheet.getRow(4).values = ['TT', 'Thư điện tử', 'Cơ quan', 'Họ tên', 'SĐT', 'Chức danh', 'Thành phần'];
    sheet.getRow(5).values = ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)'];
    sheet.mergeCells('A6:G6');
    sheet.getCell('A6').value = `I. ${group.title}`;
    sheet.getRow(7).values = [
      1,
      null,
      'Xã Cẩm Xuyên',
      'Đinh Thị Một',
      '0987 000 001',
      'Phó Chủ tịch UBND',
      null,
    ];
    sheet.getRow(8).values = [2, 'sai-dia-chi', 'Xã Cẩm Xuyên', 'Đinh Thị Hai', null, null, null];
    sheet.getRow(9).values = [3, null, null, 'Đinh Thị Ba', null, null, 'Nhóm không có'];
    sheet.getRow(10).values = [
      4,
      { error: '#N/A' },
      true,
      'Đinh Thị Bốn',
      new Date(Date.UTC(2022, 0, 5)),
      12.5,
      { formula: 'A1' },
    ];
    const result = await upload('ds.xlsx', await bufferOf(book));
    expect(result.statusCode, result.body).toBe(200);
    expect(result.json().imported).toBe(2);
    expect(result.json().errors).toEqual([
      { row: 8, message: 'Dòng 8: thư điện tử "sai-dia-chi" không hợp lệ' },
      { row: 9, message: 'Dòng 9: không có nhóm "Nhóm không có" trong hội nghị này' },
    ]);
    const [one] = await queryRows<{
      position: string;
      unit_id: number | null;
      group_id: number;
      phone: string;
    }>(
      db(),
      sql`SELECT position, unit_id, group_id, phone FROM delegates WHERE conference_id = ${conference.id} AND name = 'Đinh Thị Một'`,
    );
    expect(one).toMatchObject({ position: 'Phó Chủ tịch UBND', group_id: group.id, phone: '0987 000 001' });
    expect(one!.unit_id).not.toBeNull();

    const before = await count();
    const odd: Buffer[] = [];
    const empty = new ExcelJS.Workbook();
    empty.addWorksheet('Trống');
    odd.push(await bufferOf(empty));
    const noHeader = new ExcelJS.Workbook();
    noHeader.addWorksheet('A').addRows([
      ['Một', 'Hai'],
      [1, 2],
      [null, new Date()],
    ]);
    odd.push(await bufferOf(noHeader));
    const broken = new JSZip();
    broken.file('[Content_Types].xml', '<Types/>');
    broken.file('xl/workbook.xml', '<<< không phải XML');
    odd.push(await broken.generateAsync({ type: 'nodebuffer' }));
    const weird = new ExcelJS.Workbook();
    const w = weird.addWorksheet('X');
    w.getRow(3).values = ['Họ và tên', 'Email', 'Nhóm', 'Điểm cầu'];
    let seed = 7;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const values = [
      () => null,
      () => random() * 1e12,
      () => 'x'.repeat(Math.floor(random() * 3000)),
      () => ({ richText: [] }),
      () => ({ formula: 'SUM(A1:A2)' }),
      () => ({ error: '#REF!' }),
      () => new Date(0),
      () => ({ text: '', hyperlink: 'mailto:' }),
      () => '   ',
      () => 'Nhóm ' + random(),
    ];
    for (let r = 4; r < 60; r++)
      w.getRow(r).values = [0, 1, 2, 3].map(() =>
        values[Math.floor(random() * values.length)]!(),
      ) as ExcelJS.CellValue[];
    odd.push(await bufferOf(weird));
    const answers = [];
    for (const bytes of odd) {
      const response = await upload('la.xlsx', bytes);
      expect([200, 400, 415], response.body).toContain(response.statusCode);
      expect(response.json().error?.code ?? 'ok').not.toBe('INTERNAL');
      answers.push(response.json());
    }
    expect(answers[0].error.message).toContain('Không tìm thấy dòng tiêu đề');
    expect(answers[1].error.message).toContain('Không tìm thấy dòng tiêu đề');
    expect(answers[3].errors.length).toBeGreaterThan(0);
    expect((await count()).delegates).toBe(before.delegates + answers[3].imported);
  });

  it('imports 5,000 rows in one request', async () => {
    const { conference, upload } = await setUp();
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('DS');
    sheet.addRow(['STT', 'Họ và tên', 'Chức vụ', 'Đơn vị', 'Điện thoại', 'Email']);
    for (let i = 0; i < 5000; i++)
      sheet.addRow([
        i + 1,
        `${SURNAMES[i % 10]} Thị Số ${i + 1}`,
        'Trưởng thôn',
        `Thôn ${i % 40} xã Cẩm Xuyên`,
        `09${String(10_000_000 + i).padStart(8, '0')}`,
        i % 2 ? `so${i}@example.vn` : null,
      ]);
    const response = await upload('5000.xlsx', await bufferOf(book));
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ imported: 5000, errors: [], duplicates: [] });
    const [n] = await queryRows<{ n: number }>(
      db(),
      sql`SELECT count(*)::int AS n FROM delegates WHERE conference_id = ${conference.id}`,
    );
    expect(n!.n).toBe(5000);
  });
});
