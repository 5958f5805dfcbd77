import { InboxPage } from './pages/inbox-page';
import { LoginPage } from './pages/login-page';
import { PlanEditorPage } from './pages/plan-editor-page';
import { PlanPage } from './pages/plan-page';
import { TaskPage } from './pages/task-page';
import { CSRF_HEADERS } from './csrf';
import { expect, test } from './fixtures';

const PASSWORD = 'e2e-pass-123';
const OFFICER_EMAIL = 'vanhoa@camxuyen.example.vn';
const LEAD = 'Công chức Văn hóa - Xã hội';
const SUPPORT = 'MTTQ';

// Seed 003's plan (src/core/documents/fixtures/seed-003.json), moved to xã Cẩm Xuyên; the task texts name the commune
// so that they differ from the demo's own copy of seed 003.
const TITLE =
  'Thực hiện nhiệm vụ trọng tâm Phong trào “Toàn dân đoàn kết xây dựng đời sống văn hoá” năm 2023 trên địa bàn xã Cẩm Xuyên';
const QUARTER_TASK =
  'Xây dựng Kế hoạch thực hiện Phong trào giai đoạn 2021 - 2026 theo Quyết định số 2214/QĐ-TTg trên địa bàn xã Cẩm Xuyên.';
const TASKS = [
  { text: QUARTER_TASK, deadline: 'Quý I năm 2023' },
  {
    text: 'Tham mưu trình công nhận danh hiệu “Cơ quan, đơn vị đạt chuẩn văn hóa” 05 năm giai đoạn 2019 - 2023 của xã Cẩm Xuyên.',
    deadline: 'Quý III năm 2023',
  },
  {
    text: 'Thực hiện nghiêm túc, khách quan việc đăng ký, bình xét và công nhận các danh hiệu văn hóa trên địa bàn xã Cẩm Xuyên.',
    deadline: 'Cả năm 2023',
  },
];

test('seed 003 end to end: a plan typed in, approved, issued, followed up in the commune inbox, and a deadline reminder e-mailed', async ({
  page,
  baseUrl,
  smtp,
}) => {
  const login = new LoginPage(page, baseUrl);
  await login.goto();
  await login.login('xa.camxuyen', PASSWORD);

  // 1. The officer types the plan in, with its targets and tasks, and watches the preview.
  const editor = new PlanEditorPage(page, baseUrl);
  await editor.gotoNew();
  await editor.fillHeader({
    symbol: 'KH-BCĐ',
    title: TITLE,
    body: 'I. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\nNâng cao chất lượng, hiệu quả Phong trào trên địa bàn xã.\nII. TỔ CHỨC THỰC HIỆN\nCác thành viên Ban Chỉ đạo căn cứ nhiệm vụ được phân công tổ chức thực hiện.',
    signerPosition: 'TRƯỞNG BAN',
    signerName: 'Phạm Văn Thắng',
    recipients: 'Ban Chỉ đạo huyện\nCác thôn, tổ dân phố',
  });
  await editor.addTarget({
    text: 'Tỷ lệ gia đình văn hóa: 86% trở lên.',
    indicator: 'Tỷ lệ gia đình văn hóa',
    comparator: '≥ trở lên',
    value: '86',
    unit: '%',
  });
  await editor.addTarget({
    text: 'Tỷ lệ thôn, tổ dân phố văn hóa: 100%.',
    indicator: 'Tỷ lệ thôn, tổ dân phố văn hóa',
    comparator: '= bằng',
    value: '100',
    unit: '%',
  });
  for (const task of TASKS) await editor.addTask({ ...task, lead: [LEAD], support: [SUPPORT] });

  expect(await editor.deadlineReading(0), 'the reading of the deadline "Quý I năm 2023"').toContain(
    'Từ 01/01/2023 đến 31/03/2023',
  );
  await expect(
    editor.preview.getByText(/NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN/).first(),
    'the generated part "NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN" in the preview',
  ).toBeVisible();
  await expect(
    editor.preview.getByText(/CHỈ TIÊU/).first(),
    'the generated part "CHỈ TIÊU" in the preview',
  ).toBeVisible();
  await expect(editor.preview.getByText(QUARTER_TASK).first(), 'the Quý I task in the preview').toBeVisible();
  await expect(
    editor.preview.getByText(`Thời gian thực hiện: Quý I năm 2023.`).first(),
    'the Quý I deadline in the preview',
  ).toBeVisible();
  const planUrl = await editor.save();

  // 2. Submitted, approved by the commune's leader, issued by the officer.
  const plan = new PlanPage(page);
  await expect(
    plan.heading.filter({ hasText: 'Kế hoạch (chưa có số)' }).first(),
    'the heading of the unnumbered plan',
  ).toBeVisible();
  await plan.submit();
  await login.logout();

  await login.login('lanhdao.camxuyen', PASSWORD);
  await plan.goto(planUrl);
  await plan.approve();
  await login.logout();

  await login.login('xa.camxuyen', PASSWORD);
  await plan.goto(planUrl);
  const number = await plan.issue('2023-02-28');
  expect(/^\d+\/KH-BCĐ$/.test(number), `the issued number ${JSON.stringify(number)} ending "/KH-BCĐ"`).toBe(
    true,
  );
  await expect(
    plan.heading.filter({ hasText: `Kế hoạch số ${number}` }).first(),
    `the heading "Kế hoạch số ${number}"`,
  ).toBeVisible();

  // 3. The Quý I task in the commune's inbox, and a progress report on it.
  const inbox = new InboxPage(page, baseUrl);
  await inbox.goto();
  await inbox.search('Quyết định số 2214/QĐ-TTg trên địa bàn xã Cẩm Xuyên');
  await expect(
    inbox.row(QUARTER_TASK).getByText(`KH số ${number}`).first(),
    `the plan's number "KH số ${number}" beside the Quý I task in the inbox`,
  ).toBeVisible();
  const taskId = await inbox.open(QUARTER_TASK);

  const task = new TaskPage(page);
  const reportText = 'Đã dự thảo Kế hoạch giai đoạn 2021 - 2026, đang xin ý kiến các thành viên Ban Chỉ đạo.';
  await task.report({
    text: reportText,
    status: 'Đang thực hiện',
    file: {
      name: 'du-thao-ke-hoach.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n%%EOF\n'),
    },
  });
  const sent = task.sentReport(reportText);
  await expect(sent.first(), 'the report in "Các báo cáo đã gửi"').toBeVisible();
  await expect(
    sent.getByText('Trạng thái: Đang thực hiện').first(),
    'the status the report set',
  ).toBeVisible();
  await expect(
    sent.getByRole('link', { name: 'du-thao-ke-hoach.pdf' }).first(),
    "the report's attachment",
  ).toBeVisible();

  // 4. The day after the Quý I deadline, the reminder run e-mails the officer. The API login makes this page the
  // administrator's from here on, which is why it comes last.
  const adminLogin = await page.request.post(`${baseUrl}/api/auth/login`, {
    data: { username: 'admin', password: PASSWORD },
    headers: CSRF_HEADERS,
  });
  expect(adminLogin.status(), "the status of the administrator's login").toBe(200);
  const runResponse = await page.request.post(`${baseUrl}/api/reminders/run`, {
    data: { date: '2023-04-01' },
    headers: CSRF_HEADERS,
  });
  expect(runResponse.status(), 'the status of POST /api/reminders/run').toBe(200);
  const counts = (await runResponse.json()) as { reminders: number; emails: number };
  expect(counts.emails > 0, `e-mails queued by the reminder run (${JSON.stringify(counts)})`).toBe(true);

  const mail = await smtp.waitFor(
    (m) => m.to.includes(OFFICER_EMAIL) && m.text.includes(QUARTER_TASK),
    30_000,
  );
  expect(
    mail.subject.startsWith('[PhongTrào] Nhắc hạn nhiệm vụ'),
    `the subject ${JSON.stringify(mail.subject)} starting "[PhongTrào] Nhắc hạn nhiệm vụ"`,
  ).toBe(true);
  const line = mail.text.split('\n').find((l) => l.includes(QUARTER_TASK)) ?? '';
  expect(line, 'the reminder line of the Quý I task').toContain(`Kế hoạch số ${number}`);
  expect(line, 'the reminder line of the Quý I task').toContain('quá hạn');
  expect(mail.text, 'the reminder e-mail (the link to the task)').toContain(
    `${line}\n  ${baseUrl}/viec/${taskId}`,
  );
});
