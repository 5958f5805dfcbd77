import { screen, within } from '@testing-library/react';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { engines } from '../../../server/testing/test-db';
import { conferencesVi } from '../../i18n/conferences.vi';
import { renderPage } from '../../testing/render-page';
import { seedConference } from '../../testing/seed-conferences';
import { useServedApp } from '../../testing/served-app';
import { chooseFiles } from '../../testing/user-actions';
import { DelegateImport } from './delegate-import';

const t = conferencesVi.delegates;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

describe.each(engines())('importing delegates from Excel on the delegates tab on %s', (engine) => {
  const ctx = useServedApp(engine);

  const open = async () => {
    const seeded = await seedConference(ctx);
    ctx.browser.signInAs(seeded.officer);
    const page = renderPage(<DelegateImport conferenceId={seeded.conferenceId} canEdit />);
    const button = await screen.findByRole('button', { name: t.import });
    return { ...seeded, ...page, button };
  };

  it('imports a filled template and lists the row it could not take', async () => {
    const { conferenceId, call, user, button, delegatesNow } = await open();
    const template = await call('GET', `/api/conferences/${conferenceId}/delegates/template.xlsx`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(template.rawPayload as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('Đại biểu')!;
    sheet.getRow(4).values = [1, 'Nguyễn Văn An', 'Chủ tịch', 'UBND xã Cẩm Xuyên', '0912000001'];
    sheet.getRow(5).values = [2, 'Trần Thị Bình', 'Phó Chủ tịch', 'UBND xã Cẩm Xuyên'];
    sheet.getRow(6).values = [3, null, 'Chuyên viên', 'Xã Thiên Cầm'];
    const bytes = new Uint8Array(await book.xlsx.writeBuffer());

    await chooseFiles(user, button, new File([bytes], 'danh-sach.xlsx', { type: XLSX }));
    const result = await screen.findByRole('status');
    expect(within(result).getByText(t.imported(2))).toBeTruthy();
    expect(within(result).getByText(t.importErrors(1))).toBeTruthy();
    expect(within(result).getByText('Dòng 6: thiếu họ và tên')).toBeTruthy();
    expect((await delegatesNow()).map((d) => [d.name, d.position])).toEqual(
      expect.arrayContaining([
        ['Nguyễn Văn An', 'Chủ tịch'],
        ['Trần Thị Bình', 'Phó Chủ tịch'],
      ]),
    );
    expect(await delegatesNow()).toHaveLength(2);
  });

  it("shows the server's Vietnamese reason for a file that is not a workbook, and imports nothing", async () => {
    const { user, button, delegatesNow } = await open();
    const fake = new File(['Họ và tên;Chức vụ\nNguyễn Văn An;Chủ tịch'], 'danh-sach.xlsx', { type: XLSX });
    await chooseFiles(user, button, fake);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('không phải bảng tính Excel');
    expect(await delegatesNow()).toEqual([]);
  });

  it('refuses a file over 5 MB before sending it', async () => {
    const { user, button, delegatesNow } = await open();
    const big = new File([new Uint8Array(5 * 1024 * 1024 + 1)], 'danh-sach.xlsx', { type: XLSX });
    await chooseFiles(user, button, big);
    expect((await screen.findByRole('alert')).textContent).toBe(t.importTooLarge);
    expect(await delegatesNow()).toEqual([]);
  });
});
