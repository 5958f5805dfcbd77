import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from '@playwright/test';
import { showToCamera } from './fake-camera';
import { CheckinPage } from './pages/checkin-page';
import { ConferencePage } from './pages/conference-page';
import { LoginPage } from './pages/login-page';
import { RsvpPage } from './pages/rsvp-page';
import { CSRF_HEADERS } from './csrf';
import { expect, test } from './fixtures';

const PASSWORD = 'e2e-pass-123';
const PHONE = { width: 390, height: 844 };
const GUEST = { name: 'Nguyễn Thị Hồng Nhung', email: 'hongnhung.e2e@camxuyen.example.vn' };
const SEED_002 = /tổng kết phong trào thi đua yêu nước năm 2023/i;
const POINT = 'Hội trường UBND tỉnh';

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Phan', 'Võ', 'Đặng', 'Bùi', 'Đỗ'];
const GIVEN = [
  'Văn An',
  'Thị Bình',
  'Văn Cường',
  'Thị Dung',
  'Minh Đức',
  'Thu Hà',
  'Quốc Huy',
  'Thị Lan',
  'Văn Long',
];
const UNITS = [
  'UBND xã Cẩm Bình',
  'UBND xã Cẩm Thành',
  'UBND xã Thiên Cầm',
  'Sở Văn hóa, Thể thao và Du lịch',
];

/** The delegate list an organiser would type in Excel: the template's headings, 20 people, one with our address. */
async function writeDelegateSheet(dir: string): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Đại biểu');
  sheet.addRow(['STT', 'Họ và tên', 'Chức vụ', 'Đơn vị', 'Điện thoại', 'Email']);
  for (let i = 0; i < 20; i++) {
    const isGuest = i === 7;
    sheet.addRow([
      i + 1,
      isGuest ? GUEST.name : `${FAMILY[i % FAMILY.length]} ${GIVEN[i % GIVEN.length]}`,
      i % 2 === 0 ? 'Chủ tịch UBND' : 'Phó Chủ tịch UBND',
      UNITS[i % UNITS.length],
      `09${String(12345600 + i)}`,
      isGuest ? GUEST.email : null,
    ]);
  }
  const file = path.join(dir, 'dai-bieu.xlsx');
  await workbook.xlsx.writeFile(file);
  return file;
}

/**
 * A new plan with seed 002's text as the importer read it: the demo's own copy of seed 002 already has its
 * conference, and a plan page offers "Tạo hội nghị từ kế hoạch" only to a plan without one.
 */
async function newSeed002Plan(page: Page, baseUrl: string): Promise<number> {
  const list = await page.request.get(`${baseUrl}/api/plans?limit=200`);
  expect(list.status(), 'the status of GET /api/plans').toBe(200);
  const { items } = (await list.json()) as { items: { id: number; title: string }[] };
  const demo = items.find((p) => SEED_002.test(p.title.normalize('NFC')));
  if (!demo) throw new Error(`seed 002's plan is not in the list of ${items.length} plans`);
  const detail = await page.request.get(`${baseUrl}/api/plans/${demo.id}`);
  expect(detail.status(), "the status of GET /api/plans/:id (seed 002's plan)").toBe(200);
  const { draft } = (await detail.json()) as { draft: Record<string, unknown> };
  // POST /api/plans takes the importer's draft as it is; a copy is a new draft, so without the printed number.
  const created = await page.request.post(`${baseUrl}/api/plans`, {
    data: { ...draft, number: null },
    headers: CSRF_HEADERS,
  });
  expect(created.status(), `the status of saving seed 002 as a new plan (${await created.text()})`).toBe(201);
  return ((await created.json()) as { id: number }).id;
}

/** The point the staff check in at: the one the plan gave, else a main hall added through the API. */
async function checkinPoint(page: Page, baseUrl: string, conferenceId: number): Promise<string> {
  const response = await page.request.get(`${baseUrl}/api/conferences/${conferenceId}`);
  expect(response.status(), 'the status of GET /api/conferences/:id').toBe(200);
  const { points } = (await response.json()) as { points: { name: string; isMain: boolean }[] };
  const main = points.find((p) => p.isMain) ?? points[0];
  if (main) return main.name;
  const created = await page.request.post(`${baseUrl}/api/conferences/${conferenceId}/points`, {
    data: { name: POINT, isMain: true },
    headers: CSRF_HEADERS,
  });
  expect(created.status() < 300, `the status ${created.status()} of adding the point "${POINT}"`).toBe(true);
  return POINT;
}

/** Screenshots of the phone pages when E2E_SHOTS names a folder (to look at them, not to compare). */
async function shot(page: Page, file: string, fullPage = true): Promise<void> {
  const dir = process.env.E2E_SHOTS;
  if (!dir) return;
  fs.mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, `${file}.png`), fullPage });
}

test('seed 002 at phone size: a conference from the plan, 20 delegates from Excel, giấy mời by e-mail, an RSVP through the link, a check-in by camera QR, the dashboard count, a re-issued giấy mời revoking the old link', async ({
  page,
  baseUrl,
  smtp,
  camera,
}) => {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'phongtrao-conference-'));
  try {
    await page.setViewportSize(PHONE);
    await page.context().grantPermissions(['camera'], { origin: baseUrl });
    const login = new LoginPage(page, baseUrl);
    await login.goto();
    await login.login('tinh.hatinh', PASSWORD);

    // 1. The Sở's officer creates the conference from seed 002's plan and imports 20 delegates from Excel.
    const conference = new ConferencePage(page, baseUrl);
    const conferenceId = await conference.createFromPlan(await newSeed002Plan(page, baseUrl));
    const point = await checkinPoint(page, baseUrl, conferenceId);
    // Seed 002's conference was held in January 2024, and a delegate's link expires two days after the conference:
    // this run holds it ten days from now, as an organiser reusing the plan would.
    const date = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);
    const moved = await page.request.patch(`${baseUrl}/api/conferences/${conferenceId}`, {
      data: { date },
      headers: CSRF_HEADERS,
    });
    expect(moved.status(), `the status of moving the conference to ${date}`).toBe(200);
    const sheet = await writeDelegateSheet(work);
    const imported = await conference.importDelegates(sheet);
    expect(imported.imported, `the delegates imported (${imported.text})`).toBe(20);

    // 2. Giấy mời for everyone; the one with an address gets an e-mail carrying the personal link.
    const invited = await conference.generateInvitations();
    expect(invited >= 20, `the invitations made (${invited}) covering the 20 delegates`).toBe(true);
    const mail = await smtp.waitFor((m) => m.to.includes(GUEST.email), 60_000);
    const link = /https?:\/\/\S+\/moi\/[A-Za-z0-9._~%-]+/.exec(mail.text)?.[0];
    if (!link)
      throw new Error(`no personal link in the e-mail to ${GUEST.email}:\n${mail.text.slice(0, 600)}`);
    expect(link.startsWith(`${baseUrl}/moi/`), `the personal link ${link} on this server`).toBe(true);
    const token = decodeURIComponent(link.slice(link.indexOf('/moi/') + 5));

    // 3. The delegate opens the link on a phone and answers "Sẽ tham dự".
    const rsvp = new RsvpPage(page);
    await rsvp.goto(link);
    await expect(
      page.getByText(GUEST.name, { exact: true }).first(),
      `the delegate's name "${GUEST.name}"`,
    ).toBeVisible();
    await rsvp.answer('Sẽ tham dự');
    await expect(rsvp.currentAnswer('Sẽ tham dự').first(), 'the answer on record "Sẽ tham dự"').toBeVisible();
    await expect(rsvp.qrCode.first(), "the delegate's QR code").toBeVisible();
    await shot(page, 'rsvp');

    // 4. At the door, the staff's phone camera sees the QR code the link shows (the same image, decoded by jsQR).
    const qr = await page.request.get(`${baseUrl}/api/rsvp/${encodeURIComponent(token)}/qr.png`);
    expect(qr.status(), 'the status of GET /api/rsvp/:token/qr.png').toBe(200);
    showToCamera(camera.file, await qr.body());
    const checkin = new CheckinPage(page, baseUrl);
    await checkin.open(conferenceId);
    await checkin.choosePoint(point);
    await expect(
      checkin.result('checked_in').filter({ hasText: GUEST.name }).first(),
      `the green card "Đã điểm danh" for ${GUEST.name}`,
    ).toBeVisible();
    await shot(page, 'checkin');

    // The same code shown again (a second phone, or the page reopened) is reported, not counted twice.
    await checkin.open(conferenceId);
    await expect(
      checkin
        .result('already')
        .filter({ hasText: /Đã điểm danh lúc \d\d:\d\d/ })
        .first(),
      'the amber card "Đã điểm danh lúc HH:MM" for the second scan',
    ).toBeVisible();

    // 5. The network drops: a scan waits in the phone's queue and goes out when the network is back.
    await page.context().setOffline(true);
    await checkin.restartCamera();
    await expect(
      checkin.result('queued').first(),
      'the card "Đã lưu, sẽ gửi khi có mạng" while offline',
    ).toBeVisible();
    await expect(checkin.pending(1).first(), 'the badge "Đang chờ gửi: 1"').toBeVisible();
    await shot(page, 'checkin-offline');
    await page.context().setOffline(false);
    await expect(checkin.pending(1), 'the badge "Đang chờ gửi: 1" once the network is back').toHaveCount(0);

    // 6. The organiser's dashboard counts one delegate present.
    await conference.open(conferenceId, 'diem-danh');
    await expect
      .poll(() => conference.attendanceCount(), {
        message: 'the "Có mặt" figure of the attendance dashboard',
        intervals: [1000],
      })
      .toBe(1);
    await shot(page, 'attendance');

    // 7. The delegate forwarded the giấy mời: at the smallest phone width the organiser re-issues it from the
    // delegate list. The old link then shows the invalid-link page; the new one (in the notice and re-mailed) works.
    await page.setViewportSize({ width: 360, height: 780 });
    await conference.open(conferenceId, 'dai-bieu');
    await conference.openInvitationMenu(GUEST.name);
    // The menu fades in: the picture waits for the end of the transition.
    if (process.env.E2E_SHOTS) await page.waitForTimeout(500);
    await shot(page, 'delegate-invitation-menu', false);
    const reissue = await conference.chooseInvitationAction('reissue');
    await expect(
      reissue.getByText('Đường dẫn cũ và mã QR', { exact: false }).first(),
      'the warning that the old link and QR stop working',
    ).toBeVisible();
    await shot(page, 'delegate-invitation-reissue', false);
    const newLink = await conference.confirmReissue(reissue);
    expect(newLink !== link, `the new link ${newLink} differing from the old one`).toBe(true);
    await shot(page, 'delegate-invitation-reissued', false);
    const remail = await smtp.waitFor(
      (m) => m.to.includes(GUEST.email) && m.subject.startsWith('Giấy mời (cấp lại)'),
      60_000,
    );
    expect(remail.text.includes(newLink), 'the new link in the e-mail "Giấy mời (cấp lại)"').toBe(true);

    // Checked in already, the guest's invitation cannot be cancelled: the dialog shows the API's reason.
    await conference.openInvitationMenu(GUEST.name);
    const cancel = await conference.chooseInvitationAction('cancel');
    await cancel.getByRole('button', { name: 'Hủy giấy mời', exact: true }).click();
    await expect(
      cancel.getByRole('alert').filter({ hasText: 'đã điểm danh có mặt; không hủy giấy mời được' }).first(),
      'the refusal "… đã điểm danh có mặt; không hủy giấy mời được."',
    ).toBeVisible();
    await shot(page, 'delegate-invitation-cancel-refused', false);
    await cancel.getByRole('button', { name: 'Quay lại', exact: true }).click();

    await page.goto(link);
    await expect(
      page.getByRole('alert').filter({ hasText: 'Đường dẫn không hợp lệ' }).first(),
      'the invalid-link page for the old link',
    ).toBeVisible();
    await shot(page, 'rsvp-old-link');
    await rsvp.goto(newLink);
    await expect(
      page.getByText(GUEST.name, { exact: true }).first(),
      `the new link naming ${GUEST.name}`,
    ).toBeVisible();
    await expect(
      rsvp.currentAnswer('Sẽ tham dự').first(),
      'the answer kept through the re-issue',
    ).toBeVisible();
    await page.setViewportSize(PHONE);
    if (process.env.E2E_SHOTS) {
      await checkin.open(conferenceId);
      await page.getByText('Tìm theo tên', { exact: true }).click();
      await page.getByLabel('Họ tên, chức vụ hoặc đơn vị').fill('Nguyễn');
      await page.waitForTimeout(1500);
      await shot(page, 'checkin-search');
      await conference.open(conferenceId, 'tham-luan');
      const chooser = page.waitForEvent('filechooser');
      await page.getByRole('button', { name: 'Nộp bài (DOCX, PDF)' }).first().click();
      await (
        await chooser
      ).setFiles({
        name: 'tham-luan.pdf',
        mimeType: 'application/pdf',
        buffer: Buffer.from('%PDF-1.4\n%%EOF\n'),
      });
      await expect(
        page.getByText('Đã nộp, chờ duyệt').first(),
        'the status "Đã nộp, chờ duyệt"',
      ).toBeVisible();
      await page.getByRole('button', { name: 'Yêu cầu sửa' }).first().click();
      await page.getByLabel('Nội dung góp ý').fill('Bổ sung số liệu năm 2023.');
      await page.getByRole('dialog').getByRole('button', { name: 'Yêu cầu sửa' }).click();
      await expect(page.getByText('Diễn biến (2)').first(), 'the record "Diễn biến (2)"').toBeVisible();
      await page.getByText('Diễn biến (2)').click();
      await shot(page, 'presentations');
      await conference.open(conferenceId, 'khen-thuong');
      await page.getByRole('button', { name: 'Sửa danh sách' }).click();
      await page.getByRole('button', { name: 'Thêm người được khen' }).click();
      await page.getByLabel('Tên tập thể, cá nhân').fill('UBND xã Cẩm Bình');
      await page.getByLabel('Hình thức khen thưởng').fill('Bằng khen của Chủ tịch UBND tỉnh');
      await shot(page, 'awards-editor');
      await page.getByRole('button', { name: 'Lưu danh sách' }).click();
      await expect(page.getByText('UBND xã Cẩm Bình').first(), 'the saved awardee').toBeVisible();
      await shot(page, 'awards');
    }
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
});
